// Preview benchmark (not a test): npm run bench:preview [-- --runs 5]
//
// How long an author waits in `kickoff dev`: from starting the command to the first page, and
// from saving a plan to the preview serving the plan page from the saved file (validated,
// rescheduled, Gantt and milestones re-made); from saving an impossible date to the page that
// names it, and from the fix back to the plan page. On a copy of the sample content and on
// 2,000 synthetic pages (400 plans of 20 tasks among them). Writes the "Preview loop" section of
// bench-results.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { makeBareProject } from './bare-astro.ts';
import { generateContent } from './generate-content.ts';
import { writeSection } from './splice-section.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/kickoff.mjs');
const POLL_MS = Number(process.env.BENCH_POLL_MS ?? 50);
const LIMIT_MS = Number(process.env.BENCH_LIMIT_MS ?? 120_000);

interface LoopFigures {
  label: string;
  /** Start to the home page: a first start, then the one the loop is measured in. */
  starts: number[];
  ready: number;
  firstPage: number;
  edit: number[];
  invalid: number[];
  fixed: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchText(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

/** Milliseconds until `url` answers with a page that `done` accepts. */
async function until(url: string, done: (page: { status: number; text: string }) => boolean, since: number, limitMs = LIMIT_MS): Promise<number> {
  for (;;) {
    const page = await fetchText(url);
    if (page && done(page)) return performance.now() - since;
    if (performance.now() - since > limitMs)
      throw new Error(
        `${url}: no expected page after ${limitMs} ms (last status ${page?.status}); the preview said:\n${previewLog
          .split('\n')
          .filter((line) => !/\] \/\S* \d+ms$/.test(line))
          .slice(-40)
          .join('\n')}`,
      );
    await sleep(POLL_MS);
  }
}

/** The preview's own output, shown when a measurement fails. */
let previewLog = '';

/** A port nobody listens on, so that the benchmark never measures another preview. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function startPreview(contentDir: string, cacheDir: string, port: number): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, KICKOFF_SCHEDULE_CACHE: cacheDir };
  for (const key of ['KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'NODE_OPTIONS']) delete env[key];
  const child = spawn(BIN, ['dev', '--content', contentDir, '--port', String(port)], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  previewLog = '';
  for (const stream of [child.stdout, child.stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => (previewLog += chunk));
  return child;
}

async function stopPreview(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
}

/** One preview session on `contentDir`: start-up, then `runs` edits, invalid saves and fixes of one plan. */
async function measureLoop(label: string, contentDir: string, planId: string, planSegment: string, runs: number, work: string): Promise<LoopFigures> {
  process.stderr.write(`  ▶ ${label} …\n`);
  const planFile = path.join(contentDir, 'plans', `${planId}.mdx`);
  const original = readFileSync(planFile, 'utf8');
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const planUrl = `${origin}/${planSegment}/${planId}/`;
  const cacheDir = path.join(work, `schedules-${label.length}`);
  // A first start writes what every later one finds: Vite's dependency cache (which a fresh
  // install lacks) and the content layer's store. It is reported, the second start is judged,
  // as for the bare project below.
  const firstStarted = performance.now();
  const first = startPreview(contentDir, cacheDir, port);
  let firstStart: number;
  try {
    firstStart = await until(`${origin}/`, (page) => page.status === 200, firstStarted);
  } finally {
    await stopPreview(first);
  }
  const started = performance.now();
  const child = startPreview(contentDir, cacheDir, port);
  try {
    const ready = await until(`${origin}/`, (page) => page.status === 200, started);
    const pageRequested = performance.now();
    await until(planUrl, (page) => page.status === 200, pageRequested);
    const firstPage = performance.now() - pageRequested;
    // As an author would: the page is read before the next save, and the server settles after its
    // first pages (modules compiled, schedules written to the cache).
    for (let warm = 0; warm < 3; warm++) {
      await sleep(1000);
      await fetchText(planUrl);
    }
    const figures: LoopFigures = { label, starts: [firstStart, ready], ready, firstPage, edit: [], invalid: [], fixed: [] };
    for (let run = 1; run <= runs; run++) {
      // A new title and a longer first estimate: the plan must be validated and scheduled anew.
      const marker = `Messlauf ${run}`;
      const edited = editedPlan(original, marker, run);
      let since = performance.now();
      writeFileSync(planFile, edited);
      figures.edit.push(await until(planUrl, (page) => page.status === 200 && page.text.includes(marker), since));

      since = performance.now();
      writeFileSync(planFile, edited.replace(/^kickoff: .*$/m, 'kickoff: 2027-02-30'));
      figures.invalid.push(await until(planUrl, (page) => page.status === 500 && page.text.includes('2027-02-30'), since));

      since = performance.now();
      writeFileSync(planFile, edited);
      figures.fixed.push(await until(planUrl, (page) => page.status === 200 && page.text.includes(marker), since));
    }
    return figures;
  } finally {
    writeFileSync(planFile, original);
    await stopPreview(child);
  }
}

/**
 * The plan with `marker` appended to its title and its first three-point duration one working
 * day longer per run: the page must show the marker, and the plan must be scheduled anew.
 */
function editedPlan(source: string, marker: string, run: number): string {
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const doc = parseDocument(frontMatter);
  doc.setIn(['title'], `${String(doc.getIn(['title']))} ${marker}`);
  const tasks = doc.getIn(['tasks']) as YAMLSeq;
  const index = tasks.items.findIndex((task) => typeof (task as YAMLMap).getIn(['duration', 'likely']) === 'number');
  const path = ['tasks', index, 'duration'];
  const pessimistic = Number(doc.getIn([...path, 'pessimistic']));
  doc.setIn([...path, 'likely'], Number(doc.getIn([...path, 'likely'])) + run);
  doc.setIn([...path, 'pessimistic'], pessimistic + run);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}

/**
 * The floor under `kickoff dev`'s start: a bare Astro + MDX project over the same content (no
 * validation, no schedules, no diagrams), from starting `astro dev` to its first content page.
 * Started twice, the second time with the dependency cache of Vite that the first one wrote, as
 * `kickoff dev` is (see `measureLoop`). Milliseconds of each start.
 */
async function measureBareStart(contentDir: string, work: string): Promise<number[]> {
  const project = makeBareProject(REPO, contentDir, work);
  const phase = readdirSync(path.join(contentDir, 'phases'))
    .sort()[0]
    .replace(/\.mdx$/, '');
  const starts: number[] = [];
  for (let start = 0; start < 2; start++) {
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(REPO, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: project,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    previewLog = '';
    for (const stream of [child.stdout, child.stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => (previewLog += chunk));
    try {
      starts.push(await until(`http://localhost:${port}/phases/${phase}/`, (page) => page.status === 200, started));
    } finally {
      await stopPreview(child);
    }
  }
  return starts;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (figures: LoopFigures, what: string, values: number[]) =>
  `| ${figures.label} | ${what} | ${seconds(median(values))} | ${seconds(Math.max(...values))} | ${values.map((ms) => (ms / 1000).toFixed(2)).join(', ')} |`;

export async function runPreviewBench(options: { runs?: number } = {}): Promise<string> {
  const runs = options.runs ?? 5;
  const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-bench-preview-'));
  try {
    const sample = path.join(work, 'sample');
    cpSync(path.join(REPO, 'content'), sample, { recursive: true });
    const big = generateContent({ phases: 400, roles: 400, checklists: 400, risks: 400, plans: 400, tasks: 20 }, { dir: path.join(work, 'pages') });
    const bigPlan = readdirSync(path.join(big.dir, 'plans'))
      .sort()[0]
      .replace(/\.mdx$/, '');
    const results = [
      await measureLoop('sample (2 plans)', sample, 'musterhandel-pim', 'plaene', runs, work),
      await measureLoop(`${big.files.toLocaleString('en')} files (400 plans × 20 tasks)`, big.dir, bigPlan, 'plaene', runs, work),
    ];
    const bareContent = path.join(work, 'bare-content');
    cpSync(path.join(REPO, 'content'), bareContent, { recursive: true });
    const bare = await measureBareStart(bareContent, work);
    const lines = results.flatMap((figures) => [
      `| ${figures.label} | \`kickoff dev\` to the home page (first start, then the measured one) | ${seconds(figures.ready)} | | ${figures.starts.map((ms) => (ms / 1000).toFixed(2)).join(', ')} |`,
      `| ${figures.label} | first request of a plan page (compiles its modules) | ${seconds(figures.firstPage)} | | |`,
      row(figures, 'save of a plan → its page from the saved file', figures.edit),
      row(figures, 'save of an impossible date → the page naming it', figures.invalid),
      row(figures, 'save of the fix → the plan page again', figures.fixed),
    ]);
    lines.splice(
      1,
      0,
      `| sample, bare Astro + MDX (no validation, schedules or diagrams) | \`astro dev\` to its first content page (cold, then warm Vite cache) | ${seconds(bare[1])} | | ${bare.map((ms) => (ms / 1000).toFixed(2)).join(', ')} |`,
    );
    return [
      '## Preview loop',
      '',
      `\`kickoff dev\` as an author uses it, timed from outside: a request every ${POLL_MS} ms until the page shows what was saved; ${runs} saves of each kind per content set, schedules cached on disk as in use; load average at the end ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores. Diagrams are drawn in the browser in the preview, so the times include the schedule and the diagram sources, not their drawing. Written by \`npm run bench:preview\`. Targets: ready under 5 s on the sample; a saved plan served under 1 s on the sample and under 2 s at 2,000 pages.`,
      '',
      '| content | from → to | median | slowest | runs (s) |',
      '| --- | --- | ---: | ---: | --- |',
      ...lines,
      '',
    ].join('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, output: { type: 'string' } } });
  const section = await runPreviewBench({ runs: Number(values.runs) });
  const output = values.output ?? path.join(REPO, 'bench-results.md');
  writeSection(output, section);
}
