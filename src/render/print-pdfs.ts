import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { normalizePdf } from './normalize-pdf.ts';
import { CONTENT_TYPES, siteFile } from './static-server.ts';

/** Tabs printing at once (100 checklist PDFs on two cores: 27.2 s with one tab, 23.7-25.4 s with two). */
const PRINT_CONCURRENCY = 2;

/**
 * Prints built pages to PDF with Chromium (A4; margins, page numbers and landscape Gantt pages
 * come from the @page rules of the print stylesheet). `pages` maps a page path
 * (`checklisten/x/`) to the PDF path to write; returns how many were written.
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
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
      writeFileSync(target, normalizePdf(pdf));
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
