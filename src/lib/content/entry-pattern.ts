/** How a collection's entries are written: MDX files with front matter, or JSON data files. */
export type EntryFormat = 'mdx' | 'json';

/**
 * The entry files of a collection folder, for Astro's glob loader and for `validate` alike
 * (both list them with tinyglobby and its default options).
 */
export const entryPattern = (format: EntryFormat) => `**/*.${format}`;

/**
 * An entry's id from its path below the collection folder (forward slashes). An MDX entry is
 * named by its file alone, also in sub-folders; a JSON entry by its whole path
 * (`acme-rollout/2027-02-01`), since its folder is part of what it is.
 */
export function entryId(format: EntryFormat, relative: string): string {
  const withoutExtension = relative.slice(0, -(format.length + 1));
  return format === 'mdx' ? withoutExtension.slice(withoutExtension.lastIndexOf('/') + 1) : withoutExtension;
}

/**
 * Where a collection's files are below the content root: the folder (forward slashes, `''` for
 * the root itself) and the pattern of its entry files there. A collection of one file at the
 * root matches that file alone, so it never picks up another collection's files.
 */
export function entryPlace(name: string, declaration: { format: EntryFormat; files: 'folder' | string }): { folder: string; pattern: string } {
  return declaration.files === 'folder' ? { folder: name, pattern: entryPattern(declaration.format) } : { folder: '', pattern: declaration.files };
}

/**
 * The path below the content root that must exist for a collection to have entries: its folder,
 * or its one file. Where it is missing, the site loads nothing for the collection.
 */
export function collectionSource(name: string, declaration: { format: EntryFormat; files: 'folder' | string }): string {
  const { folder, pattern } = entryPlace(name, declaration);
  return declaration.files === 'folder' ? folder : [folder, pattern].filter(Boolean).join('/');
}
