import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translation } from '../i18n/translation.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionData, type CollectionName } from '../registry/collections.ts';
import { entryPlace } from './entry-pattern.ts';
import type { Finding } from './finding.ts';
import { readEntries, type EntryJob, type ReadMemories } from './read-entry.ts';

export { pathParts } from './finding.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the content root, forward slashes. */
  file: string;
  data: T;
  body: string;
  /** The whole file as written, for checks of its wording (line by line). */
  source: string;
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/** The valid entries of every collection, by collection name. */
export type Content = { [Name in CollectionName]: Entry<CollectionData<Name>>[] } & {
  root: string;
  /**
   * Ids of every file per collection, also of those with errors: a reference to a file that
   * exists but is broken is not reported again as an unknown reference.
   */
  ids: Record<CollectionName, Set<string>>;
};

/**
 * Reads and schema-checks every collection under `root`; never throws for bad content. With a
 * `memory` from the previous read of the same folder, or a `pack` of earlier runs, only changed
 * files are parsed again.
 */
export async function readContent(root: string, lang: Lang, memories: ReadMemories = {}): Promise<{ content: Content; findings: Finding[] }> {
  const t = translation(lang);
  const listings = await Promise.all(COLLECTION_NAMES.map((name) => listCollection(root, name, t)));
  const jobs: EntryJob[] = COLLECTION_NAMES.flatMap((name, index) => listings[index].files.map((relative) => ({ name, relative })));
  const outcomes = await readEntries(root, jobs, lang, memories);
  const content = { root, ids: {} } as Content;
  const findings: Finding[] = listings.flatMap((listing) => listing.findings);
  // A folder without a single entry is not a playbook but the wrong folder: building it would
  // replace the last good site with an empty one.
  if (jobs.length === 0 && findings.length === 0) findings.push(noContentFinding(t));
  for (const name of COLLECTION_NAMES) {
    (content[name] as Entry<unknown>[]) = [];
    content.ids[name] = new Set();
  }
  for (const outcome of outcomes) {
    content.ids[outcome.name].add(outcome.id);
    findings.push(...outcome.findings);
    if (outcome.entry) {
      (content[outcome.name] as Entry<unknown>[]).push({ id: outcome.id, file: outcome.file, ...outcome.entry });
    }
  }
  return { content, findings };
}

function noContentFinding(t: Translation): Finding {
  const places = COLLECTION_NAMES.map((name) => {
    const place = entryPlace(name, COLLECTIONS[name]);
    return place.folder === '' ? place.pattern : `${place.folder}/`;
  });
  return { severity: 'error', code: 'folder', file: '.', path: '', message: t.findings.noContent(places.join(', ')) };
}

/** The files of one collection, or the finding that its folder cannot be listed. */
async function listCollection(root: string, name: CollectionName, t: Translation): Promise<{ files: string[]; findings: Finding[] }> {
  const place = entryPlace(name, COLLECTIONS[name]);
  const folder = path.join(root, place.folder);
  const listing = await listEntryFiles(folder, place.pattern);
  if (!listing.ok) {
    const problem = listing.problem === 'found-a-file' ? t.findings.foundAFile : t.findings.cannotRead(listing.problem);
    return { files: [], findings: [{ severity: 'error' as const, code: 'folder', file: place.folder, path: '', message: t.findings.folder(problem) }] };
  }
  const findings: Finding[] = [];
  for (const link of await brokenEntryLinks(folder, place.pattern)) {
    findings.push({ severity: 'warning', code: 'file', file: path.posix.join(place.folder, link), path: '', message: t.findings.brokenLink });
  }
  return { files: listing.files, findings };
}

/**
 * The entry files of one collection, relative to the content root (forward slashes), exactly as
 * `readContent` reads them; none where its folder cannot be listed.
 */
export async function collectionFiles(root: string, name: CollectionName): Promise<string[]> {
  const place = entryPlace(name, COLLECTIONS[name]);
  const listing = await listEntryFiles(path.join(root, place.folder), place.pattern);
  return listing.ok ? listing.files.map((file) => path.posix.join(place.folder, file)) : [];
}

/**
 * The entry files matching `pattern` below a folder, relative and sorted; a missing folder is an empty collection.
 * The listing is the one Astro's glob loader makes (the same library, pattern and options): it
 * follows linked folders and files, stops at link cycles and skips dot folders and dot files,
 * so `validate` checks exactly the entries the site will have.
 * Problems (the path is a file; the error code of an unreadable folder) come back as values so
 * every finding is reported.
 */
async function listEntryFiles(folder: string, pattern: string): Promise<{ ok: true; files: string[] } | { ok: false; problem: 'found-a-file' | string }> {
  try {
    const stats = await stat(folder);
    if (!stats.isDirectory()) return { ok: false, problem: 'found-a-file' };
    await access(folder, constants.R_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, files: [] };
    return { ok: false, problem: code ?? (error as Error).message };
  }
  const files = await glob(pattern, { cwd: folder, expandDirectories: false });
  return { ok: true, files: files.sort() };
}

/**
 * Links named like entry files whose target is gone. The glob loader skips them without a word, so the
 * entry would silently vanish from the site; `validate` warns instead.
 */
async function brokenEntryLinks(folder: string, pattern: string): Promise<string[]> {
  // A pattern without a folder part names one file at the top of the folder, so nothing below it is read.
  const single = !pattern.includes('/');
  const entries = await readdir(folder, { recursive: !single, withFileTypes: true }).catch(() => []);
  const extension = pattern.slice(pattern.lastIndexOf('.'));
  const links = entries
    .filter((entry) => entry.isSymbolicLink() && (single ? entry.name === pattern : entry.name.endsWith(extension)))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    // Dot folders and files are no entries at all (see listMdxFiles).
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')));
  const broken = await Promise.all(links.map((relative) => stat(path.join(folder, relative)).then(() => false, () => true)));
  return links.filter((_, index) => broken[index]).sort();
}

