import { pathToFileURL } from 'node:url';
import type { CollectionName } from '../registry/collection-names.ts';

/**
 * The list by which Astro's language server (the Astro extension for VS Code, with
 * `astro.content-intellisense` on) finds the JSON Schema of a content file's front matter:
 * `.astro/collections/collections.json` in the editor's workspace folder, naming each file by its
 * lower-cased, decoded `file:` URL, and `<collection>.schema.json` beside it.
 */
export function editorManifest(files: ReadonlyMap<CollectionName, readonly string[]>): {
  collections: { hasSchema: boolean; name: string }[];
  entries: Record<string, string>;
} {
  const entries: Record<string, string> = {};
  for (const [name, paths] of files) {
    for (const file of paths) entries[decodeURIComponent(pathToFileURL(file).toString()).toLowerCase()] = name;
  }
  return { collections: [...files.keys()].map((name) => ({ hasSchema: true, name })), entries };
}
