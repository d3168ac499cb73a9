import { describe, expect, test } from 'vitest';
import { keepPdfLinks, SPLIT_PAGES, splitPagesSetting } from '../../../src/lib/pdf/pdf-parts.ts';

// The print page's cover as print.astro writes it: the whole file's link, the hidden parts note.
const page = [
  '<p class="no-print actions"><button type="button" class="button">Drucken</button> <a class="button" href="/pdf/druck.pdf" data-pdf-whole>PDF</a></p>',
  '<div class="no-print pdf-parts" data-pdf-parts hidden><p>Ein PDF je Teil:</p><ul><li><a href="/pdf/druck-rollen.pdf">Rollen (PDF)</a></li></ul></div>',
  '<nav class="toc"></nav>',
].join(' ');

describe('one PDF, or one per part', () => {
  test('the page limit: 300 unless the variable names a whole number of at least 1', () => {
    expect(SPLIT_PAGES).toBe(300);
    expect(splitPagesSetting(undefined)).toBe(300);
    expect(splitPagesSetting('')).toBe(300);
    expect(splitPagesSetting('20')).toBe(20);
    expect(splitPagesSetting(' 1 ')).toBe(1);
    for (const wrong of ['0', '-5', '2.5', 'viele', '1e3']) expect(splitPagesSetting(wrong), wrong).toBeUndefined();
  });

  test('a document that fits keeps its one link and loses the parts note', () => {
    const kept = keepPdfLinks(page, false);
    expect(kept).toContain('href="/pdf/druck.pdf" data-pdf-whole>PDF</a></p>');
    expect(kept).not.toContain('data-pdf-parts');
    expect(kept).not.toContain('druck-rollen.pdf');
    expect(kept).toContain('<nav class="toc"></nav>');
  });

  test('a split one shows the note with a link per part and drops the whole file’s link', () => {
    const split = keepPdfLinks(page, true);
    expect(split).not.toContain('druck.pdf"');
    expect(split).toContain('<button type="button" class="button">Drucken</button></p>');
    expect(split).toContain('<div class="no-print pdf-parts" data-pdf-parts><p>Ein PDF je Teil:</p>');
    expect(split).toContain('href="/pdf/druck-rollen.pdf"');
  });

  test('removes exactly the marked elements, with the link’s leading space and the note’s hidden attribute, attributes in any order', () => {
    const cover =
      '<p><button>Drucken</button>\n  <a href="/pdf/druck.pdf" data-pdf-whole class="button">Ganzes PDF</a></p><div data-pdf-parts class="x"\n  hidden><p>Teile</p></div><nav></nav>';
    expect(keepPdfLinks(cover, false)).toBe(
      '<p><button>Drucken</button>\n  <a href="/pdf/druck.pdf" data-pdf-whole class="button">Ganzes PDF</a></p><nav></nav>',
    );
    expect(keepPdfLinks(cover, true)).toBe('<p><button>Drucken</button></p><div data-pdf-parts class="x"><p>Teile</p></div><nav></nav>');
  });

  test('a page without the markers is left as it is', () => {
    expect(keepPdfLinks('<p>x</p>', true)).toBe('<p>x</p>');
    expect(keepPdfLinks('<p>x</p>', false)).toBe('<p>x</p>');
  });
});
