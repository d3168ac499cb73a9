import path from 'node:path';
import { folderStore, sha256 } from '../cache/folder-store.ts';
import type { FieldPath, Finding } from './finding.ts';

/** What reading one file gave, kept between runs: its findings and the data its schema passed. */
interface PackedOutcome {
  /** SHA-256 of the file's text: the outcome holds for exactly that text. */
  digest: string;
  findings: Finding[];
  /** The schema's output; absent when the file did not pass its schema. */
  data?: unknown;
  /**
   * Lines of fields asked for in earlier runs (the lines of findings), by path as JSON; null for
   * a path not in the file. Working them out means reading the file's whole front matter, and a
   * run with hundreds of warnings asks for the same ones again.
   */
  lines?: Record<string, number | null>;
}

/**
 * The outcomes of reading one content folder in one language, by file, kept in one file between
 * runs: parsing and schema-checking is most of what `validate` does on a large playbook, and most
 * files are unchanged from one run to the next. A pack is written for one code version (see
 * `codeVersion`); one of another version, or one whose text does not match its own hash, is
 * never trusted and reads as empty.
 */
export interface EntryPack {
  /** The outcome kept for `file` when it was read from text with this digest. */
  get(file: string, digest: string): PackedOutcome | undefined;
  /** Keeps an outcome (its findings as JSON keeps them); its data must survive JSON unchanged (see `survivesJson`). */
  put(file: string, outcome: PackedOutcome): void;
  /**
   * `locate`, the line locator of `file`, answering from the pack where it can and keeping each
   * new answer there (saved with the next `save`), as long as the file's outcome is in the pack.
   */
  lineOf(file: string, locate: (path: FieldPath) => number | undefined): (path: FieldPath) => number | undefined;
  /** Forgets the outcomes of every file not in `files` (the files read this time). */
  keepOnly(files: ReadonlySet<string>): void;
  /**
   * Writes the pack when it changed; once per run, by whoever opened it: reading keeps outcomes
   * and validating keeps lines, and the whole pack is written each time (megabytes for a large
   * playbook). Never fails.
   */
  save(): void;
}

/** The folder packs are kept in between runs: `KICKOFF_ENTRY_CACHE`, `off` for none. */
export function entryCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const setting = env.KICKOFF_ENTRY_CACHE;
  if (setting === 'off') return undefined;
  return path.resolve(cwd, setting || 'node_modules/.cache/kickoff-entries');
}

/**
 * The pack of a content folder read in a language, kept in the cache folder `dir` as one entry of
 * a folder store (which rejects an entry that does not match its own hash). The code version is
 * written inside: a pack of other code reads as empty and is overwritten.
 */
export function openEntryPack(dir: string, contentRoot: string, lang: string, version: string): EntryPack {
  const store = folderStore(dir);
  const key = sha256(`${path.resolve(contentRoot)}\n${lang}`).slice(0, 32);
  const kept = readPack(store.read(key), version);
  let changed = false;
  return {
    get(name, digest) {
      const outcome = kept.get(name);
      return outcome?.digest === digest ? outcome : undefined;
    },
    put(name, outcome) {
      kept.set(name, { ...outcome, findings: outcome.findings.map(withoutUndefined) });
      changed = true;
    },
    lineOf(name, locate) {
      return (fieldPath) => {
        const outcome = kept.get(name);
        if (!outcome) return locate(fieldPath);
        const key = JSON.stringify(fieldPath);
        const known = outcome.lines?.[key];
        if (known !== undefined) return known ?? undefined;
        const line = locate(fieldPath);
        (outcome.lines ??= {})[key] = line ?? null;
        changed = true;
        return line;
      };
    },
    keepOnly(files) {
      for (const name of kept.keys()) {
        if (!files.has(name)) {
          kept.delete(name);
          changed = true;
        }
      }
    },
    save() {
      if (changed) store.write(key, JSON.stringify({ version, outcomes: Object.fromEntries(kept) }));
      changed = false;
    },
  };
}

function readPack(text: string | undefined, version: string): Map<string, PackedOutcome> {
  if (text === undefined) return new Map();
  try {
    const pack = JSON.parse(text) as { version?: unknown; outcomes?: Record<string, PackedOutcome> };
    return pack.version === version && pack.outcomes ? new Map(Object.entries(pack.outcomes)) : new Map();
  } catch {
    return new Map();
  }
}

/** A finding as JSON keeps it: a field that is undefined is left out. */
const withoutUndefined = (finding: Finding): Finding => Object.fromEntries(Object.entries(finding).filter(([, value]) => value !== undefined)) as unknown as Finding;

/**
 * Whether `value` comes back from JSON exactly as it is: plain objects and arrays of strings,
 * finite numbers (not -0), booleans and null, with no property that is undefined. Anything else
 * (a Date, a Map, a transform's class instance) is not kept, so a cached read can never differ
 * from a fresh one.
 */
export function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    // A loop, not `every`: that skips the holes of a sparse array, which JSON fills with null.
    for (let index = 0; index < value.length; index++) if (!(index in value) || !survivesJson(value[index])) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every(survivesJson);
}
