// Gate: words stay words. Pagefind joins the text of elements it does not know as blocks (dt,
// dd, th) without a space, and Astro 7's default whitespace compression dropped the line break
// between a word and the element on the next line; "Strategievermeiden" was then one word in
// the index and a search for "vermeiden" missed the risk. Every word of every indexed page must
// be a word the reader sees on that page, and no inline elements may run two words together.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserTab, firstOf, htmlFiles, mainSite } from './helpers.ts';
import { indexedPages, inlineJoins, wordsOf } from './word-boundaries.ts';

const tab = browserTab();

describe('word boundaries', () => {
  test('every word in the search index is a word the reader sees on that page', async () => {
    const site = mainSite();
    const pages = indexedPages(site.dist);
    expect(pages.length).toBeGreaterThan(40);
    const joined: string[] = [];
    for (const indexed of pages) {
      // Pagefind's URLs are absolute paths that include the base.
      await tab.page.goto(new URL(indexed.url, site.url).href, { waitUntil: 'load' });
      // innerText is the text as laid out: blocks, cells and list items stay apart.
      const seen = new Set(wordsOf(await tab.page.locator('[data-pagefind-body]').first().innerText()));
      const unseen = [...new Set(wordsOf(indexed.content))].filter((word) => !seen.has(word));
      if (unseen.length > 0) joined.push(`${indexed.url}: ${unseen.join(', ')}`);
    }
    expect(joined, `index words the page does not show:\n${firstOf(joined, 20).join('\n')}`).toEqual([]);
  });

  test('no inline elements run two words together', () => {
    const { dist } = mainSite();
    const joins = htmlFiles(dist).flatMap((file) => inlineJoins(readFileSync(path.join(dist, file), 'utf8')).map((context) => `${file}: …${context}…`));
    expect(joins, `words run together:\n${firstOf(joins, 20).join('\n')}`).toEqual([]);
  });
});
