import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translation } from '../i18n/translation.ts';
import { COLLECTIONS, type CollectionName } from '../registry/collections.ts';
import { byteLabel } from '../code-point.ts';
import { KEBAB_ID } from '../schema/common.ts';
import { entryId, entryPlace } from './entry-pattern.ts';
import { pathParts, type Finding } from './finding.ts';
import { sha256 } from '../cache/folder-store.ts';
import { knownFileParts, type ParsedFile } from './file-parts.ts';
import { survivesJson, type EntryPack } from './entry-pack.ts';
import { asWindows1252, findInvalidUtf8, isUtf16 } from './utf8-check.ts';
import { shareNothing, type Share } from '../shared-work.ts';
import { findingsFromZodIssues } from './zod-findings.ts';
import type { PendingExpression } from './mdx-render-check.ts';

/** One file to read: its collection and its path inside the collection's folder (see `entryPlace`). */
export interface EntryJob {
  name: CollectionName;
  relative: string;
}

/** What reading one file gave: its id, its findings, and, when its data passed the schema, the entry. */
export interface EntryOutcome {
  name: CollectionName;
  id: string;
  /** Path relative to the content root, forward slashes. */
  file: string;
  findings: Finding[];
  /** `source` is the whole file as written, for checks of its wording (line by line). */
  entry?: { data: unknown; body: string; source: string; lineOf: ParsedFile['lineOf'] };
}

/**
 * What earlier reads gave, by file, with the text each was read from. Handed to `readEntries`
 * again, a file whose text is unchanged is not parsed and checked anew: the preview re-reads the
 * whole content on every save, and parsing, not reading, is what costs.
 */
export type EntryMemory = Map<string, { source: string; mtimeMs: number; size: number; outcome: EntryOutcome }>;

/**
 * Where earlier reads are remembered: in this process (`memory`) and between runs (`pack`); and
 * how files are parsed: here, or in part on another thread (`share`).
 */
export interface ReadMemories {
  memory?: EntryMemory;
  pack?: EntryPack;
  share?: Share;
}

/** A file to parse and check, as plain data that can go to another thread. */
export interface ParseJob {
  name: CollectionName;
  /** Path inside the collection's folder. */
  relative: string;
  /** Path relative to the content root. */
  file: string;
  source: string;
  lang: Lang;
  /** The MDX compiler ends its process on the body (compile-check.ts). */
  compilerEnds?: boolean;
}

/** What parsing and checking one file gave, as plain data: its findings, and its data and body when its schema passed. */
export interface ParseResult {
  findings: Finding[];
  entry?: { data: unknown; body: string };
  /** Expressions of the body still to be run (expression-check.ts); their findings join `findings`. */
  expressions?: PendingExpression[];
}

/** The parsers `parseJob` needs (parse-entry.ts), loaded when a file first needs parsing. */
export type Parsers = Pick<typeof import('./parse-entry.ts'), 'parseEntryFile' | 'parseJsonFile'>;

/** A file read and not found in a memory or pack: its outcome waits for parsing. */
interface Unparsed {
  outcome: EntryOutcome;
  job: ParseJob;
  digest: string;
}

/**
 * Reads one entry file and answers it from a memory or pack where it can; never throws for bad
 * content. Reads synchronously: for thousands of small files the promise-based calls cost about
 * five times as much (2,000 files: 0.4-0.7 s against 0.03-0.19 s), and nothing else waits meanwhile.
 */
function readEntry(root: string, job: EntryJob, lang: Lang, t: Translation, { memory, pack }: ReadMemories): EntryOutcome | Unparsed {
  const { name, relative } = job;
  const { format } = COLLECTIONS[name];
  const { folder } = entryPlace(name, COLLECTIONS[name]);
  const file = folder ? `${folder}/${relative}` : relative;
  const outcome: EntryOutcome = { name, id: entryId(format, relative), file, findings: [] };
  const absolute = path.join(root, file);
  const remembered = memory?.get(file);
  // Unchanged time and size: not even read (2,000 files are 8 MB to decode and check).
  const stats = memory ? statQuietly(absolute) : undefined;
  if (remembered && stats && stats.mtimeMs === remembered.mtimeMs && stats.size === remembered.size) return remembered.outcome;
  const read = readSource(absolute, t, stats);
  const source = 'problem' in read ? read : read.text;
  if (remembered && remembered.source === source && stats) {
    memory?.set(file, { ...remembered, mtimeMs: stats.mtimeMs, size: stats.size });
    return remembered.outcome;
  }
  if (typeof source === 'string' && stats) memory?.set(file, { source, mtimeMs: stats.mtimeMs, size: stats.size, outcome });
  else memory?.delete(file);
  if (typeof source !== 'string') {
    outcome.findings.push({ severity: 'error', code: 'file', file, path: '', line: source.line, message: t.findings.readableFile(source.problem) });
    return outcome;
  }
  // The bytes, not the text: the same digest without encoding the text again.
  const digest = pack && 'bytes' in read ? sha256(read.bytes) : '';
  const packed = pack?.get(file, digest);
  if (pack && packed) {
    outcome.findings.push(...packed.findings);
    if ('data' in packed) {
      const { body, lineOf } = knownFileParts(format, source);
      outcome.entry = { data: packed.data, source, body, lineOf: pack.lineOf(file, lineOf) };
    }
    return outcome;
  }
  return { outcome, job: { name, relative, file, source, lang }, digest };
}

/** Parses a file and checks it against its collection's schema; never throws for bad content. */
export function parseJob({ name, relative, file, source, lang, compilerEnds }: ParseJob, parsers: Parsers): ParseResult {
  const t = translation(lang);
  const { format, schema } = COLLECTIONS[name];
  const findings: Finding[] = [];
  const fileName = path.posix.basename(relative, `.${format}`);
  if (!KEBAB_ID.test(fileName)) {
    findings.push({ severity: 'error', code: 'file-name', file, path: '', message: t.findings.fileName(fileName, format) });
  }
  // Astro's loader reads an entry by a URL made from its path: `#`, `?` and `%` in a folder name
  // cut it short, and the entry went missing from the site with no more than a log line.
  const folder = path.posix.dirname(relative).split('/').find((part) => /[#?%]/.test(part));
  if (folder !== undefined) findings.push({ severity: 'error', code: 'file-name', file, path: '', message: t.findings.folderName(folder) });
  const expressions: PendingExpression[] = [];
  const { parsed, findings: syntaxFindings } =
    format === 'mdx' ? parsers.parseEntryFile(file, source, t, { compilerEnds, deferExpressions: expressions }) : parsers.parseJsonFile(file, source, t);
  findings.push(...syntaxFindings);
  const entry = parsed && entryOfSchema(parsed, schema as z.ZodType, file, t, findings);
  return { findings, ...(entry ? { entry } : {}), ...(expressions.length > 0 ? { expressions } : {}) };
}

/** The parsed file's data as its collection's schema gives it, or undefined, its findings added to `findings`. */
function entryOfSchema(parsed: ParsedFile, schema: z.ZodType, file: string, t: Translation, findings: Finding[]): ParseResult['entry'] {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { data: result.data, body: parsed.body };
  for (const finding of findingsFromZodIssues(file, result.error.issues, t, schema)) {
    findings.push({ ...finding, line: parsed.lineOf(pathParts(finding.path)) });
  }
  return undefined;
}

/** Fills the outcome of an unparsed file with what parsing gave, and keeps it in the pack. */
function completeOutcome({ outcome, job, digest }: Unparsed, result: ParseResult, pack: EntryPack | undefined): EntryOutcome {
  outcome.findings.push(...result.findings);
  if (result.entry) {
    const { lineOf } = knownFileParts(COLLECTIONS[job.name].format, job.source);
    outcome.entry = { ...result.entry, source: job.source, lineOf };
  }
  if (pack && (outcome.entry === undefined || survivesJson(outcome.entry.data))) {
    pack.put(outcome.file, { digest, findings: outcome.findings, ...(outcome.entry ? { data: outcome.entry.data } : {}) });
    if (outcome.entry) outcome.entry.lineOf = pack.lineOf(outcome.file, outcome.entry.lineOf);
  }
  return outcome;
}

/**
 * Reads every file of `jobs`; the outcomes in the order of the jobs. With a `memory`, unchanged
 * files come from it, and it is left holding exactly the files of `jobs`; likewise with a `pack`,
 * which its owner saves. With `share`, another thread may parse part of the files.
 */
export async function readEntries(root: string, jobs: readonly EntryJob[], lang: Lang, memories: ReadMemories = {}): Promise<EntryOutcome[]> {
  const t = translation(lang);
  const read = jobs.map((job) => readEntry(root, job, lang, t, memories));
  const unparsed = read.filter((item): item is Unparsed => 'job' in item);
  if (unparsed.length > 0) {
    // The parsers (YAML, MDX) load only when a file needs parsing: none do on a warm pack.
    const [parsers, { filesEndingCompiler }, { runPendingExpressions }] = await Promise.all([
      import('./parse-entry.ts'),
      import('./compile-check.ts'),
      import('./expression-check.ts'),
    ]);
    // First the compiler's child process: a body it ends on would end this process in the MDX parser too.
    const mdx = unparsed.filter((item) => COLLECTIONS[item.job.name].format === 'mdx');
    for (const position of await filesEndingCompiler(mdx.map((item) => item.job.source))) mdx[position].job.compilerEnds = true;
    const share = memories.share ?? shareNothing;
    const results = await share(
      'parse',
      unparsed.map((item) => item.job),
      (job) => parseJob(job, parsers),
    );
    await runPendingExpressions(
      results.map((result, index) => ({ file: unparsed[index].job.file, result })),
      t,
    );
    unparsed.forEach((item, index) => completeOutcome(item, results[index], memories.pack));
  }
  const outcomes = read.map((item) => ('job' in item ? item.outcome : item));
  const current = new Set(outcomes.map((outcome) => outcome.file));
  if (memories.memory) {
    for (const file of memories.memory.keys()) if (!current.has(file)) memories.memory.delete(file);
  }
  memories.pack?.keepOnly(current);
  return outcomes;
}

function statQuietly(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

const MEGABYTE = 1024 * 1024;

/**
 * The largest entry file read. The biggest real plan is a few hundred kilobytes; a file of
 * gigabytes named `.mdx` would only exhaust memory.
 */
export const MAX_ENTRY_BYTES = 10 * MEGABYTE;

/**
 * A file's text and bytes, or why it cannot be read (no access, no regular file, too large,
 * UTF-16, binary data, not UTF-8).
 */
function readSource(file: string, t: Translation, known: Stats | undefined): { text: string; bytes: Buffer } | { problem: string; line?: number } {
  try {
    // Before opening: reading a device such as /dev/zero never ends, opening a pipe waits for a writer.
    const stats = known ?? statSync(file);
    // A folder fails to read below, with its own code.
    if (!stats.isFile() && !stats.isDirectory()) return { problem: t.findings.notRegularFile };
    if (stats.size > MAX_ENTRY_BYTES) return { problem: t.findings.tooLarge(megabytes(stats.size), megabytes(MAX_ENTRY_BYTES)) };
    const buffer = readFileSync(file);
    if (isUtf16(buffer)) return { problem: t.findings.utf16 };
    if (buffer.includes(0)) return { problem: t.findings.binaryData };
    const invalid = findInvalidUtf8(buffer);
    if (invalid) {
      return { line: invalid.line, problem: t.findings.notUtf8(byteLabel(invalid.byte), asWindows1252(invalid.byte)) };
    }
    return { text: buffer.toString('utf8'), bytes: buffer };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The listing holds only files that exist; one can still vanish before it is read.
    return { problem: code === 'ENOENT' ? t.findings.brokenLinkFile : t.findings.cannotRead(String(code)) };
  }
}

/** A size in megabytes to one decimal, rounded up: a byte over the limit must not read as the limit. */
const megabytes = (bytes: number) => Math.ceil((bytes * 10) / MEGABYTE) / 10;
