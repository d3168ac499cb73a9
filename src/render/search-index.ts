import * as pagefind from 'pagefind';
import path from 'node:path';

/** Writes the pagefind index into `<outDir>/pagefind`; any error fails the build. */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: undefined });
  try {
    if (!index || createErrors.length > 0) throw new Error(`search index: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('search index: no page was indexed');
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
