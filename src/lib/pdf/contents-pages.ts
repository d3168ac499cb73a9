import type { OutlineEntry } from './pdf-outline.ts';

/** One entry of a printed table of contents: the id it links to and the text of its heading. */
export interface ContentsTarget {
  id: string;
  heading: string;
}

export type ContentsPages = { ok: true; pages: Map<string, number> } | { ok: false; problem: string };

/**
 * The page each contents entry starts on, from the bookmarks of a first print. The bookmarks
 * follow the headings in document order, and so do the entries; each entry takes the next
 * bookmark with its heading's text, so that a title used twice ("Leitfragen") still finds its
 * own page. Compared case-blind and whitespace-blind: bookmarks carry the printed text, with
 * CSS `text-transform` applied and lines joined.
 */
export function contentsPages(targets: readonly ContentsTarget[], outline: readonly OutlineEntry[]): ContentsPages {
  const pages = new Map<string, number>();
  let next = 0;
  for (const target of targets) {
    const wanted = comparable(target.heading);
    if (!wanted) return { ok: false, problem: `contents entry #${target.id} has no heading to find` };
    while (next < outline.length && comparable(outline[next].title) !== wanted) next++;
    if (next === outline.length) return { ok: false, problem: `no bookmark “${target.heading}” for contents entry #${target.id} (after the previous entry's)` };
    pages.set(target.id, outline[next].page);
    next++;
  }
  return { ok: true, pages };
}

function comparable(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      // Upper case first: CSS prints "Maße" upper-cased as "MASSE", and only that way do both meet.
      .toLocaleUpperCase('de')
      .toLocaleLowerCase('de')
  );
}
