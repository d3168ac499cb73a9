import * as pagefind from 'pagefind';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders of every build that hold no pages: the search bundle itself, assets, PDFs. */
const NOT_PAGES = ['pagefind', '_astro', 'pdf'];

/**
 * The pagefind glob for the HTML files of `outDir`'s top-level entries, leaving out the
 * folders in `skip`. Pagefind would parse a skipped page only to find it has no
 * `data-pagefind-body`; the print compilation is a third of all HTML on a large site.
 */
export function searchGlob(entries: readonly { name: string; isDirectory: boolean }[], skip: readonly string[]): string {
  const left = new Set([...NOT_PAGES, ...skip]);
  const parts = entries
    .filter((entry) => !left.has(entry.name))
    .map((entry) => (entry.isDirectory ? `${entry.name}/**/*.html` : entry.name))
    .filter((part) => part.endsWith('.html'))
    .sort();
  return `{${parts.join(',')}}`;
}

/**
 * Writes the pagefind index into `<outDir>/pagefind`, leaving the top-level folders in `skip`
 * unread (pages that are never search results); any error fails the build.
 */
export async function writeSearchIndex(outDir: string, options: { skip?: readonly string[] } = {}): Promise<{ pages: number }> {
  const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: undefined });
  try {
    if (!index || createErrors.length > 0) throw new Error(`search index: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: searchGlob(entries, options.skip ?? []) });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('search index: no page was indexed');
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
