import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { contentsPages, type ContentsTarget } from '../lib/pdf/contents-pages.ts';
import { keepPdfLinks } from '../lib/pdf/pdf-parts.ts';
import { pdfPageCount, readPdfOutline } from '../lib/pdf/pdf-outline.ts';
import { launchBrowser } from './browser.ts';
import { normalizePdf } from './normalize-pdf.ts';
import { CONTENT_TYPES, siteFile } from './static-server.ts';

/** Tabs printing at once (100 checklist PDFs on two cores: 27.2 s with one tab, 23.7-25.4 s with two). */
const PRINT_CONCURRENCY = 2;

/**
 * Every PDF is tagged (accessible) and carries bookmarks made from its headings (`outline`),
 * which is also how a printed table of contents learns its page numbers.
 */
const PDF_OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;

/**
 * Prints of a page with a table of contents before giving up: the layout probe, the real print
 * that normally confirms the probe's numbers, and a third for a number that moved a heading.
 */
const MAX_CONTENTS_PRINTS = 3;

/**
 * Prints built pages to PDF with Chromium (A4; margins, the "Seite 3 von 23" footer and landscape
 * Gantt pages come from the @page rules of the print stylesheet), tagged and with bookmarks; a
 * page with a table of contents gets its page numbers filled in (see `printWithContents`).
 * `pages` maps a page path (`checklisten/x/`) to the PDF path to write; returns how many were
 * written.
 *
 * The pages are opened at the site's published address (`site` + `base`) and answered from the
 * build folder, so that links in the PDFs point to the published site and two builds give the
 * same bytes (a local server's port would end up in every link).
 */
export async function printPdfs(
  outDir: string,
  site: string,
  base: string,
  pages: ReadonlyMap<string, string>,
  options: { concurrency?: number; onProgress?: (written: number, total: number) => void; split?: SplitCompilation } = {},
): Promise<number> {
  const browser = await launchBrowser();
  if (!browser) return 0;
  const origin = new URL(site).origin;
  const queue = [...pages];
  let written = 0;
  // Pages printed, for the progress: a split compilation writes several files for one page.
  let done = 0;
  // Each tab takes the next page until none is left: while one tab waits for Chromium to lay
  // out a long page, the other prints.
  const printWith = async (page: Page) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.addInitScript(holdLayout, HOLD_ID);
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [pagePath, pdfPath] = next;
      await page.goto(`${origin}${base}${pagePath}`, { waitUntil: 'load' });
      await page.evaluate(releaseLayout, HOLD_ID);
      const target = path.join(outDir, pdfPath);
      mkdirSync(path.dirname(target), { recursive: true });
      const printed = await printWithContents(page);
      if (!printed.ok) throw new Error(`${pagePath}: ${printed.problem}`);
      const { split } = options;
      if (split && pagePath === split.pagePath) {
        const files = await splitIfTooLong(page, printed.pdf, target, split, outDir);
        written += files.written;
        const file = siteFile(outDir, base, `${base}${pagePath}`);
        if (file) writeFileSync(file, keepPdfLinks(readFileSync(file, 'utf8'), files.split));
      } else {
        writeFileSync(target, normalizePdf(printed.pdf));
        written++;
      }
      options.onProgress?.(++done, pages.size);
    }
  };
  try {
    await serveFromFolder(browser.context, origin, base, outDir);
    const tabs = Math.max(1, Math.min(options.concurrency ?? PRINT_CONCURRENCY, pages.size));
    const printing = await Promise.all(Array.from({ length: tabs }, () => browser.context.newPage()));
    await Promise.all(printing.map(printWith));
  } finally {
    await browser.close();
  }
  return written;
}

/** Id of the style that keeps a page from being laid out on screen while it loads (`holdLayout`). */
const HOLD_ID = 'kickoff-print-hold';

/**
 * In the page, before its own scripts: hides the whole document until `releaseLayout`. A page
 * that is only printed is laid out for the print anyway; laid out for the screen as well while it
 * loads, a binder with its inline Gantt charts was laid out twice.
 */
function holdLayout(id: string): void {
  const hold = () => {
    const style = document.createElement('style');
    style.id = id;
    style.textContent = 'html { display: none !important }';
    document.documentElement.append(style);
  };
  if (document.documentElement) hold();
  else
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return;
      observer.disconnect();
      hold();
    }).observe(document, { childList: true });
}

/**
 * In the page: shows the document again (see `holdLayout`). Web fonts load only when laid-out
 * text asks for them, which a hidden document never did: a page with any (the site has none
 * today) is laid out here once and printed when they are in.
 */
async function releaseLayout(id: string): Promise<void> {
  document.getElementById(id)?.remove();
  if (document.fonts.size === 0) return;
  void document.body?.offsetHeight;
  await document.fonts.ready;
}

/** A print compilation that is written as one PDF per part when it has more than `maxPages` pages. */
export interface SplitCompilation {
  pagePath: string;
  maxPages: number;
  /** Each part: the id of its element (a child of `.print-book`) and the PDF path to write it to. */
  parts: readonly { id: string; pdf: string }[];
}

/**
 * Writes the printed compilation as it is, or, past `split.maxPages` pages, each part on its own
 * (everything else in the document hidden, so cover and contents too: a part's bookmarks and
 * running head say what it is). Returns how many files it wrote and whether it split.
 */
async function splitIfTooLong(page: Page, pdf: Buffer, target: string, split: SplitCompilation, outDir: string): Promise<{ written: number; split: boolean }> {
  const pages = pdfPageCount(pdf);
  if (pages === undefined || pages <= split.maxPages) {
    writeFileSync(target, normalizePdf(pdf));
    return { written: 1, split: false };
  }
  for (const part of split.parts) {
    await page.evaluate(showOnly, part.id);
    const file = path.join(outDir, part.pdf);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, normalizePdf(await page.pdf(PDF_OPTIONS)));
  }
  return { written: split.parts.length, split: true };
}

/** In the page: hides every part of the print book but the one with this id. */
function showOnly(id: string): void {
  for (const element of document.querySelectorAll<HTMLElement>('.print-book > *')) element.style.display = element.id === id ? '' : 'none';
}

type Printed = { ok: true; pdf: Buffer } | { ok: false; problem: string };

/**
 * Prints the loaded page; a page with a table of contents (`[data-toc-entry]`) until its page
 * numbers are right. Chromium has no `target-counter()`: a first print with only the headings
 * visible shows where each heading lands (its bookmark's page), the numbers go into the
 * contents' slots, and the real print is read again to confirm that filling them in moved nothing.
 */
async function printWithContents(page: Page): Promise<Printed> {
  const targets = await page.evaluate(readContentsTargets);
  if (targets.length === 0) return { ok: true, pdf: await page.pdf(PDF_OPTIONS) };
  let pdf = await printLayoutProbe(page);
  let filled: Map<string, number> | undefined;
  for (let print = 1; print <= MAX_CONTENTS_PRINTS; print++) {
    const outline = readPdfOutline(pdf);
    if (!outline.ok) return { ok: false, problem: `bookmarks of print ${print}: ${outline.problem}` };
    const placed = contentsPages(targets, outline.entries);
    if (!placed.ok) return placed;
    if (filled && sameNumbers(filled, placed.pages)) return { ok: true, pdf };
    if (print === MAX_CONTENTS_PRINTS) break;
    filled = placed.pages;
    await page.evaluate(fillContentsPages, [...placed.pages]);
    pdf = await page.pdf(PDF_OPTIONS);
  }
  return { ok: false, problem: `the contents' page numbers still moved after ${MAX_CONTENTS_PRINTS} prints` };
}

/**
 * Hides everything but the headings. `visibility` never changes layout, so every heading lands on
 * the page it lands on in the real print and its bookmark says so, while Chromium paints and tags
 * next to nothing: a 40-page binder's probe took 0.36 s against 0.47-0.49 s for a full print.
 */
const PROBE_STYLE = 'body * { visibility: hidden !important } :is(h1, h2, h3, h4, h5, h6), :is(h1, h2, h3, h4, h5, h6) * { visibility: visible !important }';

/** A print that is only read for where the headings landed (its bookmarks), never written. */
async function printLayoutProbe(page: Page): Promise<Buffer> {
  const style = await page.addStyleTag({ content: PROBE_STYLE });
  try {
    return await page.pdf(PDF_OPTIONS);
  } finally {
    await style.evaluate((element) => (element as Element).remove());
  }
}

const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);

/** In the page: each contents entry's target and the text of the heading it starts with. */
function readContentsTargets(): ContentsTarget[] {
  return [...document.querySelectorAll<HTMLElement>('[data-toc-entry]')].map((link) => {
    const id = link.dataset.tocEntry ?? '';
    const target = document.getElementById(id);
    const heading = target?.matches('h1, h2, h3, h4, h5, h6') ? target : target?.querySelector('h1, h2, h3, h4, h5, h6');
    return { id, heading: heading?.textContent ?? '' };
  });
}

/** In the page: writes each entry's page number into its slot. */
function fillContentsPages(pages: [string, number][]): void {
  const byId = new Map(pages);
  for (const link of document.querySelectorAll<HTMLElement>('[data-toc-entry]')) {
    const slot = link.querySelector('[data-toc-page]');
    if (slot) slot.textContent = String(byId.get(link.dataset.tocEntry ?? '') ?? '');
  }
}

/** Answers every request to `origin` + `base` from the build folder; nothing else is fetched. */
async function serveFromFolder(context: BrowserContext, origin: string, base: string, outDir: string) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    const file = siteFile(outDir, base, url.pathname);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
}
