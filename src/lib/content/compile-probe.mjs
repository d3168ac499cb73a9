/**
 * The child process of compile-check.ts. It compiles each MDX text of the JSON list on its
 * standard input as the page build does, and prints each text's index before compiling it:
 * when the compiler ends the process, the last index printed names the text it ended on.
 */
import { readFileSync, writeSync } from 'node:fs';
import { mdxToJs } from 'satteri';

// @astrojs/mdx compiles with Astro's Markdown defaults (GFM and smart punctuation), which the site keeps.
const options = { features: { gfm: true, smartPunctuation: true }, jsxImportSource: 'astro', elementAttributeNameCase: 'html' };

const texts = JSON.parse(readFileSync(0, 'utf8'));
for (const [index, text] of texts.entries()) {
  writeSync(1, `${index}\n`);
  try {
    await mdxToJs(text, options);
  } catch {
    // A syntax error, which parse-entry.ts reports with its line.
  }
}
writeSync(1, 'done\n');
