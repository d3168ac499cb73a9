// Helpers of the word-boundary gate: words must stay words for the search index and for screen
// readers, wherever the templates put one element next to another.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Lower-case words of a text, split at everything that is not a letter or a digit. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      // innerText applies CSS text-transform: an upper-cased „ß“ comes back as „SS“.
      .replace(/ß/g, 'ss')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
  );
}

/** One page's record in pagefind's index: its URL and the text pagefind extracted. */
export interface IndexedPage {
  url: string;
  content: string;
}

// Pagefind 1.x stores each page as gzipped JSON behind this signature.
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Every page record in a built site's pagefind index. */
export function indexedPages(dist: string): IndexedPage[] {
  const folder = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(folder)
    .sort()
    .map((file) => {
      const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
      if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file}: not a pagefind fragment`);
      const record = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as IndexedPage;
      return { url: record.url, content: record.content };
    });
}

const INLINE = '(?:a|abbr|b|code|em|i|kbd|small|span|strong|time)';
const WORD_CHAR = '[\\p{L}\\p{N}]';
// A letter or digit, then only inline tags (closing or opening), then a letter or digit: the
// browser renders one word there, and a screen reader reads one.
const INLINE_JOIN = new RegExp(`${WORD_CHAR}(?:</${INLINE}>|<${INLINE}\\b[^>]*>)+${WORD_CHAR}`, 'gu');

/**
 * Places in an HTML page where text in neighbouring inline elements runs together
 * (`<strong>Rollen</strong><span>10</span>` reads "Rollen10"), with some context.
 * Scripts, styles and SVG are left out: they are no running text.
 */
export function inlineJoins(html: string): string[] {
  const text = html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');
  return [...text.matchAll(INLINE_JOIN)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30));
}
