import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a build needs from the repository; everything else (dist/, content/, tests) stays out. */
// docs/content-model.md: `kickoff build` writes the editors' JSON Schemas with the field descriptions from it.
const PROJECT_FILES = ['astro.config.mjs', 'kickoff.config.json', 'package.json', 'tsconfig.json', 'src', 'public', 'bin', 'docs/content-model.md'];

/** Build caches that must not survive from one measured build to the next (`.cache`: Astro's content store per content folder). */
const BUILD_CACHES = ['node_modules/.astro', 'node_modules/.vite', '.astro', '.cache', 'dist'];

/**
 * Links every entry of `source/node_modules` into `target/node_modules` one by one instead of
 * linking the folder itself. Astro resolves the links fine (Node and Vite follow them to the
 * real package paths), and the copy gets its own `node_modules/.astro` (content-layer data
 * store) and `.vite`: with a linked folder those would be the repository's own files, shared
 * with anyone building in the repository at the same time. `.cache` is left out too, so the
 * diagram cache is always the one the benchmark names (KICKOFF_DIAGRAM_CACHE).
 */
export function linkNodeModules(source: string, target: string): void {
  const from = path.join(source, 'node_modules');
  if (!existsSync(from)) throw new Error(`${from} is missing: run \`npm ci\` first`);
  const to = path.join(target, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(path.join(from, name), path.join(to, name));
  }
}

/**
 * A temporary copy of the project to build in (benchmarks, the browser tests' sub-path build), so
 * that the repository's `dist/` and caches are never touched. `kickoff build` uses the working
 * directory as the Astro root. The copy has no content: callers add the folder they build.
 */
export function makeProjectCopy(repoRoot: string, parent = os.tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, 'kickoff-bench-project-'));
  for (const name of PROJECT_FILES) {
    const from = path.join(repoRoot, name);
    if (existsSync(from)) cpSync(from, path.join(dir, name), { recursive: true });
  }
  linkNodeModules(repoRoot, dir);
  return dir;
}

/** Removes build output and Astro/Vite caches, so each measured build starts like a clean clone. */
export function cleanBuildCaches(projectDir: string): void {
  for (const name of BUILD_CACHES) rmSync(path.join(projectDir, name), { recursive: true, force: true });
  for (const name of readdirSync(projectDir)) {
    // Temporary and previous output folders of an interrupted `kickoff build` (old and new names).
    if (/^(\.dist-build-|\.dist-old-|dist\.build-|dist\.old-)/.test(name)) rmSync(path.join(projectDir, name), { recursive: true, force: true });
  }
}
