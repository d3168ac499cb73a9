import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

/**
 * Prints built pages to PDF with Chromium (A4, the site's print stylesheet, page numbers from
 * the footer template). `pages` maps a page path (`checklisten/x/`) to the PDF path to write.
 */
export async function printPdfs(outDir: string, base: string, pages: ReadonlyMap<string, string>): Promise<{ written: number; browser: boolean }> {
  const browser = await launchBrowser();
  if (!browser) return { written: 0, browser: false };
  const server = await serveStatic(outDir, base);
  let written = 0;
  try {
    const page = await browser.context.newPage();
    for (const [pagePath, pdfPath] of pages) {
      await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const target = path.join(outDir, pdfPath);
      mkdirSync(path.dirname(target), { recursive: true });
      await page.pdf({
        path: target,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:8px;width:100%;text-align:right;padding-right:12mm"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
        tagged: true,
      });
      written++;
    }
  } finally {
    await server.close();
    await browser.close();
  }
  return { written, browser: true };
}
