import { constants } from 'node:fs';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { glob } from 'tinyglobby';
import type { Translation } from '../i18n/translation.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionData, type CollectionName } from '../registry/collections.ts';
import { KEBAB_ID } from '../schema/common.ts';
import { entryId, entryPattern, type EntryFormat } from './entry-pattern.ts';
import type { Finding } from './finding.ts';
import { parseEntryFile, parseJsonFile } from './parse-entry.ts';
import { asWindows1252, findInvalidUtf8 } from './utf8-check.ts';
import { findingsFromZodIssues } from './zod-findings.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the content root, forward slashes. */
  file: string;
  data: T;
  body: string;
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

/** Reads and schema-checks every collection under `root`; never throws for bad content. */
export async function readContent(root: string, t: Translation): Promise<{ content: Content; findings: Finding[] }> {
  const results = await Promise.all(COLLECTION_NAMES.map((name) => readCollection(root, name, t)));
  const content = { root, ids: {} } as Content;
  const findings: Finding[] = [];
  for (const [index, name] of COLLECTION_NAMES.entries()) {
    (content[name] as Entry<unknown>[]) = results[index].entries;
    content.ids[name] = results[index].ids;
    findings.push(...results[index].findings);
  }
  return { content, findings };
}

async function readCollection(root: string, name: CollectionName, t: Translation) {
  const folder = path.join(root, name);
  const entries: Entry<unknown>[] = [];
  const findings: Finding[] = [];
  const ids = new Set<string>();
  const { format } = COLLECTIONS[name];
  const listing = await listEntryFiles(folder, format, t);
  if (!listing.ok) {
    return { entries, ids, findings: [{ severity: 'error' as const, code: 'folder', file: name, path: '', message: t.findings.folder(listing.problem) }] };
  }
  const files = listing.files;
  for (const link of await brokenEntryLinks(folder, format)) {
    findings.push({ severity: 'warning', code: 'file', file: `${name}/${link}`, path: '', message: t.findings.brokenLink });
  }
  const sources = await Promise.all(files.map((file) => readSource(path.join(folder, file), t)));
  for (const [index, relative] of files.entries()) {
    const file = `${name}/${relative}`;
    const source = sources[index];
    const id = entryId(format, relative);
    ids.add(id);
    if (typeof source !== 'string') {
      findings.push({ severity: 'error', code: 'file', file, path: '', line: source.line, message: t.findings.readableFile(source.problem) });
      continue;
    }
    const fileName = path.posix.basename(relative, `.${format}`);
    if (!KEBAB_ID.test(fileName)) {
      findings.push({ severity: 'error', code: 'file-name', file, path: '', message: t.findings.fileName(fileName, format) });
    }
    const { parsed, findings: syntaxFindings } = format === 'mdx' ? parseEntryFile(file, source, t) : parseJsonFile(file, source, t);
    findings.push(...syntaxFindings);
    if (!parsed) continue;
    const result = (COLLECTIONS[name].schema as z.ZodType).safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      for (const finding of findingsFromZodIssues(file, result.error.issues, t)) {
        findings.push({ ...finding, line: parsed.lineOf(pathParts(finding.path)) });
      }
      continue;
    }
    entries.push({ id, file, data: result.data, body: parsed.body, lineOf: parsed.lineOf });
  }
  return { entries, ids, findings };
}

/**
 * All entry files (`.mdx` or `.json`) below a folder, relative and sorted; a missing folder is an empty collection.
 * The listing is the one Astro's glob loader makes (the same library, pattern and options): it
 * follows linked folders and files, stops at link cycles and skips dot folders and dot files,
 * so `validate` checks exactly the entries the site will have.
 * Problems (the path is a file, unreadable) come back as values so every finding is reported.
 */
async function listEntryFiles(folder: string, format: EntryFormat, t: Translation): Promise<{ ok: true; files: string[] } | { ok: false; problem: string }> {
  try {
    const stats = await stat(folder);
    if (!stats.isDirectory()) return { ok: false, problem: t.findings.foundAFile };
    await access(folder, constants.R_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, files: [] };
    return { ok: false, problem: t.findings.cannotRead(code ?? (error as Error).message) };
  }
  const files = await glob(entryPattern(format), { cwd: folder, expandDirectories: false });
  return { ok: true, files: files.sort() };
}

/**
 * Links named like entry files whose target is gone. The glob loader skips them without a word, so the
 * entry would silently vanish from the site; `validate` warns instead.
 */
async function brokenEntryLinks(folder: string, format: EntryFormat): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const links = entries
    .filter((entry) => entry.isSymbolicLink() && entry.name.endsWith(`.${format}`))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    // Dot folders and files are no entries at all (see listMdxFiles).
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')));
  const broken = await Promise.all(links.map((relative) => stat(path.join(folder, relative)).then(() => false, () => true)));
  return links.filter((_, index) => broken[index]).sort();
}

/** A file's text, or why it cannot be read (no access, binary data, not UTF-8). */
async function readSource(file: string, t: Translation): Promise<string | { problem: string; line?: number }> {
  try {
    const buffer = await readFile(file);
    if (buffer.includes(0)) return { problem: t.findings.binaryData };
    const invalid = findInvalidUtf8(buffer);
    if (invalid) {
      const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`;
      return { line: invalid.line, problem: t.findings.notUtf8(byte, asWindows1252(invalid.byte)) };
    }
    return buffer.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The listing holds only files that exist; one can still vanish before it is read.
    return { problem: code === 'ENOENT' ? t.findings.brokenLinkFile : t.findings.cannotRead(String(code)) };
  }
}

/** `tasks[3].dependsOn[0]` → `['tasks', 3, 'dependsOn', 0]`. */
export function pathParts(fieldPath: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of fieldPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return parts;
}
