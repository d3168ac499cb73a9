// Site build benchmark (not a test): npm run bench [-- --quick] [-- --profile] [-- --keep] [-- --plans-client-side]
//
// Builds synthetic and sample content in a temporary copy of the project (the repository's dist/
// and caches are never touched), each measurement in a fresh child process, and compares with a
// bare Astro + MDX project over the same content. Progress goes to stderr; the results table to
// stdout and to bench-results.md. See scripts/bench/README.md for what each number means.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config.ts';
import { findChromium } from '../src/render/find-chromium.ts';
import { makeBareProject } from './bench/bare-astro.ts';
import { buildBare, buildKickoff, type BuildResult, type DiagramMode } from './bench/build-runs.ts';
import { runCliBench } from './bench/cli.ts';
import { runPreviewBench } from './bench/preview-loop.ts';
import { keepOtherSections } from './bench/splice-section.ts';
import { formatProfile, summariseProfile } from './bench/cpu-profile.ts';
import { generateContent, pagesSize, type ContentSize } from './bench/generate-content.ts';
import { runMeasured, type Measured } from './bench/measure.ts';
import { pageWeight, templatePages, type PageWeight } from './bench/page-weight.ts';
import { makeProjectCopy } from './bench/project-copy.ts';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`The benchmark needs Node >= 22.12 (found ${process.versions.node}): run it with \`npm run bench\` after \`npm ci\`.`);
  process.exit(1);
}

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'plans-client-side': { type: 'boolean', default: false },
    output: { type: 'string' },
  },
});
const repoRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const quick = flags.quick;

/** Sizes: the full run answers the targets; --quick checks that everything works. */
const SIZES = quick
  ? { plans: { count: 20, tasks: 50 }, pageSeries: [100, 200, 400], barePages: [400], validateRuns: 3, gantt: 8, targetPairs: 1 }
  : { plans: { count: 200, tasks: 50 }, pageSeries: [500, 1000, 2000], barePages: [2000], validateRuns: 3, gantt: 30, targetPairs: 3 };
const TARGET_PAGES = SIZES.pageSeries.at(-1) as number;
/** Base content of the plans data set, about the sample's size. */
const PLAN_BASE = { phases: 10, roles: 12, checklists: 8, risks: 15 };

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 60_000).toFixed(1)} min`;
const progress = (message: string) => process.stderr.write(`[bench ${elapsed()}] ${message}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-bench-'));
const logDir = path.join(work, 'logs');
mkdirSync(logDir, { recursive: true });
const chromium = process.env.KICKOFF_CHROMIUM === 'off' ? undefined : findChromium();
const failures: string[] = [];

// ---------------------------------------------------------------------------------------------
// Set-up: project copy, content
progress(`${quick ? 'quick run' : 'full run'}; work folder ${work}`);
const projectDir = makeProjectCopy(repoRoot, work);
const sampleDir = path.join(work, 'content-sample');
cpSync(path.join(repoRoot, 'content'), sampleDir, { recursive: true });
const countFiles = (dir: string) => readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;

progress('generating content');
const generate = (name: string, size: ContentSize) => {
  const result = generateContent(size, { dir: path.join(work, `content-${name}`) });
  progress(`  ${name}: ${result.files} files, ${(result.bytes / 1024 / 1024).toFixed(1)} MB`);
  return result.dir;
};
const plansDir = generate(`plans-${SIZES.plans.count}x${SIZES.plans.tasks}`, { ...PLAN_BASE, plans: SIZES.plans.count, tasks: SIZES.plans.tasks });
const pageDirs = new Map(SIZES.pageSeries.map((pages) => [pages, generate(`pages-${pages}`, pagesSize(pages))]));
const targetDir = pageDirs.get(TARGET_PAGES) as string;

const nodeRun = (label: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = projectDir) =>
  runMeasured({ label, command: process.execPath, args, cwd, env, logDir });

// ---------------------------------------------------------------------------------------------
// Validate
progress('validate');
interface ValidateResult {
  label: string;
  files: number;
  runs: Measured[];
  errors: number;
  warnings: number;
}
const validate = async (label: string, dir: string, runs: number): Promise<ValidateResult> => {
  const measured: Measured[] = [];
  for (let index = 0; index < runs; index++)
    measured.push(await nodeRun(`validate ${label} #${index + 1}`, ['bin/kickoff.mjs', 'validate', '--lang', 'en', '--content', dir]));
  const summary = /(\d+) error\(s\), (\d+) warning\(s\)/.exec(measured[0].lines.map((line) => line.text).join('\n'));
  const errors = summary ? Number(summary[1]) : Number.NaN;
  if (errors !== 0 || measured.some((run) => run.exitCode !== 0)) failures.push(`validate ${label}: ${errors} error(s), see ${measured[0].logFile}`);
  return { label, files: countFiles(dir), runs: measured, errors, warnings: summary ? Number(summary[2]) : Number.NaN };
};
const validations = [await validate(`${TARGET_PAGES} pages`, targetDir, SIZES.validateRuns), await validate('sample', sampleDir, 1)];

// ---------------------------------------------------------------------------------------------
// Diagram rendering alone
interface DiagramReport {
  label: string;
  run: Measured;
  report?: {
    sources: number;
    unique: number;
    maxChars: number;
    rendered: number;
    cached: number;
    seconds: number;
    firstSeconds?: number;
    prepareSeconds?: number;
    browser: boolean;
    failed: { message: string }[];
    errorSvgs: { message: string; chars: number; head: string }[];
  };
}
const renderDiagrams = async (label: string, args: string[], cache: string): Promise<DiagramReport> => {
  const run = await nodeRun(label, [path.join(repoRoot, 'scripts/bench/render-diagrams.ts'), ...args], { KICKOFF_DIAGRAM_CACHE: cache });
  const json = run.lines.map((line) => line.text).find((text) => text.startsWith('{"sources"'));
  if (run.exitCode !== 0 || !json) failures.push(`${label}: exit ${run.exitCode}, see ${run.logFile}`);
  return { label, run, report: json ? JSON.parse(json) : undefined };
};
const diagramReports: DiagramReport[] = [];
const newCache = (name: string) => {
  const dir = path.join(work, `diagram-cache-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};
if (chromium) {
  progress('diagram rendering alone');
  diagramReports.push(
    await renderDiagrams(`render ${SIZES.gantt} gantt diagrams (50 tasks each), empty cache`, ['--gantt', String(SIZES.gantt)], newCache('gantt')),
  );
} else progress('no Chromium: diagram rendering is not measured, builds draw diagrams client-side');

// ---------------------------------------------------------------------------------------------
// Builds
const builds: BuildResult[] = [];
const bareBuilds = new Map<string, BuildResult>();
const checked = (result: BuildResult) => {
  if (!result.ok) failures.push(`${result.label}: exit ${result.run.exitCode}, see ${result.run.logFile}`);
  return result;
};
const record = (result: BuildResult) => {
  builds.push(result);
  return checked(result);
};
const kickoffBuild = (label: string, contentDir: string, diagrams: DiagramMode, cache: string, nodeArgs?: string[]) =>
  buildKickoff({ label, projectDir, contentDir, diagrams: chromium ? diagrams : 'off', diagramCache: cache, logDir, nodeArgs });
// One bare project per content folder, reused by every build of that content.
const bareProjects = new Map<string, string>();
const bareBuild = async (label: string, contentDir: string, nodeArgs?: string[]) => {
  let dir = bareProjects.get(contentDir);
  if (!dir) bareProjects.set(contentDir, (dir = makeBareProject(repoRoot, contentDir, work)));
  const result = await buildBare({ label, projectDir: dir, logDir, nodeArgs });
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  return result;
};
const ours = async (label: string, contentDir: string, diagrams: DiagramMode, cache: string) => record(await kickoffBuild(label, contentDir, diagrams, cache));
const bare = async (name: string, contentDir: string) => {
  const result = record(await bareBuild(`bare Astro: ${name}`, contentDir));
  bareBuilds.set(name, result);
  return result;
};
const keepDist = (result: BuildResult, name: string) => {
  const target = path.join(work, `dist-${name}`);
  if (existsSync(result.distDir)) cpSync(result.distDir, target, { recursive: true });
  return target;
};

// Sample: cold diagram cache (end to end, diagrams rendered inside the build), then warm.
progress('sample content');
const sampleCache = newCache('sample');
const sampleCold = await ours('sample: kickoff build, cold diagram cache', sampleDir, 'cold', sampleCache);
const sampleWarm = await ours('sample: kickoff build, warm diagram cache', sampleDir, 'warm', sampleCache);
const sampleDist = keepDist(sampleWarm, 'sample-warm');
await bare('sample', sampleDir);

// Plans: two diagrams per plan, pre-rendered alone first (cold), then the build with that warm
// cache. --plans-client-side skips the rendering (about a minute for 200 plans) and builds without
// a browser instead; the diagram cost is then estimated from the gantt rate.
const plansName = `${SIZES.plans.count} plans × ${SIZES.plans.tasks} tasks`;
progress(plansName);
const plansCache = newCache('plans');
let plansMode: DiagramMode = 'off';
if (chromium && !flags['plans-client-side']) {
  const report = await renderDiagrams(`render all diagrams of ${plansName}, empty cache`, ['--content', plansDir], plansCache);
  diagramReports.push(report);
  if (report.report && report.report.failed.length === 0) plansMode = 'warm';
}
const plansBuild = await ours(
  `${plansName}: kickoff build, ${plansMode === 'warm' ? 'warm diagram cache' : 'KICKOFF_CHROMIUM=off'}`,
  plansDir,
  plansMode,
  plansCache,
);
await bare(plansName, plansDir);

// Page series: the growth of build time, and the target size against bare Astro.
const seriesBuilds = new Map<number, BuildResult>();
let targetMode: DiagramMode = 'warm';
let targetCache = '';
for (const pages of SIZES.pageSeries) {
  progress(`${pages} content pages`);
  const dir = pageDirs.get(pages) as string;
  const cache = newCache(`pages-${pages}`);
  let mode: DiagramMode = 'warm';
  if (chromium) {
    const report = await renderDiagrams(`render all diagrams of ${pages} content pages, empty cache`, ['--content', dir], cache);
    diagramReports.push(report);
    // A diagram that failed would be retried (and fail) inside the build: build without a browser then.
    if (!report.report || report.report.failed.length > 0) mode = 'off';
  }
  seriesBuilds.set(
    pages,
    await ours(`${pages} content pages: kickoff build, ${mode === 'warm' ? 'warm diagram cache' : 'KICKOFF_CHROMIUM=off'}`, dir, mode, cache),
  );
  if (SIZES.barePages.includes(pages)) await bare(`${pages} content pages`, dir);
  if (pages === TARGET_PAGES) [targetMode, targetCache] = [mode, cache];
}

// The target ratio from several pairs, each ours then bare back to back: on a shared machine the
// speed drifts by a fifth within minutes, which a single pair cannot tell from our overhead.
const targetPairs: { ours: BuildResult; bare: BuildResult }[] = [];
{
  const first = { ours: seriesBuilds.get(TARGET_PAGES), bare: bareBuilds.get(`${TARGET_PAGES} content pages`) };
  if (first.ours && first.bare) targetPairs.push({ ours: first.ours, bare: first.bare });
  for (let pair = 2; pair <= SIZES.targetPairs; pair++) {
    progress(`${TARGET_PAGES} content pages against bare Astro, pair ${pair} of ${SIZES.targetPairs}`);
    const label = `${TARGET_PAGES} content pages, pair ${pair}`;
    const again = checked(await kickoffBuild(`${label}: kickoff build`, targetDir, targetMode, targetCache));
    const bareAgain = checked(await bareBuild(`${label}: bare Astro`, targetDir));
    targetPairs.push({ ours: again, bare: bareAgain });
  }
}

// ---------------------------------------------------------------------------------------------
// Page weight of the sample site (diagrams pre-rendered when a browser was there)
progress('page weight');
const samplePlans = existsSync(path.join(sampleDist, 'plaene'))
  ? readdirSync(path.join(sampleDist, 'plaene'))
      .filter((name) => existsSync(path.join(sampleDist, 'plaene', name, 'index.html')))
      .sort()
  : [];
const base = loadConfig(projectDir).base;
const weights: { template: string; weight: PageWeight }[] = existsSync(sampleDist)
  ? templatePages(sampleDist, samplePlans).map(({ template, page }) => ({ template, weight: pageWeight(sampleDist, page, base) }))
  : [];

// ---------------------------------------------------------------------------------------------
// Optional CPU profiles of the target-size build and its baseline
let profileText = '';
if (flags.profile) {
  progress('CPU profiles (--profile)');
  const profileDir = path.join(work, 'profiles');
  const profile = async (name: string, build: (nodeArgs: string[]) => Promise<BuildResult>) => {
    const dir = path.join(profileDir, name);
    mkdirSync(dir, { recursive: true });
    const result = await build(['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.cpuprofile'))
      .map((file) => path.join(dir, file));
    // The main thread's profile is the largest; workers (if any) write their own.
    const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
    return { result, main, text: main ? formatProfile(summariseProfile(main, { top: 25 }), 25) : '(no profile written)' };
  };
  const oursProfile = await profile('kickoff', (nodeArgs) =>
    kickoffBuild(`profile: kickoff build, ${TARGET_PAGES} pages`, targetDir, targetMode, targetCache, nodeArgs),
  );
  const bareProfile = await profile('bare', (nodeArgs) => bareBuild(`profile: bare Astro, ${TARGET_PAGES} pages`, targetDir, nodeArgs));
  profileText = [
    `### CPU profile: kickoff build, ${TARGET_PAGES} content pages (${oursProfile.main ? path.relative(work, oursProfile.main) : 'none'})`,
    '',
    oursProfile.text,
    '',
    `### CPU profile: bare Astro, ${TARGET_PAGES} content pages`,
    '',
    bareProfile.text,
  ].join('\n');
  if (flags.keep) progress(`profiles kept in ${profileDir}`);
}

// ---------------------------------------------------------------------------------------------
// Report
const s = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (kb: number | undefined) => (kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} MB`);
const kbytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const peakKb = (run: Measured) => Math.max(run.maxRssKb ?? 0, run.treePeakKb ?? 0) || undefined;
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const yes = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? '**yes**' : '**NO**');
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? a / b : undefined);
const fx = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);

const git = (args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const commit = git(['rev-parse', '--short', 'HEAD']);
const dirty = git(['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json']).split('\n').filter(Boolean).length;
const loads = [...builds.map((build) => build.run), ...validations.flatMap((v) => v.runs)].flatMap((run) => run.load);
const version = (name: string) => {
  try {
    // Read the file directly: packages with an `exports` map may not export package.json.
    return (
      JSON.parse(readFileSync(path.join(path.dirname(require.resolve(`${name}/package.json`, { paths: [repoRoot] })), 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    try {
      return (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  }
};
// Other work on the machine inflates wall times; then the verdicts use CPU time (user + system).
// The evidence: the same bare build, repeated, took noticeably different times (our own builds
// raise the load average too, so that alone only decides when there are no repeats, in --quick).
const bareTimes = targetPairs.map((pair) => pair.bare.run.wallMs);
const drift = bareTimes.length > 1 ? Math.max(...bareTimes) / Math.min(...bareTimes) - 1 : undefined;
const busy = drift !== undefined ? drift > 0.1 : loads.length > 0 && Math.max(...loads) > os.cpus().length * 1.25;

const lines: string[] = [];
const out = (...text: string[]) => lines.push(...text);
out(
  `# Site build benchmark${quick ? ' (--quick: smaller sizes, targets shown for information)' : ''}`,
  '',
  `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? '?'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.versions.node}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, mermaid ${version('mermaid')}, pagefind ${version('pagefind')}; ` +
    `Chromium: ${chromium ?? 'none (diagrams client-side)'}; commit ${commit || '?'}${dirty ? ` with ${dirty} uncommitted change(s) in src/config` : ''}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; total ${elapsed()}.`,
  '',
  `Load average (1 min) during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores` +
    (drift !== undefined
      ? `; the same bare build of ${TARGET_PAGES} pages took ${s(Math.min(...bareTimes))}–${s(Math.max(...bareTimes))} (${(drift * 100).toFixed(0)} % apart)`
      : '') +
    (busy
      ? ' — **the machine was busy with other work: wall times are inflated and noisy, so the verdicts below use CPU time (user + system of the process tree), which other work disturbs much less. Both are shown.**'
      : '.'),
  '',
);

// Targets
const targetBuild = seriesBuilds.get(TARGET_PAGES);
const targetBare = bareBuilds.get(`${TARGET_PAGES} content pages`);
const pairRatios = targetPairs.map((pair) => ({
  wall: ratio(pair.ours.run.wallMs, pair.bare.run.wallMs),
  cpu: ratio(pair.ours.run.cpuMs, pair.bare.run.cpuMs),
}));
const medianOf = (values: (number | undefined)[]) =>
  values.every((value) => value !== undefined) && values.length > 0 ? median(values as number[]) : undefined;
const buildRatio = medianOf(pairRatios.map((pair) => pair.wall));
const buildCpuRatio = medianOf(pairRatios.map((pair) => pair.cpu));
const validateTarget = validations[0];
const validateMs = median(validateTarget.runs.map((run) => run.wallMs));
const validateCpuMs = median(validateTarget.runs.map((run) => run.cpuMs ?? Number.NaN));
const validateVerdict = busy && !Number.isNaN(validateCpuMs) ? validateCpuMs : validateMs;
// Issue 15: with binders and arrows, the build of the target pages (PDFs off) is no slower than bare Astro.
const BUILD_TARGET_RATIO = 1.0;
const buildVerdict = busy && buildCpuRatio !== undefined ? buildCpuRatio : buildRatio;
const pairSummary =
  targetPairs.length > 1
    ? `median of ${targetPairs.length} pairs: ${fx(buildRatio)} wall, ${fx(buildCpuRatio)} CPU (pairs, wall / CPU: ${targetPairs.map((pair, index) => `${s(pair.ours.run.wallMs)} vs ${s(pair.bare.run.wallMs)} = ${fx(pairRatios[index].wall)} / ${fx(pairRatios[index].cpu)}`).join('; ')})`
    : `${fx(buildRatio)} wall (${s(targetBuild?.run.wallMs)} vs ${s(targetBare?.run.wallMs)}); ${fx(buildCpuRatio)} CPU (${s(targetBuild?.run.cpuMs)} vs ${s(targetBare?.run.cpuMs)})`;
const readingTemplates = weights.filter(({ template }) => !template.startsWith('print'));
const maxReadingJs = readingTemplates.reduce<{ template: string; gzip: number } | undefined>((max, { template, weight }) => {
  const gzip = weight.js.gzip + weight.inlineJs.gzip;
  return !max || gzip > max.gzip ? { template, gzip } : max;
}, undefined);
const planWeights = weights.filter(({ template }) => template.startsWith('plan ('));
const planMermaid = planWeights.map(({ template, weight }) => ({
  template,
  svg: weight.diagrams.svg,
  clientSide: weight.diagrams.clientSide,
  mermaid: [...weight.mermaid.startup, ...weight.mermaid.onDemand],
}));
const planMermaidOk = chromium && planWeights.length > 0 ? planMermaid.every((plan) => plan.mermaid.length === 0 && plan.clientSide === 0) : undefined;
// Memory is judged on the worst of the target-size builds (the first and the repeats of the pairs).
const targetKickoffBuilds = targetPairs.length > 0 ? targetPairs.map((pair) => pair.ours) : targetBuild ? [targetBuild] : [];
const memoryBuild = targetKickoffBuilds.reduce<BuildResult | undefined>(
  (worst, build) => (!worst || (peakKb(build.run) ?? 0) > (peakKb(worst.run) ?? 0) ? build : worst),
  undefined,
);
const targetPeak = memoryBuild ? peakKb(memoryBuild.run) : undefined;
const under2Gb = (kb: number | undefined) => (kb === undefined ? undefined : kb < 2 * 1024 * 1024);
// The verdict counts the whole tree (what the machine must have); the largest process alone is shown too.
const memoryVerdict =
  targetPeak === undefined
    ? 'not measured'
    : under2Gb(memoryBuild?.run.maxRssKb) === under2Gb(targetPeak)
      ? yes(under2Gb(targetPeak))
      : `${yes(under2Gb(targetPeak))} for the process tree (the largest process alone: ${under2Gb(memoryBuild?.run.maxRssKb) ? 'yes' : 'no'})`;
const parts = (run: Measured | undefined) =>
  run?.treePeakParts
    ? Object.entries(run.treePeakParts)
        .sort((a, b) => b[1] - a[1])
        .filter(([, kb]) => kb > 10 * 1024)
        .map(([name, kb]) => `${name} ${mb(kb)}`)
        .join(', ')
    : '';
const series = SIZES.pageSeries.map((pages) => ({ pages, build: seriesBuilds.get(pages) })).filter((entry) => entry.build?.ok);
const marginals = series
  .slice(1)
  .map((entry, index) => ((entry.build as BuildResult).run.wallMs - (series[index].build as BuildResult).run.wallMs) / (entry.pages - series[index].pages));
const cpuMarginals = series
  .slice(1)
  .map(
    (entry, index) =>
      (((entry.build as BuildResult).run.cpuMs ?? 0) - ((series[index].build as BuildResult).run.cpuMs ?? 0)) / (entry.pages - series[index].pages),
  );
// Linear: the growth exponent between the two largest sizes, k = log(t2 / t1) / log(n2 / n1), is at
// most 1.1 (k = 1: time proportional to pages; fixed costs make it smaller; 2 would be quadratic).
// Unlike the cost per added page, this does not swing with a second or two of noise at the
// smallest size.
const exponent = (time: (build: BuildResult) => number | undefined) => {
  if (series.length < 2) return undefined;
  const [a, b] = series.slice(-2) as { pages: number; build: BuildResult }[];
  const ta = time(a.build);
  const tb = time(b.build);
  return ta && tb ? Math.log(tb / ta) / Math.log(b.pages / a.pages) : undefined;
};
const wallExponent = exponent((build) => build.run.wallMs);
const cpuExponent = exponent((build) => build.run.cpuMs);
const htmlExponent = exponent((build) => build.htmlBytes);
const wallLinear = wallExponent === undefined ? undefined : wallExponent <= 1.1;
const cpuLinear = cpuExponent === undefined ? undefined : cpuExponent <= 1.1;
const linear = busy && cpuLinear !== undefined ? cpuLinear : wallLinear;
const basis = busy ? ' (verdict on CPU)' : '';

out(
  '## Targets',
  '',
  '| target | measured | met |',
  '| --- | --- | --- |',
  `| build ≤ ${BUILD_TARGET_RATIO.toFixed(2)}× bare Astro + MDX (${TARGET_PAGES} content pages, ${chromium ? 'warm diagram cache' : 'no browser'}, PDFs off, search index included) | ${pairSummary} | ${yes(buildVerdict === undefined ? undefined : buildVerdict <= BUILD_TARGET_RATIO)}${basis} |`,
  `| \`kickoff validate\` on ${validateTarget.files.toLocaleString('en')} files < 3 s | ${s(validateMs)} wall, ${s(validateCpuMs)} CPU (median of ${validateTarget.runs.length}; wall ${validateTarget.runs.map((run) => s(run.wallMs)).join(', ')}) | ${yes(validateVerdict < 3000)}${basis}${validateTarget.files < 2000 ? ' (fewer files than the target)' : ''} |`,
  `| reading pages ≤ 20 KB JS (gzip) before search opens | largest: ${maxReadingJs ? `${kbytes(maxReadingJs.gzip)} (${maxReadingJs.template})` : '–'} | ${yes(maxReadingJs ? maxReadingJs.gzip <= 20 * 1024 : undefined)} |`,
  `| plan pages with pre-rendered SVG ship no mermaid | ${planMermaid.map((plan) => `${plan.template}: ${plan.svg} SVG, ${plan.clientSide} client-side${plan.mermaid.length ? `, mermaid reachable (${plan.mermaid.length} file(s), via ${plan.mermaid[0]})` : ', no mermaid chunk referenced'}`).join('; ') || '–'} | ${yes(planMermaidOk)} |`,
  `| peak memory < 2 GB at ${TARGET_PAGES} content pages | highest of ${targetKickoffBuilds.length} build(s): largest process ${mb(memoryBuild?.run.maxRssKb)}; whole process tree ${mb(memoryBuild?.run.treePeakKb)}${parts(memoryBuild?.run) ? ` (${parts(memoryBuild?.run)}, at the same moment)` : ''} | ${memoryVerdict} |`,
  `| build time linear in pages | growth exponent ${SIZES.pageSeries.at(-2)} → ${SIZES.pageSeries.at(-1)} pages: ${wallExponent?.toFixed(2) ?? '–'} wall, ${cpuExponent?.toFixed(2) ?? '–'} CPU (1 = proportional; linear = ≤ 1.1); per added page ${marginals.map((value) => `${value.toFixed(1)} ms`).join(' → ')} wall, ${cpuMarginals.map((value) => `${value.toFixed(1)} ms`).join(' → ')} CPU; HTML output exponent ${htmlExponent?.toFixed(2) ?? '–'}${htmlExponent !== undefined && htmlExponent > 1.1 ? ' (**HTML grows faster than the pages**)' : ''} | ${yes(linear)}${basis}${quick ? ' (few pages: fixed costs dominate)' : ''} |`,
  '',
);

// Builds
const phaseCell = (build: BuildResult) =>
  (['validate', 'config', 'sync', 'diagrams', 'bundle', 'prerender', 'search', 'rest'] as const)
    .filter((phase) => build.phases[phase] !== undefined)
    .map((phase) => `${phase} ${s(build.phases[phase])}`)
    .join(' · ');
const diagramCell = (build: BuildResult) => {
  if (build.kind === 'bare') return 'none';
  if (build.diagrams === 'off') return 'client-side (KICKOFF_CHROMIUM=off)';
  const line = build.diagramLine;
  return line ? `${build.diagrams}: ${line.rendered} rendered in ${line.seconds.toFixed(1)} s, ${line.cached} cached` : (build.diagrams ?? '');
};
const bareFor = (build: BuildResult) => {
  if (build.kind === 'bare') return undefined;
  const name = build.label.split(':')[0];
  return bareBuilds.get(name);
};
out(
  '## Builds',
  '',
  'Each build runs in a fresh child process in a temporary copy of the project, with empty Astro/Vite caches and `KICKOFF_PDF=off`. ' +
    "Phases from the arrival times of the log lines (Astro at debug level): validate = `kickoff` reading and checking the content; config = Astro start, config, integrations' config hooks; sync = content layer and types; diagrams = kickoff's `astro:build:start` hook (diagram sources, cache look-up, rendering when cold); bundle = Vite/rolldown compiling pages and MDX; prerender = rendering every route to HTML; search = pagefind. CPU = user + system time of the process tree.",
  '',
  '| build | HTML pages (routes) | HTML size | diagrams | wall | CPU | peak RSS (largest process / tree) | phases | vs. bare Astro (wall / CPU) |',
  '| --- | ---: | ---: | --- | ---: | ---: | --- | --- | --- |',
);
for (const build of builds) {
  const baseline = bareFor(build);
  out(
    `| ${build.label}${build.ok ? '' : ' **FAILED**'} | ${build.htmlPages.toLocaleString('en')}${build.routes !== undefined ? ` (${build.routes.toLocaleString('en')})` : ''} | ${(build.htmlBytes / 1024 / 1024).toFixed(1)} MB | ${diagramCell(build)} | ${s(build.run.wallMs)} | ${s(build.run.cpuMs)} | ${mb(build.run.maxRssKb)} / ${mb(build.run.treePeakKb)} | ${phaseCell(build)} | ${baseline ? `${fx(ratio(build.run.wallMs, baseline.run.wallMs))} / ${fx(ratio(build.run.cpuMs, baseline.run.cpuMs))}` : ''} |`,
  );
}
out('');

// Diagram rendering
out('## Diagram rendering', '', 'Through `renderMermaidSources` (one headless Chromium, empty `KICKOFF_DIAGRAM_CACHE`), each in its own child process.', '');
if (diagramReports.length === 0) out('Not measured: no Chromium (set KICKOFF_CHROMIUM or install chromium).', '');
else {
  out('| what | diagrams | largest source | time | diagrams per second | notes |', '| --- | ---: | ---: | ---: | --- | --- |');
  let perDiagram: number | undefined;
  for (const { label, run, report } of diagramReports) {
    if (!report) {
      out(`| ${label} | – | – | ${s(run.wallMs)} | – | failed, see ${run.logFile} |`);
      continue;
    }
    const endToEnd = report.rendered > 0 ? report.rendered / report.seconds : undefined;
    // --gantt: one call with 1 diagram (launch + first render), one with N (launch + N renders):
    // their difference is N − 1 renders without the launch.
    const steady =
      report.firstSeconds !== undefined && report.rendered > 1 && report.seconds > report.firstSeconds
        ? (report.rendered - 1) / (report.seconds - report.firstSeconds)
        : undefined;
    if (steady) perDiagram = 1 / steady;
    const rates = [endToEnd ? `${endToEnd.toFixed(2)} end to end` : '–', steady ? `${steady.toFixed(2)} after launch` : ''].filter(Boolean).join('; ');
    if (report.sources === 0) {
      out(
        `| ${label} | 0 | – | – | – | no diagram in this content${report.prepareSeconds !== undefined ? ` (reading + scheduling ${report.prepareSeconds.toFixed(1)} s)` : ''} |`,
      );
      continue;
    }
    const notes = [
      report.firstSeconds !== undefined ? `browser launch + first diagram ${report.firstSeconds.toFixed(1)} s (a separate call)` : '',
      report.prepareSeconds !== undefined ? `reading content + scheduling (Monte Carlo) ${report.prepareSeconds.toFixed(1)} s before rendering` : '',
      report.failed.length ? `**${report.failed.length} failed**: ${report.failed[0].message}` : '',
      report.errorSvgs.length
        ? `**${report.errorSvgs.length} drawn as an error box by mermaid: „${report.errorSvgs[0].message}“ (${report.errorSvgs[0].head}…, ${report.errorSvgs[0].chars.toLocaleString('en')} characters; mermaid's limit is 50,000)**`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    out(`| ${label} | ${report.rendered} | ${report.maxChars.toLocaleString('en')} chars | ${report.seconds.toFixed(1)} s | ${rates} | ${notes} |`);
  }
  const cold = sampleCold.diagramLine;
  out(
    '',
    `Sample site end to end: cold diagram cache ${s(sampleCold.run.wallMs)} (${cold ? `${cold.rendered} diagrams rendered in ${cold.seconds.toFixed(1)} s inside the build` : 'no diagram line'}), warm cache ${s(sampleWarm.run.wallMs)}.`,
  );
  if (plansMode === 'off' && perDiagram) {
    const count = 2 * SIZES.plans.count + 1;
    out(
      '',
      `${plansName} was built without a browser; pre-rendering its ${count} diagrams (gantt + milestone timeline per plan, one flowchart) would add about ${s(count * perDiagram * 1000)} at the rate above (run without \`--plans-client-side\` to measure it).`,
    );
  }
  out('');
}

// Validate
out(
  '## Validate',
  '',
  '`node bin/kickoff.mjs validate --content DIR`, each run a fresh process (Node start and module loading included).',
  '',
  '| content | files | wall | CPU | peak RSS | findings |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
);
for (const v of validations) {
  const of = v.runs.length > 1 ? ` (median of ${v.runs.length})` : '';
  out(
    `| ${v.label} | ${v.files.toLocaleString('en')} | ${s(median(v.runs.map((run) => run.wallMs)))}${of} | ${s(median(v.runs.map((run) => run.cpuMs ?? Number.NaN)))} | ${mb(peakKb(v.runs[0]))} | ${v.errors} error(s), ${v.warnings} warning(s) |`,
  );
}
out('');

// Growth
out(
  '## Build time growth',
  '',
  `Content split evenly into phases, roles, checklists and risks; warm diagram cache. Marginal = extra time per extra page against the previous size. Growth exponent k between consecutive sizes: t₂/t₁ = (n₂/n₁)^k.`,
  '',
  '| content pages | HTML pages | HTML size | wall | wall per content page | marginal wall per page | CPU per content page | marginal CPU per page | exponent vs previous (wall / CPU / HTML) | bundle per page | prerender per page | peak RSS |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const [index, { pages, build }] of series.entries()) {
  const b = build as BuildResult;
  const per = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / pages).toFixed(0)} ms`);
  const previous = index > 0 ? series[index - 1] : undefined;
  const k = (now: number | undefined, before: number | undefined) =>
    previous && now && before ? (Math.log(now / before) / Math.log(pages / previous.pages)).toFixed(2) : '–';
  const prev = previous?.build as BuildResult | undefined;
  const exponents = prev ? `${k(b.run.wallMs, prev.run.wallMs)} / ${k(b.run.cpuMs, prev.run.cpuMs)} / ${k(b.htmlBytes, prev.htmlBytes)}` : '–';
  out(
    `| ${pages.toLocaleString('en')} | ${b.htmlPages.toLocaleString('en')} | ${(b.htmlBytes / 1024 / 1024).toFixed(1)} MB | ${s(b.run.wallMs)} | ${per(b.run.wallMs)} | ${index > 0 ? `${marginals[index - 1].toFixed(0)} ms` : '–'} | ${per(b.run.cpuMs)} | ${index > 0 ? `${cpuMarginals[index - 1].toFixed(0)} ms` : '–'} | ${exponents} | ${per(b.phases.bundle)} | ${per(b.phases.prerender)} | ${mb(peakKb(b.run))} |`,
  );
}
out('');

// Page weight
out(
  '## Page weight (sample site)',
  '',
  `Built with ${chromium ? 'diagrams pre-rendered to SVG (warm cache)' : 'no browser (diagrams client-side)'}. JS = module scripts the page loads without interaction (\`<script src>\`, modulepreload, their static imports) plus inline scripts; "on demand" = files reachable only through dynamic \`import()\` (mermaid's lazy chunks; the pagefind search bundle is loaded from a run-time URL and not counted). Sizes per file, gzip level 9.`,
  '',
  '| template | page | HTML raw / gzip | CSS raw / gzip | JS start-up raw / gzip | of it inline | on demand (gzip) | diagrams SVG / client-side | mermaid |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
);
for (const { template, weight } of weights) {
  const js = { raw: weight.js.raw + weight.inlineJs.raw, gzip: weight.js.gzip + weight.inlineJs.gzip };
  const mermaid =
    weight.mermaid.startup.length + weight.mermaid.onDemand.length === 0
      ? 'none'
      : `${weight.mermaid.startup.length} at start-up (${weight.mermaid.startup.map((file) => path.basename(file)).join(', ')}), ${weight.mermaid.onDemand.length} on demand`;
  out(
    `| ${template} | ${weight.page} | ${kbytes(weight.html.raw)} / ${kbytes(weight.html.gzip)} | ${kbytes(weight.css.raw)} / ${kbytes(weight.css.gzip)} | ${kbytes(js.raw)} / ${kbytes(js.gzip)} | ${kbytes(weight.inlineJs.gzip)} | ${weight.onDemand.files.length ? `${kbytes(weight.onDemand.gzip)} (${weight.onDemand.files.length} files)` : '–'} | ${weight.diagrams.svg} / ${weight.diagrams.clientSide} | ${mermaid} |`,
  );
}
out('');

// Slowest routes
const slowBuild = targetBuild ?? plansBuild;
if (slowBuild?.slowestRoutes.length) {
  out(
    `## Slowest routes (${slowBuild.label})`,
    '',
    `Sum of Astro's per-route times: ${s(slowBuild.prerenderSumMs)}.`,
    '',
    '| route | render time |',
    '| --- | ---: |',
  );
  for (const route of slowBuild.slowestRoutes) out(`| ${route.route} | ${route.ms.toLocaleString('en')} ms |`);
  const plansRoutes = plansBuild.slowestRoutes;
  if (slowBuild !== plansBuild && plansRoutes.length) {
    out(
      '',
      `${plansBuild.label}: sum ${s(plansBuild.prerenderSumMs)}; slowest ${plansRoutes
        .slice(0, 3)
        .map((route) => `${route.route} ${route.ms} ms`)
        .join(', ')}.`,
    );
  }
  out('');
}

progress('command line');
out(runCliBench({ runs: quick ? 3 : 5, build: !quick }), '');
progress('preview loop');
out(await runPreviewBench({ runs: quick ? 2 : 5 }), '');
if (profileText) out('## CPU profiles', '', profileText, '');
if (failures.length) out('## Failures', '', ...failures.map((failure) => `- ${failure}`), '');

const markdown = `${lines.join('\n')}\n`;
process.stdout.write(markdown);
const outputFile = path.resolve(repoRoot, flags.output ?? 'bench-results.md');
writeFileSync(outputFile, keepOtherSections(existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : '', markdown));
progress(`results written to ${path.relative(process.cwd(), outputFile) || outputFile}`);
// A temporary folder: said on the terminal, never written into the results.
progress(`logs of every run: ${logDir}${flags.keep ? '' : ' (the rest of the work folder is removed)'}`);

if (!flags.keep) {
  for (const name of readdirSync(work)) if (name !== 'logs') rmSync(path.join(work, name), { recursive: true, force: true });
}
process.exitCode = failures.length > 0 ? 1 : 0;
