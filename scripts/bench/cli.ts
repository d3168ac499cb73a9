// Command-line benchmark (not a test): npm run bench:cli [-- --no-build] [-- --runs 5]
//
// Wall time of fresh `kickoff` processes as a user starts them, with the machine's own Node on
// the PATH: the command's script run directly, through `npx`, and through the link a dependent
// project has in node_modules/.bin; `validate` on the sample and on 2,000 files (400 plans)
// with a cold and a warm schedule cache; and a site build after one plan of 200 changed. Writes
// the "Command line" section of bench-results.md (and `npm run bench` includes it).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';
import { writeSection } from './splice-section.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/kickoff.mjs');

interface Timing {
  label: string;
  how: string;
  runs: number[];
  note?: string;
}

/** The machine's PATH without the project's node_modules/.bin: `node` is the system's Node. */
function systemPath(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.includes(`${path.sep}node_modules${path.sep}`))
    .join(path.delimiter);
}

function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: systemPath(), ...extra };
  for (const key of ['KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'NODE_OPTIONS', 'npm_config_prefix']) delete env[key];
  return env;
}

/** Milliseconds of one fresh process; throws when it fails. */
function timeOnce(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; before?: () => void }): number {
  options.before?.();
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function measure(
  label: string,
  how: string,
  runs: number,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; before?: () => void; warmUp?: boolean; note?: string },
): Timing {
  process.stderr.write(`  ▶ ${label} (${how}) …\n`);
  if (options.warmUp !== false) timeOnce(command, args, options);
  const times = Array.from({ length: runs }, () => timeOnce(command, args, options));
  return { label, how, runs: times, note: options.note };
}

const best = (runs: number[]) => Math.min(...runs);
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A project that depends on this package, as npm links it: node_modules/.bin/kickoff → the package's script. */
function dependentProject(work: string): string {
  const project = path.join(work, 'dependent');
  mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(REPO, path.join(project, 'node_modules/kickoff-playbook'));
  symlinkSync('../kickoff-playbook/bin/kickoff.mjs', path.join(project, 'node_modules/.bin/kickoff'));
  cpSync(path.join(REPO, 'content'), path.join(project, 'content'), { recursive: true });
  cpSync(path.join(REPO, 'kickoff.config.json'), path.join(project, 'kickoff.config.json'));
  return project;
}

/** Runs the command-line benchmark and returns its markdown section. */
export function runCliBench(options: { runs?: number; build?: boolean } = {}): string {
  const runs = options.runs ?? 5;
  const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-bench-cli-'));
  const cache = path.join(work, 'schedules');
  const env = baseEnv({ KICKOFF_SCHEDULE_CACHE: cache, KICKOFF_ENTRY_CACHE: path.join(work, 'entries') });
  const nodeVersion = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim();
  const timings: Timing[] = [];
  try {
    const project = dependentProject(work);
    const direct = { cwd: REPO, env };
    for (const [label, args] of [
      ['--help', ['--help']],
      ['validate (sample)', ['validate']],
      ['schedule musterhandel-pim (sample)', ['schedule', 'musterhandel-pim']],
    ] as const) {
      timings.push(measure(label, '`./bin/kickoff.mjs`', runs, BIN, [...args], direct));
      timings.push(
        measure(label, '`node_modules/.bin/kickoff` of a dependent project', runs, path.join(project, 'node_modules/.bin/kickoff'), [...args], {
          cwd: project,
          env,
        }),
      );
      timings.push(measure(label, '`npx kickoff`', runs, 'npx', ['kickoff', ...args], direct));
      timings.push(measure(label, '`node bin/kickoff.mjs` (Node 20 re-runs the pinned Node)', runs, 'node', [BIN, ...args], direct));
    }

    const mix = generateContent({ phases: 400, roles: 400, checklists: 400, risks: 400, plans: 400, tasks: 20 }, { dir: path.join(work, 'mix') });
    const mixArgs = ['validate', '--content', mix.dir];
    const coldCache = path.join(work, 'cold');
    const coldEntries = path.join(work, 'cold-entries');
    timings.push(
      measure(`validate, ${mix.files.toLocaleString('en')} files (400 plans × 20 tasks)`, 'cold schedule and entry caches', runs, BIN, mixArgs, {
        cwd: REPO,
        env: baseEnv({ KICKOFF_SCHEDULE_CACHE: coldCache, KICKOFF_ENTRY_CACHE: coldEntries }),
        before: () => {
          rmSync(coldCache, { recursive: true, force: true });
          rmSync(coldEntries, { recursive: true, force: true });
        },
        warmUp: false,
      }),
    );
    timings.push(
      measure(`validate, ${mix.files.toLocaleString('en')} files (400 plans × 20 tasks)`, 'warm schedule cache, cold entry cache', runs, BIN, mixArgs, {
        cwd: REPO,
        env: baseEnv({ KICKOFF_SCHEDULE_CACHE: cache, KICKOFF_ENTRY_CACHE: coldEntries }),
        before: () => rmSync(coldEntries, { recursive: true, force: true }),
      }),
    );
    timings.push(
      measure(`validate, ${mix.files.toLocaleString('en')} files (400 plans × 20 tasks)`, 'warm schedule and entry caches', runs, BIN, mixArgs, {
        cwd: REPO,
        env,
      }),
    );
    const pages = generateContent({ phases: 500, roles: 500, checklists: 500, risks: 500, plans: 0, tasks: 0 }, { dir: path.join(work, 'pages') });
    timings.push(
      measure(
        `validate, ${pages.files.toLocaleString('en')} files without plans`,
        '`./bin/kickoff.mjs`, warm entry cache',
        runs,
        BIN,
        ['validate', '--content', pages.dir],
        direct,
      ),
    );

    const buildLines = options.build === false ? [] : buildAfterOneChange(work);
    const rows = timings.map(
      (timing) =>
        `| ${timing.label} | ${timing.how} | ${seconds(best(timing.runs))} | ${seconds(median(timing.runs))} | ${timing.runs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} |`,
    );
    return [
      '## Command line',
      '',
      `Fresh processes with the machine's Node (${nodeVersion}) first on the PATH, as a user starts them; ${runs} runs each after one unmeasured run (the warm-up fills V8's compile cache and, where the row says so, the schedule cache); load average at the end ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores. Written by \`npm run bench:cli\`.`,
      '',
      '| command | started through | best | median | runs (s) |',
      '| --- | --- | ---: | ---: | --- |',
      ...rows,
      '',
      ...buildLines,
    ].join('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A build of 200 plans × 50 tasks, then one plan changed and built again: how many plans were scheduled anew. */
function buildAfterOneChange(work: string): string[] {
  process.stderr.write('  ▶ build, 200 plans × 50 tasks, then one plan changed …\n');
  const content = generateContent({ phases: 10, roles: 12, checklists: 8, risks: 15, plans: 200, tasks: 50 }, { dir: path.join(work, 'plans') });
  const cache = path.join(work, 'plan-schedules');
  const env = baseEnv({ KICKOFF_SCHEDULE_CACHE: cache, KICKOFF_PDF: 'off' });
  const build = () => {
    const started = performance.now();
    const result = spawnSync(BIN, ['build', '--content', content.dir, '--out', path.join(work, 'dist')], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
    return performance.now() - started;
  };
  const entries = () => readdirSync(cache).length;
  const first = build();
  const before = entries();
  const planFile = path.join(content.dir, 'plans', readdirSync(path.join(content.dir, 'plans')).sort()[0]);
  writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (changed)'));
  const second = build();
  const added = entries() - before;
  return [
    `Build of 200 plans × 50 tasks (\`KICKOFF_PDF=off\`): ${seconds(first)} with an empty schedule cache (${before} entries written); after changing the title of one plan, ${seconds(second)}, and ${added} new cache entries: that plan's schedule without and with Monte Carlo, the only ones computed.`,
    '',
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' }, output: { type: 'string' } },
  });
  const section = runCliBench({ runs: Number(values.runs), build: !values['no-build'] });
  const output = values.output ?? path.join(REPO, 'bench-results.md');
  writeSection(output, section);
}
