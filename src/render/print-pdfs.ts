import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { contentsPages, type ContentsTarget } from '../lib/pdf/contents-pages.ts';
import { readPdfOutline } from '../lib/pdf/pdf-outline.ts';
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
 * Prints of a page with a table of contents before giving up: the second print normally
 * confirms the numbers of the first; a third is room for a number that moved a heading.
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
  options: { concurrency?: number; onProgress?: (written: number, total: number) => void } = {},
): Promise<number> {
  const browser = await launchBrowser();
  if (!browser) return 0;
  const origin = new URL(site).origin;
  const queue = [...pages];
  let written = 0;
  // Each tab takes the next page until none is left: while one tab waits for Chromium to lay
  // out a long page, the other prints.
  const printWith = async (page: Page) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [pagePath, pdfPath] = next;
      await page.goto(`${origin}${base}${pagePath}`, { waitUntil: 'load' });
      const target = path.join(outDir, pdfPath);
      mkdirSync(path.dirname(target), { recursive: true });
      const printed = await printWithContents(page);
      if (!printed.ok) throw new Error(`${pagePath}: ${printed.problem}`);
      writeFileSync(target, normalizePdf(printed.pdf));
      written++;
      options.onProgress?.(written, pages.size);
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

type Printed = { ok: true; pdf: Buffer } | { ok: false; problem: string };

/**
 * Prints the loaded page; a page with a table of contents (`[data-toc-entry]`) until its page
 * numbers are right. Chromium has no `target-counter()`: the first print shows where each
 * heading landed (its bookmark's page), the numbers go into the contents' slots, and the next
 * print is read again to confirm that filling them in moved nothing.
 */
async function printWithContents(page: Page): Promise<Printed> {
  const targets = await page.evaluate(readContentsTargets);
  let pdf = await page.pdf(PDF_OPTIONS);
  if (targets.length === 0) return { ok: true, pdf };
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
