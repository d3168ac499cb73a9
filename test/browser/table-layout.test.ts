// Gate 11: tables and the words around them read as their headers promise, on every template, in
// both languages, at 1280 px and 375 px on screen and at the A4 text width in print (the PDFs are
// printed from the same print stylesheet):
// - no text runs out of its table cell or is cut off inside it (the checklist's "Due" text ran
//   under "Notes");
// - no table is wider than its container, except, at 375 px, inside the containers that scroll on
//   purpose (.table-scroll); at 1280 px and in print they must fit (the plan list was cut off at
//   "Committed finis…");
// - each body cell sits under its column's header, a row's name is set at the size of its
//   figures, and the schedule's task column is headed "Task";
// - dates read as the site's language writes them, never ISO (machine exports keep ISO);
// - the working-day unit is written out or explained (<abbr title>);
// - a diagram's card names its title once (caption), not again inside the drawing.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { translation } from '../../src/lib/i18n/index.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';
import { browserTab, englishSite, ENGLISH_TEMPLATE_PAGES, firstOf, mainSite, TEMPLATE_PAGES, type Site } from './helpers.ts';

interface TableReport {
  /** Text outside its cell's box, or cut off inside it. */
  overflowingText: string[];
  /** Tables wider than the box they sit in. */
  wideTables: string[];
  /** Body cells not under the header of their column. */
  misaligned: string[];
  /** Rows whose name (th) is set at another size than their figures (td). */
  mixedSizes: string[];
  /** Per table with row headers: the header of the row-header column. */
  rowHeaderColumns: { table: string; header: string }[];
}

/**
 * Runs in the page (a string: no function serialisation under vitest). `scrollersMayScroll`: at
 * 375 px only. `scope`: in print, the tables of portrait pages, or those of the sections printed
 * on landscape pages (`.print-landscape`); on screen, all.
 */
const tableReport = (scrollersMayScroll: boolean, scope: Scope) => `(() => {
  const main = document.querySelector('main') || document.body;
  const visible = (el) => { const style = getComputedStyle(el); return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0; };
  const name = (el) => {
    const table = el.closest('table');
    const cls = table && typeof table.className === 'string' && table.className.trim() ? '.' + table.className.trim().split(/\\s+/)[0] : '';
    if (el.tagName === 'TABLE') return 'table' + cls;
    const row = el.closest('tr');
    const where = row && row.id ? 'tr#' + row.id : row && row.parentElement && row.parentElement.tagName === 'THEAD' ? 'thead' : 'tr:nth-child(' + (row ? row.rowIndex : 0) + ')';
    return 'table' + cls + ' ' + where + ' ' + el.tagName.toLowerCase() + ':nth-child(' + (el.cellIndex + 1) + ') "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  };
  const report = { overflowingText: [], wideTables: [], misaligned: [], mixedSizes: [], rowHeaderColumns: [] };
  const range = document.createRange();
  for (const table of main.querySelectorAll('table')) {
    if (table.closest('svg, [hidden], .visually-hidden') || !visible(table)) continue;
    const landscape = Boolean(table.closest('.print-landscape'));
    if ((${JSON.stringify(scope)} === 'portrait' && landscape) || (${JSON.stringify(scope)} === 'landscape' && !landscape)) continue;
    const scroller = table.parentElement.closest('.table-scroll');
    const box = scroller || table.parentElement;
    const style = getComputedStyle(box);
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const width = table.getBoundingClientRect().width;
    if (width > room + 1 && !(scroller && ${scrollersMayScroll})) report.wideTables.push(name(table) + ': ' + Math.round(width) + ' px in ' + Math.round(room) + ' px');

    for (const cell of table.querySelectorAll('td, th')) {
      if (!visible(cell)) continue;
      const rect = cell.getBoundingClientRect();
      let right = rect.right;
      let left = rect.left;
      // Each text a reader sees; text for screen readers only is clipped to a pixel on purpose.
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        if (!node.textContent.trim() || node.parentElement.closest('.visually-hidden, [hidden], svg') || !visible(node.parentElement)) continue;
        range.selectNodeContents(node);
        for (const piece of range.getClientRects()) if (piece.width > 0) { right = Math.max(right, piece.right); left = Math.min(left, piece.left); }
      }
      if (right > rect.right + 1 || left < rect.left - 1) report.overflowingText.push(name(cell) + ': runs ' + Math.round(Math.max(right - rect.right, rect.left - left)) + ' px out of its cell');
      else if (getComputedStyle(cell).overflowX !== 'visible' && cell.scrollWidth > cell.clientWidth + 1) report.overflowingText.push(name(cell) + ': cut off');
    }

    const head = table.tHead && visible(table.tHead) ? [...table.tHead.rows].at(-1) : undefined;
    const headers = head ? [...head.cells] : [];
    const plain = headers.every((cell) => cell.colSpan === 1);
    for (const body of table.tBodies) for (const row of body.rows) {
      const cells = [...row.cells].filter(visible);
      if (plain && cells.length === headers.length && cells.every((cell) => cell.colSpan === 1)) {
        cells.forEach((cell, index) => {
          const own = cell.getBoundingClientRect();
          const header = headers[index].getBoundingClientRect();
          if (Math.abs(own.left - header.left) > 1 || Math.abs(own.right - header.right) > 1) report.misaligned.push(name(cell) + ' is not under "' + headers[index].textContent.trim() + '"');
        });
      }
      const rowHeader = cells.find((cell) => cell.tagName === 'TH' && cell.scope === 'row');
      if (rowHeader) {
        const size = getComputedStyle(rowHeader).fontSize;
        for (const cell of cells) if (cell.tagName === 'TD' && getComputedStyle(cell).fontSize !== size) report.mixedSizes.push(name(rowHeader) + ' at ' + size + ', ' + name(cell) + ' at ' + getComputedStyle(cell).fontSize);
      }
    }
    const firstRowHeader = table.querySelector('tbody th[scope="row"]');
    if (firstRowHeader && headers[firstRowHeader.cellIndex]) report.rowHeaderColumns.push({ table: name(table), header: headers[firstRowHeader.cellIndex].textContent.trim() });
  }
  const unique = (list) => [...new Set(list)];
  return { overflowingText: unique(report.overflowingText), wideTables: unique(report.wideTables), misaligned: unique(report.misaligned), mixedSizes: unique(report.mixedSizes), rowHeaderColumns: report.rowHeaderColumns };
})()`;

interface WordingReport {
  /** Dates in ISO or in numbers only, in text a reader sees. */
  machineDates: string[];
  /** The working-day abbreviation without its expansion. */
  bareUnits: string[];
  /** Diagram titles drawn again inside the diagram. */
  doubleTitles: string[];
}

/** Runs in the page. A text that names the unit's expansion explains it ("in Arbeitstagen (AT)"). */
const wordingReport = (unit: string, expansion: string) => `(() => {
  const main = document.querySelector('main') || document.body;
  const machineDates = [];
  const bareUnits = [];
  const unit = new RegExp('(?<![\\\\p{L}\\\\d])' + ${JSON.stringify(unit)} + '(?![\\\\p{L}\\\\d])', 'u');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !node.textContent.trim()) return NodeFilter.FILTER_REJECT;
      // Code shows what an author writes, and the texts (.prose) are the author's own words: the
      // check is on what the site words. svg <title>/<desc> are for assistive technology.
      if (parent.closest('pre, code, script, style, svg title, svg desc, [hidden], .prose')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\\s+/g, ' ').trim();
    const date = /\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b|\\b\\d{1,2}\\/\\d{1,2}\\/\\d{4}\\b/.exec(text);
    if (date) machineDates.push('"' + date[0] + '" in "' + text.slice(0, 80) + '"');
    const explained = text.toLowerCase().includes(${JSON.stringify(expansion.toLowerCase())});
    if (unit.test(text) && !explained && !node.parentElement.closest('abbr[title]') && !node.parentElement.closest('svg')) bareUnits.push('"' + text.slice(0, 80) + '"');
  }
  const doubleTitles = [];
  for (const figure of main.querySelectorAll('figure.diagram')) {
    const caption = figure.querySelector('.diagram__title');
    const title = caption ? caption.textContent.trim() : '';
    if (!title) continue;
    for (const text of figure.querySelectorAll('svg text, svg foreignObject')) if (text.textContent.trim() === title) doubleTitles.push('"' + title + '"');
  }
  return { machineDates: [...new Set(machineDates)], bareUnits: [...new Set(bareUnits)], doubleTitles: [...new Set(doubleTitles)] };
})()`;

const SITES: ReadonlyArray<{ lang: Lang; site: () => Site; pages: typeof TEMPLATE_PAGES }> = [
  { lang: 'de', site: mainSite, pages: TEMPLATE_PAGES },
  { lang: 'en', site: englishSite, pages: ENGLISH_TEMPLATE_PAGES },
];
type Scope = 'all' | 'portrait' | 'landscape';
/**
 * Screen widths, and print at the text width of the stylesheet's pages: A4 portrait minus 16 mm
 * side margins (≈ 673 CSS px), A4 landscape minus 12 mm (≈ 1032 CSS px).
 */
const VIEWS: ReadonlyArray<{ view: string; width: number; media: 'screen' | 'print'; scope: Scope }> = [
  { view: 'screen 1280 px', width: 1280, media: 'screen', scope: 'all' },
  { view: 'screen 375 px', width: 375, media: 'screen', scope: 'all' },
  { view: 'print portrait', width: 673, media: 'print', scope: 'portrait' },
  { view: 'print landscape', width: 1032, media: 'print', scope: 'landscape' },
];

const tab = browserTab();

async function open(page: Page, url: string, view: (typeof VIEWS)[number]) {
  await page.setViewportSize({ width: view.width, height: 900 });
  await page.emulateMedia({ media: view.media, colorScheme: 'light' });
  const response = await page.goto(url, { waitUntil: 'load' });
  // The 404 template answers with status 404 on purpose.
  expect(response?.status(), url).toBeLessThan(url.includes('does-not-exist') || url.includes('gibt-es-nicht') ? 500 : 400);
}

describe.each(SITES)('gate 11: tables and wording, $lang', ({ lang, site, pages }) => {
  const t = translation(lang).ui;

  test.each(pages.map((template) => [template.name, template.path] as const))('%s', async (_name, pagePath) => {
    const { page } = tab;
    const url = `${site().url}${pagePath}`;
    // Every view's problems at once, so that one run shows all there is to fix.
    const problems: Record<string, string[]> = {};
    const note = (view: string, found: string[]) => {
      if (found.length > 0) problems[view] = [...(problems[view] ?? []), ...firstOf(found)];
    };
    for (const view of VIEWS) {
      await open(page, url, view);
      const tables = (await page.evaluate(tableReport(view.width === 375 && view.media === 'screen', view.scope))) as TableReport;
      note(view.view, [...tables.overflowingText, ...tables.wideTables, ...tables.misaligned, ...tables.mixedSizes]);
      note(
        view.view,
        tables.rowHeaderColumns
          .filter((column) => column.table === 'table.schedule' && column.header !== t.task)
          .map((column) => `${column.table}: task column headed "${column.header}"`),
      );
      if (view.media === 'screen' && view.width === 1280) {
        const wording = (await page.evaluate(wordingReport(t.workingDaysShort, t.workingDays))) as WordingReport;
        note('wording', [
          ...wording.machineDates,
          ...wording.bareUnits.map((text) => `bare unit: ${text}`),
          ...wording.doubleTitles.map((title) => `title twice: ${title}`),
        ]);
      }
    }
    expect(problems, `/${pagePath} (${lang})`).toEqual({});
  });
});

describe('gate 11 finds what it looks for', () => {
  test('a cell whose text runs under the next column, a clipped table, a bare unit and an ISO date', async () => {
    const { page } = tab;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await page.setContent(`<main>
      <div style="width: 300px"><table class="form" style="table-layout: fixed; width: 300px">
        <thead><tr><th>Due</th><th>Notes</th></tr></thead>
        <tbody><tr><th scope="row" style="white-space: nowrap">15 WD before phase start</th><td style="font-size: 12px">x</td></tr></tbody>
      </table></div>
      <div class="table-scroll" style="width: 200px; overflow-x: auto"><table class="wide" style="min-width: 400px"><tr><td>Committed finish</td></tr></table></div>
      <figure class="diagram"><figcaption><span class="diagram__title">Plan A</span></figcaption><svg><text>Plan A</text></svg></figure>
      <p>Due 2027-03-01, 15 WD</p>
      <p>The slip in working days (WD) follows the title.</p><p><abbr title="working days">WD</abbr></p>
    </main>`);
    const tables = (await page.evaluate(tableReport(false, 'all'))) as TableReport;
    expect(tables.overflowingText).toEqual([
      expect.stringMatching(/^table\.form tr:nth-child\(1\) th:nth-child\(1\) "15 WD before phase start": runs \d+ px out of its cell$/),
    ]);
    expect(tables.wideTables).toEqual([expect.stringMatching(/^table\.wide: 400 px in 200 px$/)]);
    expect(tables.mixedSizes).toHaveLength(1);
    expect(tables.rowHeaderColumns).toEqual([{ table: 'table.form', header: 'Due' }]);
    const scrolling = (await page.evaluate(tableReport(true, 'all'))) as TableReport;
    expect(scrolling.wideTables).toEqual([]);
    const wording = (await page.evaluate(wordingReport('WD', 'working days'))) as WordingReport;
    expect(wording.machineDates).toEqual(['"2027-03-01" in "Due 2027-03-01, 15 WD"']);
    expect(wording.bareUnits).toEqual(['"15 WD before phase start"', '"Due 2027-03-01, 15 WD"']);
    expect(wording.doubleTitles).toEqual(['"Plan A"']);
  });
});
