/**
 * Past this many pages one PDF of the whole playbook stops being useful (slow to open, to send and
 * to find one's way in), so it is written as one PDF per part instead.
 */
export const SPLIT_PAGES = 300;

/** The environment variable that sets another limit (tests lower it to split a small playbook). */
export const SPLIT_PAGES_VARIABLE = 'KICKOFF_PDF_SPLIT_PAGES';

/** The page limit from the environment: a whole number of at least 1, the default when unset, else undefined (wrong). */
export function splitPagesSetting(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return SPLIT_PAGES;
  return /^[1-9]\d*$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/**
 * The print compilation's page as built holds both ways to get its PDF: the link to the one file
 * (`data-pdf-whole`) and, hidden, the note with a link per part (`data-pdf-parts`). Only printing
 * tells how many pages the document has, so once it is printed the page keeps the one that
 * holds: `split` shows the note and drops the whole file's link, else the note goes. Markers the
 * page does not have leave it unchanged.
 */
export function keepPdfLinks(html: string, split: boolean): string {
  if (!split) return html.replace(/<div\b[^>]*\bdata-pdf-parts\b[^>]*>[\s\S]*?<\/div>/, '');
  return html.replace(/\s*<a\b[^>]*\bdata-pdf-whole\b[^>]*>[\s\S]*?<\/a>/, '').replace(/(<div\b[^>]*\bdata-pdf-parts\b[^>]*?)\s+hidden\b/, '$1');
}
