import { readFileSync, writeFileSync } from 'node:fs';
import { makeFolders } from '../lib/make-folders.ts';
import path from 'node:path';
import { collectionFiles, type Content } from '../lib/content/read-content.ts';
import { COLLECTION_NAMES, type CollectionName } from '../lib/registry/collection-names.ts';
import { editorManifest } from '../lib/schema/editor-manifest.ts';
import { fieldDescriptions } from '../lib/schema/field-docs.ts';
import { collectionJsonSchema } from '../lib/schema/json-schema.ts';
import { TOOL_ROOT } from './tool-root.ts';

/** Where editors look for the schemas: Astro's language server reads this folder of the workspace. */
export const EDITOR_SCHEMA_DIR = path.join('.astro', 'collections');

/**
 * Writes one JSON Schema per collection, and the list of content files that tells Astro's
 * language server which schema a file's front matter follows, into `outDir`. Returns the
 * files written.
 */
export async function writeEditorSchemas(options: { content: Content; contentDir: string; outDir: string }): Promise<string[]> {
  const descriptions = fieldDescriptions(readFileSync(path.join(TOOL_ROOT, 'docs', 'content-model.md'), 'utf8'));
  // The files `validate` reads, so that an editor checks exactly those (linked files and folders too).
  const listed = await Promise.all(COLLECTION_NAMES.map((name) => collectionFiles(options.contentDir, name)));
  const files = new Map<CollectionName, string[]>(
    COLLECTION_NAMES.map((name, index) => [name, listed[index].map((file) => path.resolve(options.contentDir, file))]),
  );
  makeFolders(options.outDir);
  const written: string[] = [];
  const write = (file: string, value: unknown) => {
    const target = path.join(options.outDir, file);
    writeFileSync(target, `${JSON.stringify(value, null, 2)}\n`);
    written.push(target);
  };
  for (const name of COLLECTION_NAMES) write(`${name}.schema.json`, collectionJsonSchema(name, { descriptions, ids: options.content.ids }));
  write('collections.json', editorManifest(files));
  return written;
}
