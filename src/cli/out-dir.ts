import { existsSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isSameOrInside } from '../lib/same-or-inside.ts';

/**
 * `kickoff build` replaces its output folder as a whole, so a wrong `--out` would delete what is
 * there: `--out content` the content, `--out .` the project. This decides whether a folder may be
 * replaced; the answer is a problem to report, or `undefined` when the folder is safe.
 */

/** What is at the output path now. */
export type OutDirState = 'missing' | 'under-file' | 'file' | 'empty' | 'previous-build' | 'other-files';

/** A file every complete build writes: a folder with it holds a previous build (of kickoff or pagefind). */
export const BUILD_MARKER = 'pagefind/pagefind-entry.json';

/** Why a folder must not be replaced; each language's table words it. */
export type OutDirProblem = 'root' | 'content' | 'inside-content' | 'file' | 'under-file' | 'other-files';

/** Pure core: absolute, resolved paths and the state of the output folder. */
export function outDirProblem(paths: { out: string; root: string; content: string }, state: OutDirState): OutDirProblem | undefined {
  const { out, root, content } = paths;
  if (isSameOrInside(root, out)) return 'root';
  if (isSameOrInside(content, out)) return 'content';
  if (isSameOrInside(out, content)) return 'inside-content';
  if (state === 'file') return 'file';
  if (state === 'under-file') return 'under-file';
  if (state === 'other-files') return 'other-files';
  return undefined;
}

/** The state of a path on disk. */
export function outDirState(out: string): OutDirState {
  if (!existsSync(out)) return nearestExisting(path.resolve(out)).isDirectory() ? 'missing' : 'under-file';
  if (!statSync(out).isDirectory()) return 'file';
  if (readdirSync(out).length === 0) return 'empty';
  return existsSync(path.join(out, BUILD_MARKER)) ? 'previous-build' : 'other-files';
}

/** The nearest folder (or file) on the way up from a path that does not exist. */
function nearestExisting(absolute: string): Stats {
  const parent = path.dirname(absolute);
  if (existsSync(parent) || parent === absolute) return statSync(parent);
  return nearestExisting(parent);
}

/** Resolves links where the path exists, so `dist -> content` is caught too. */
export function resolvedPath(target: string): string {
  const absolute = path.resolve(target);
  try {
    return realpathSync(absolute);
  } catch {
    // Not there yet: resolve its nearest existing parent and append the rest.
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(resolvedPath(parent), path.basename(absolute));
  }
}
