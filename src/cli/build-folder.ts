import { cpSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isSameOrInside } from '../lib/same-or-inside.ts';

/**
 * Where `kickoff build` writes the site before it replaces the output folder: beside it
 * (`<out>.build-<pid>`), so that the swap is a rename on the same file system.
 *
 * Astro decides whether an output folder lies inside its working folder (the tool's folder) by
 * comparing the paths as text: `/work/kickoff-site.build-1` starts like `/work/kickoff` and
 * counts as inside. Astro then writes the modules that prerender the pages into the output
 * folder, where they cannot find the tool's packages, and the build fails. Such a site is
 * written inside the tool's folder instead.
 */
export function buildFolder(finalDir: string, toolRoot: string, pid: number): string {
  const beside = `${finalDir}.build-${pid}`;
  const root = path.resolve(toolRoot);
  return beside.startsWith(root) && !isSameOrInside(beside, root) ? path.join(root, 'node_modules', '.cache', `kickoff-build-${pid}`) : beside;
}

/** Moves a folder: a rename, or a copy where the two places are on different file systems. */
export function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    rmSync(from, { recursive: true, force: true });
  }
}
