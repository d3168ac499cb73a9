import type { Translation } from '../lib/i18n/translation.ts';
import { isSameOrInside } from '../lib/same-or-inside.ts';
import { resolvedPath } from './out-dir.ts';
import { UsageError } from './usage-error.ts';

/** `--out -` is standard output, as in most command-line tools. */
const STANDARD_OUTPUT = '-';

/** What the project reads and an output must never replace, as absolute paths. */
export interface ProjectFiles {
  contentDir: string;
  /** The settings file in use, whether it exists or not: one written there would be read next time. */
  configFile: string;
}

/**
 * Throws a usage error naming `shown` where `target` would replace what the project reads: a
 * path in the content folder (read as content, or replacing a content file) or the settings file
 * (the next command would fail on it). Links are resolved, so `out -> content` is caught too.
 */
export function refuseProjectFiles(target: string, shown: string, project: ProjectFiles, t: Translation): void {
  const resolved = resolvedPath(target);
  if (isSameOrInside(resolved, resolvedPath(project.contentDir))) throw new UsageError(t.cli.writeIntoContent(shown));
  if (resolved === resolvedPath(project.configFile)) throw new UsageError(t.cli.writeOntoConfig(shown));
}

/** Where a command's one output goes. */
export type OutputTarget = { to: 'stdout' } | { to: 'file'; file: string };

/**
 * Standard output without `--out` and with `--out -`, else the file. A binary format (its name
 * given) goes to standard output only when asked for with `--out -`, and never to a terminal,
 * which would show garbage and may take the bytes as control sequences; a pipe or a redirect
 * takes it.
 */
export function outputTarget(out: string | undefined, binary: string | undefined, terminal: boolean, t: Translation): OutputTarget {
  if (binary !== undefined && out === undefined) throw new UsageError(t.cli.binaryNeedsOut(binary));
  if (binary !== undefined && out === STANDARD_OUTPUT && terminal) throw new UsageError(t.cli.binaryToTerminal(binary));
  return out === undefined || out === STANDARD_OUTPUT ? { to: 'stdout' } : { to: 'file', file: out };
}

/** Commands that write a folder: `--out -` would make a folder named `-`. */
export function refuseStandardOutput(out: string | undefined, command: string, t: Translation): void {
  if (out === STANDARD_OUTPUT) throw new UsageError(t.cli.folderToStandardOutput(command));
}
