// How long the project binders of a large set of plans take to print, apart from the rest of the
// build: the site is built once without PDFs (diagrams pre-rendered, as the binders carry them),
// then exactly the binders are printed with the build's own printer. Target: the binders of 200
// plans (50 tasks each) in under 2 minutes on two cores.
//   node scripts/bench/binders.ts [--plans 200] [--tasks 50] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/lib/config.ts';
import { sitePaths } from '../../src/lib/registry/site-paths.ts';
import { printPdfs } from '../../src/render/print-pdfs.ts';
import { generateContent } from './generate-content.ts';
import { makeProjectCopy } from './project-copy.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: { plans: { type: 'string', default: '200' }, tasks: { type: 'string', default: '50' }, keep: { type: 'boolean', default: false } },
});
const plans = Number(values.plans);
const tasks = Number(values.tasks);

const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-bench-binders-'));
try {
  const content = generateContent({ phases: 10, roles: 12, checklists: 8, risks: 15, plans, tasks }, { dir: path.join(work, 'content') });
  const project = makeProjectCopy(REPO, work);
  process.stderr.write(`binders: building ${content.files} files without PDFs in ${project}\n`);
  const buildStart = performance.now();
  const build = spawnSync(path.join(project, 'bin/kickoff.mjs'), ['build', '--content', content.dir], {
    cwd: project,
    env: { ...process.env, KICKOFF_PDF: 'off', KICKOFF_DIAGRAM_CACHE: path.join(work, 'diagrams') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const buildSeconds = (performance.now() - buildStart) / 1000;
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status})`);

  const config = loadConfig(project, { ...process.env, KICKOFF_CONTENT: content.dir });
  const paths = sitePaths(config.lang);
  const ids = readdirSync(path.join(content.dir, 'plans')).map((name) => name.replace(/\.mdx$/, ''));
  const binders = new Map(ids.map((id) => [paths.planBinder(id), paths.pdf(paths.planBinder(id))]));
  const dist = path.join(project, 'dist');
  const printStart = performance.now();
  const written = await printPdfs(dist, config.site, config.base, binders);
  const printSeconds = (performance.now() - printStart) / 1000;
  const sizes = [...binders.values()].map((pdf) => statSync(path.join(dist, pdf)).size);
  const megabytes = sizes.reduce((sum, size) => sum + size, 0) / 1e6;
  const line = `| binders of ${plans} plans × ${tasks} tasks | ${written} PDFs, ${megabytes.toFixed(1)} MB (largest ${(Math.max(...sizes) / 1e6).toFixed(2)} MB) | ${printSeconds.toFixed(1)} s (${(printSeconds / written).toFixed(2)} s each) | site built without PDFs first in ${buildSeconds.toFixed(1)} s | load ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores | ${printSeconds < 120 ? 'met' : 'not met'} (target < 120 s) |`;
  process.stdout.write(`${line}\n`);
} finally {
  if (values.keep) process.stderr.write(`binders: kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
