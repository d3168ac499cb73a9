import { pdfPath, pdfsWillBeWritten } from './pdf-paths.ts';
import { config } from './site-data.ts';

/**
 * PDFs are printed after the pages are built (they need the built pages), so a page can't see
 * them yet: it links its PDF when the build will write PDFs, that is when a browser is there.
 */
const pdfsEnabled = pdfsWillBeWritten();


export function pdfHref(pagePath: string): string | undefined {
  return pdfsEnabled ? `${config.base}${pdfPath(pagePath)}` : undefined;
}
