import { describe, expect, test } from 'vitest';
import { contentsPages } from '../../../src/lib/pdf/contents-pages.ts';

const bookmark = (title: string, page: number, level = 1) => ({ title, page, level });

describe('contentsPages: the page each contents entry starts on, from a first print', () => {
  test('takes each entry’s page from the bookmark of its heading', () => {
    const outline = [bookmark('Playbook', 1, 0), bookmark('Inhalt', 2), bookmark('Phasen', 4), bookmark('1. Kick-off', 4, 2), bookmark('2. Analyse', 7, 2)];
    const placed = contentsPages(
      [
        { id: 'part-phases', heading: 'Phasen' },
        { id: 'phases-kickoff', heading: '1. Kick-off' },
        { id: 'phases-analyse', heading: '2. Analyse' },
      ],
      outline,
    );
    expect(placed).toEqual({
      ok: true,
      pages: new Map([
        ['part-phases', 4],
        ['phases-kickoff', 4],
        ['phases-analyse', 7],
      ]),
    });
  });

  test('a title used twice is found in order: each entry takes the next bookmark after the previous one', () => {
    const outline = [bookmark('Leitfragen', 3), bookmark('Rollen', 5), bookmark('Leitfragen', 6), bookmark('Leitfragen', 9)];
    const placed = contentsPages(
      [
        { id: 'roles', heading: 'Rollen' },
        { id: 'questions', heading: 'Leitfragen' },
      ],
      outline,
    );
    expect(placed.ok && [...placed.pages]).toEqual([
      ['roles', 5],
      ['questions', 6],
    ]);
  });

  test('compares the printed text: upper-cased by CSS, lines joined, soft hyphens and ligatures', () => {
    const placed = contentsPages([{ id: 'x', heading: 'Ziel\u00adzustand  der\nPﬂege' }], [bookmark('ZIELZUSTAND DER PFLEGE', 8)]);
    expect(placed.ok && placed.pages.get('x')).toBe(8);
  });

  test('an entry whose heading is not among the bookmarks is an error naming it', () => {
    const placed = contentsPages([{ id: 'risks', heading: 'Risiken' }], [bookmark('Rollen', 3)]);
    expect(placed).toEqual({ ok: false, problem: expect.stringContaining('#risks') });
  });

  test('entries out of document order are an error, not a page from the wrong heading', () => {
    const outline = [bookmark('A', 3), bookmark('B', 4)];
    const placed = contentsPages(
      [
        { id: 'b', heading: 'B' },
        { id: 'a', heading: 'A' },
      ],
      outline,
    );
    expect(placed.ok).toBe(false);
  });

  test('an entry without a heading is an error', () => {
    expect(contentsPages([{ id: 'empty', heading: ' ' }], [bookmark('A', 1)])).toEqual({ ok: false, problem: 'contents entry #empty has no heading to find' });
  });

  test('finds a heading with ß in its upper-cased bookmark, trims both ends, and keeps the space between two words', () => {
    // CSS text-transform: uppercase prints "Maßnahmen" as "MASSNAHMEN".
    const outline = [bookmark('MASSNAHMEN', 3), bookmark('Kickoff', 4), bookmark(' Kick off\n', 5)];
    const placed = contentsPages(
      [
        { id: 'measures', heading: 'Maßnahmen' },
        { id: 'kickoff', heading: 'Kick off' },
      ],
      outline,
    );
    expect(placed).toEqual({
      ok: true,
      pages: new Map([
        ['measures', 3],
        ['kickoff', 5],
      ]),
    });
  });
});
