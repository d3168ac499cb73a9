// Builds the site for the browser quality gates once per run and serves it over localhost.
//
// - main site: `node bin/kickoff.mjs build` in place, but only when dist/ is missing, older than
//   the newest file in content/, src/, public/ or the configuration, was built without Chromium
//   (the gates need build-time SVGs and PDFs), or KICKOFF_TEST_REBUILD=1. The tests then read a
//   snapshot copy of dist/, so a build started elsewhere while they run can't swap files under them.
// - sub-path site: a copy of the project (sources, content and configuration; node_modules as a
//   symlink) built with KICKOFF_BASE=/playbook/ and KICKOFF_CHROMIUM=off, i.e. diagrams left for the
//   reader's browser. Its diagram cache lives in the copy: the shared one in node_modules/.cache
//   would otherwise hand it SVGs rendered by an earlier build.
// - English site: the example in examples/en, built after the main site in the same project (two
//   builds in one project at once would share its .astro/ folder), without PDFs: the gates read
//   its pages, in print media too.
// - large-plan site: generated content (test/helpers/large-plan.ts) whose one plan has
//   LARGE_PLAN_SIZE tasks in eight phases, built with `--content` after the English site, with
//   Chromium (its Gantt charts are SVGs with arrows) but without PDFs: the gates for large plans
//   (overview and per-phase charts, one arrow per dependency, labels apart) read its plan page.
//
// Both builds run in parallel; the servers live in this (main) process, the test files reach them
// over HTTP. Everything temporary is removed in the teardown.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findDesktopChromium } from '../../src/render/find-chromium.ts';
import { buildEnv } from './build-env.ts';
import { makeProjectCopy } from '../../scripts/bench/project-copy.ts';
import { serveStatic } from '../../src/render/static-server.ts';
import { LARGE_PLAN_SIZE, writeLargePlanContent } from '../helpers/large-plan.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Snapshot of the main build (base `/`, Chromium at build time). */
    mainDist: string;
    /** URL of the main build, ending in its base (`http://127.0.0.1:PORT/`). */
    mainUrl: string;
    mainBase: string;
    /** The KICKOFF_BASE=/playbook/, KICKOFF_CHROMIUM=off build. */
    subDist: string;
    subUrl: string;
    subBase: string;
    /** The English example (examples/en), base `/`. */
    enDist: string;
    enUrl: string;
    /** The generated site with one plan of LARGE_PLAN_SIZE tasks, base `/`. */
    largeDist: string;
    largeUrl: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUB_BASE = '/playbook/';

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Why a built site can't serve the gates (no search index, no PDFs, i.e. no browser at build time, other base). */
function unusableReason(dist: string): string | undefined {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return `${dist} has no index.html`;
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind-component-ui.js'))) return 'no search index';
  if (!existsSync(path.join(dist, 'pdf'))) return 'no PDFs (built without Chromium)';
  // Whether every diagram was rendered at build time is a gate of its own (no-javascript.test.ts).
  if (!/<body[^>]*data-base="\/"/.test(readFileSync(index, 'utf8'))) return 'built for another base';
  return undefined;
}

/** Why dist/ must be rebuilt, or undefined when it is current. */
function staleReason(): string | undefined {
  if (process.env.KICKOFF_TEST_REBUILD === '1') return 'KICKOFF_TEST_REBUILD=1';
  const dist = path.join(ROOT, 'dist');
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return 'dist/ is missing';
  const built = statSync(index).mtimeMs;
  const sources = ['content', 'src', 'public', 'astro.config.mjs', 'kickoff.config.json'].map((entry) => newestMtime(path.join(ROOT, entry)));
  if (Math.max(...sources) > built) return 'sources are newer than dist/';
  const unusable = unusableReason(dist);
  return unusable ? `dist/: ${unusable}` : undefined;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-6000)}`));
    });
  });
}

export default async function setup(project: TestProject) {
  const chromium = findDesktopChromium();
  if (!chromium) {
    throw new Error(
      'browser gates: no Chromium found. Install it (`apt-get install -y chromium`, as .ci/run does) or point KICKOFF_CHROMIUM at the executable; KICKOFF_CHROMIUM=off is not allowed for these tests.',
    );
  }
  const node = process.execPath;
  const cleanups: Array<() => Promise<void> | void> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };

  try {
    const started = Date.now();
    const buildMain = () => run(node, ['bin/kickoff.mjs', 'build'], ROOT, buildEnv({}), 'kickoff build (main site)');
    const reason = staleReason();
    if (reason) process.stderr.write(`browser gates: building dist/ (${reason})\n`);
    const enDist = mkdtempSync(path.join(os.tmpdir(), 'kickoff-dist-en-'));
    cleanups.push(() => rmSync(enDist, { recursive: true, force: true }));
    const buildEnglish = () =>
      run(
        node,
        ['bin/kickoff.mjs', 'build', '--config', 'examples/en/kickoff.config.json', '--out', enDist],
        ROOT,
        buildEnv({ KICKOFF_PDF: 'off' }),
        'kickoff build (English example)',
      );
    const large = mkdtempSync(path.join(os.tmpdir(), 'kickoff-large-plan-'));
    cleanups.push(() => rmSync(large, { recursive: true, force: true }));
    const largeContent = writeLargePlanContent(path.join(large, 'content'));
    const largeDist = path.join(large, 'dist');
    const buildLarge = () =>
      run(
        node,
        ['bin/kickoff.mjs', 'build', '--content', largeContent, '--out', largeDist],
        ROOT,
        buildEnv({ KICKOFF_PDF: 'off' }),
        `kickoff build (a generated plan of ${LARGE_PLAN_SIZE} tasks)`,
      );
    const mainBuild = (reason ? buildMain() : Promise.resolve()).then(buildEnglish).then(buildLarge);

    // Its own copy of the project: node_modules linked entry by entry, so that this build's
    // Astro and Vite caches are not the main build's.
    const subRoot = makeProjectCopy(ROOT);
    cleanups.push(() => rmSync(subRoot, { recursive: true, force: true }));
    cpSync(path.join(ROOT, 'content'), path.join(subRoot, 'content'), { recursive: true });
    // A plan with very long, non-ASCII and mermaid-hostile names, for the layout gate.
    cpSync(path.join(ROOT, 'test/fixtures/long-names/lange-namen.mdx'), path.join(subRoot, 'content/plans/lange-namen.mdx'));
    const subBuild = run(
      node,
      ['bin/kickoff.mjs', 'build'],
      subRoot,
      buildEnv({ KICKOFF_BASE: SUB_BASE, KICKOFF_CHROMIUM: 'off', KICKOFF_DIAGRAM_CACHE: path.join(subRoot, '.diagram-cache') }),
      'kickoff build (KICKOFF_BASE=/playbook/, KICKOFF_CHROMIUM=off)',
    );
    const results = await Promise.allSettled([mainBuild, subBuild]);
    const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed.length > 0) throw new Error(failed.map((result) => (result.reason as Error).message).join('\n\n'));

    // Snapshot dist/ and check the snapshot: another build (a developer's, another test run) may
    // have replaced dist/ meanwhile, e.g. with a KICKOFF_CHROMIUM=off build. Then build once more.
    const mainDist = mkdtempSync(path.join(os.tmpdir(), 'kickoff-dist-'));
    cleanups.push(() => rmSync(mainDist, { recursive: true, force: true }));
    const snapshot = () => {
      rmSync(mainDist, { recursive: true, force: true });
      cpSync(path.join(ROOT, 'dist'), mainDist, { recursive: true });
      return unusableReason(mainDist);
    };
    let unusable = snapshot();
    if (unusable) {
      process.stderr.write(`browser gates: dist/ is not usable (${unusable}); building it again\n`);
      await buildMain();
      unusable = snapshot();
      if (unusable) throw new Error(`browser gates: dist/ is not usable after \`kickoff build\`: ${unusable}`);
    }
    process.stderr.write(`browser gates: sites ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    const mainServer = await serveStatic(mainDist, '/');
    cleanups.push(() => mainServer.close());
    const subDist = path.join(subRoot, 'dist');
    const subServer = await serveStatic(subDist, SUB_BASE);
    cleanups.push(() => subServer.close());

    project.provide('mainDist', mainDist);
    project.provide('mainUrl', mainServer.url);
    project.provide('mainBase', '/');
    project.provide('subDist', subDist);
    project.provide('subUrl', subServer.url);
    project.provide('subBase', SUB_BASE);
    const enServer = await serveStatic(enDist, '/');
    cleanups.push(() => enServer.close());
    project.provide('enDist', enDist);
    project.provide('enUrl', enServer.url);
    const largeServer = await serveStatic(largeDist, '/');
    cleanups.push(() => largeServer.close());
    project.provide('largeDist', largeDist);
    project.provide('largeUrl', largeServer.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
