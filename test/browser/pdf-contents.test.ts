// The printed documents (the whole playbook and each plan's kick-off binder) as real documents:
// bookmarks for every contents entry, and every contents entry's page number is the page its
// heading is printed on; each page after the contents runs its part's title at the top and ends
// with "Seite X von Y". Read from the PDFs the build wrote, page by page, with their text; the
// entries themselves from the built HTML, the bookmarks from the raw PDF's /Outlines.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPdfOutline } from '../../src/lib/pdf/pdf-outline.ts';
import { mainSite, ROOT } from './helpers.ts';
import { pdfPageTexts } from './pdf-text.ts';

interface Entry {
  id: string;
  label: string;
}

/** Whitespace-, hyphen- and ligature-blind, as text wraps and Skia joins glyphs. */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, '')
    .toLocaleLowerCase('de');

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The contents entries of a built page, in order. */
function contentsOf(pagePath: string): Entry[] {
  const html = readFileSync(path.join(mainSite().dist, pagePath, 'index.html'), 'utf8');
  return [...html.matchAll(/data-toc-entry="([^"]+)"[^>]*><span class="toc__label"[^>]*>([\s\S]*?)<\/span>/g)].map((match) => ({
    id: match[1],
    label: decode(match[2]).trim(),
  }));
}

/** The ids of the contents' top-level entries (parts, the binder's sections), in order. */
function topLevelIds(pagePath: string): string[] {
  const html = readFileSync(path.join(mainSite().dist, pagePath, 'index.html'), 'utf8');
  const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const ids: string[] = [];
  let depth = 0;
  for (const [tag, closing, id] of toc.matchAll(/<(\/?)ol\b|data-toc-entry="([^"]+)"/g)) {
    if (tag.startsWith('<')) depth += closing ? -1 : 1;
    else if (depth === 1) ids.push(id);
  }
  return ids;
}

/**
 * The page number printed after each entry in the contents: the contents' lines, where a label
 * (wrapped over up to three lines) is followed by a line holding just its number.
 */
function printedNumbers(pages: string[], entries: Entry[]): Map<string, number> {
  const start = pages.findIndex((text) => text.split('\n').some((line) => /^(Inhalt|Contents)$/.test(line.trim())));
  const lines = pages
    .slice(start, start + 6)
    .join('\n')
    .split('\n')
    .map((line) => line.trim());
  const numbers = new Map<string, number>();
  let at = 0;
  for (const entry of entries) {
    const wanted = squash(entry.label);
    let found = false;
    for (let i = at; i < lines.length && !found; i++) {
      for (let span = 1; span <= 3 && i + span < lines.length; span++) {
        if (squash(lines.slice(i, i + span).join('')) !== wanted) continue;
        const number = lines[i + span];
        if (/^\d+$/.test(number)) {
          numbers.set(entry.id, Number(number));
          at = i + span + 1;
          found = true;
        }
        break;
      }
    }
  }
  return numbers;
}

/** Whether a page prints the heading: some run of its lines starts with the heading's text. */
function printsHeading(page: string, heading: string): boolean {
  const lines = page.split('\n');
  const wanted = squash(heading);
  return lines.some((_line, i) => squash(lines.slice(i, i + 4).join('')).startsWith(wanted));
}

function checkDocument(pagePath: string, pdfFile: string) {
  const pdf = readFileSync(path.join(mainSite().dist, 'pdf', pdfFile));
  const pages = pdfPageTexts(pdf);
  const entries = contentsOf(pagePath);
  expect(entries.length, `${pagePath}: contents entries`).toBeGreaterThan(5);

  // Every entry carries a number, and its heading is printed on that page.
  const numbers = printedNumbers(pages, entries);
  expect(
    entries.filter((entry) => !numbers.has(entry.id)).map((entry) => entry.label),
    `${pdfFile}: entries without a page number`,
  ).toEqual([]);
  const wrong = entries.filter((entry) => !printsHeading(pages[numbers.get(entry.id)! - 1] ?? '', entry.label));
  expect(
    wrong.map((entry) => `${entry.label} → ${numbers.get(entry.id)}`),
    `${pdfFile}: entries whose page does not print their heading`,
  ).toEqual([]);
  // Page numbers only grow, and none points at the cover or the contents themselves.
  const sequence = entries.map((entry) => numbers.get(entry.id)!);
  expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
  expect(Math.min(...sequence)).toBeGreaterThan(2);

  // No doubled numbering ("1. 1. Kick-off"): no list marker of its own in the contents.
  const contentsText = pages.slice(1, 1 + Math.max(1, sequence[0] - 2)).join('\n');
  expect(contentsText).not.toMatch(/^\s*\d+\.\s*$/m);
  expect(contentsText).not.toMatch(/\d+\.\s*\d+\.\s*\S/);

  // The footer: page X of Y, in the site's language.
  expect(
    pages
      .map((text, index) => (squash(text).includes(squash(`Seite ${index + 1} von ${pages.length}`)) ? 'ok' : `page ${index + 1}`))
      .filter((result) => result !== 'ok'),
    `${pdfFile}: pages without "Seite X von Y"`,
  ).toEqual([]);

  // The running head: from the page a part (a top-level entry) starts on, each page's first line
  // is that part's title, up to the page the next part starts on.
  const parts = topLevelIds(pagePath).map((id) => ({ id, label: entries.find((entry) => entry.id === id)!.label, page: numbers.get(id)! }));
  expect(parts.length, `${pdfFile}: top-level contents entries`).toBeGreaterThan(3);
  const heads = pages.flatMap((text, index) => {
    const part = parts.findLast((candidate) => candidate.page <= index + 1);
    if (!part) return [];
    const first = text.split('\n')[0].trim();
    return squash(first) === squash(part.label) ? [] : [`page ${index + 1}: "${first}", not "${part.label}"`];
  });
  expect(heads, `${pdfFile}: pages whose running head is not their part's title`).toEqual([]);

  // Bookmarks: the raw PDF has an outline, and every entry has a bookmark on its page.
  expect(pdf.toString('latin1')).toMatch(/\/Outlines\s+\d+\s+0\s+R/);
  const outline = readPdfOutline(pdf);
  if (!outline.ok) throw new Error(`${pdfFile}: ${outline.problem}`);
  // A bookmark carries its heading's whole text ("Kick-off-Bereitschaft 9/9"): it starts with the label.
  const hasMark = (entry: Entry) => outline.entries.some((mark) => mark.page === numbers.get(entry.id) && squash(mark.title).startsWith(squash(entry.label)));
  expect(
    entries.filter((entry) => !hasMark(entry)).map((entry) => entry.label),
    `${pdfFile}: entries without a bookmark on their page`,
  ).toEqual([]);
  return { entries, pages };
}

const contentFiles = (collection: string) => readdirSync(path.join(ROOT, 'content', collection)).filter((file) => file.endsWith('.mdx')).length;

describe('the playbook PDF is a document with contents and bookmarks', () => {
  test('druck.pdf: every contents entry on its page, with a bookmark', () => {
    const { entries } = checkDocument('druck/', 'druck.pdf');
    // Each role, checklist and risk is an entry of its own, below its part.
    for (const collection of ['roles', 'checklists', 'risks']) {
      expect(entries.filter((entry) => entry.id.startsWith(`${collection}-`)).length, collection).toBe(contentFiles(collection));
    }
  });
});

describe('each plan has a kick-off binder', () => {
  const plans = readdirSync(path.join(ROOT, 'content', 'plans')).map((file) => file.replace(/\.mdx$/, ''));

  test.each(plans)('plaene/%s/mappe/: the binder PDF has contents with right page numbers and bookmarks', (plan) => {
    const { pages } = checkDocument(`plaene/${plan}/mappe/`, `plaene-${plan}-mappe.pdf`);
    expect(pages.length).toBeGreaterThan(5);
  });

  test('the binder holds every checklist of the plan with its concrete due dates and names', () => {
    const pages = pdfPageTexts(readFileSync(path.join(mainSite().dist, 'pdf', 'plaene-musterhandel-pim-mappe.pdf')));
    const text = squash(pages.join('\n'));
    const planChecklist = readFileSync(path.join(mainSite().dist, 'plaene', 'musterhandel-pim', 'checklisten', 'kickoff-meeting', 'index.html'), 'utf8');
    // The plan's own copy of the checklist shows each due date as the reader's date ("1. Feb. 2027") and the team's names.
    const dates = [...planChecklist.matchAll(/class="checklist-form__due"><time datetime="[\d-]+">([^<]+)<\/time>/g)].map((match) => decode(match[1]));
    const people = [...planChecklist.matchAll(/class="checklist-form__people">([^<]+)</g)].map((match) => decode(match[1]));
    expect(dates.length).toBeGreaterThan(3);
    expect(people.length).toBeGreaterThan(3);
    for (const value of [...dates, ...people]) expect(text, value).toContain(squash(value));
    // The cover names the customer and the version: the tracked plan's status date.
    expect(squash(pages[0])).toContain(squash('Musterhandel GmbH'));
    expect(squash(pages[0])).toContain(squash('Fassung vom 20. Aug. 2027'));
  });

  test('the plan page links its binder and the binder’s PDF', () => {
    const html = readFileSync(path.join(mainSite().dist, 'plaene', 'musterhandel-pim', 'index.html'), 'utf8');
    expect(html).toContain('href="/plaene/musterhandel-pim/mappe/"');
    expect(html).toContain('href="/pdf/plaene-musterhandel-pim-mappe.pdf"');
  });
});
