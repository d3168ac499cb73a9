// Instruction-count benchmark (not a test): npm run bench:instructions [-- --runs 1] [-- --output FILE]
//
// Counts the machine instructions a `kickoff` command executes under valgrind's callgrind, all of
// its threads together. Wall time on a two-core machine that others share varies by half and more
// from one run to the next; the count of instructions hardly depends on what else the machine
// does (a few per cent from run to run: V8's collector and compiler work on timers and threads),
// so it is what an optimisation is compared by here (before and after, same inputs, several
// runs). It is not a wall time: the seconds targets are judged by `npm run bench:cli` on a quiet
// machine. See scripts/bench/README.md for what the count leaves out.
// Writes the "Instructions" section of bench-results.md. Needs valgrind (Debian package).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';
import { writeSection } from './splice-section.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/kickoff.mjs');

interface Count {
  label: string;
  caches: string;
  /** Instructions of each run, in the order run. */
  runs: number[];
}

/** The total of `I refs` valgrind prints at the end, or undefined when it printed none. */
export function instructionTotal(valgrindOutput: string): number | undefined {
  const match = /I\s+refs:\s+([\d,]+)/.exec(valgrindOutput);
  return match ? Number(match[1].replaceAll(',', '')) : undefined;
}

function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Instructions of one run of `args` with the pinned Node, the caches as `env` names them. */
function countOnce(args: string[], env: NodeJS.ProcessEnv, work: string): number {
  const result = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--cache-sim=no', '--dump-instr=no', `--callgrind-out-file=${path.join(work, 'callgrind.out.%p')}`, process.execPath, BIN, ...args],
    { cwd: REPO, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  const total = instructionTotal(result.stderr);
  if (total === undefined) throw new Error(`valgrind ${args.join(' ')} gave no instruction count (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  return total;
}

function baseEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'NODE_OPTIONS', 'KICKOFF_THREADS']) delete env[key];
  return env;
}

const billions = (count: number) => `${(count / 1e9).toFixed(2)} G`;

/** Runs the benchmark and returns its markdown section. */
function runInstructionBench(options: { runs?: number } = {}): string {
  const runs = options.runs ?? 1;
  const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-bench-instructions-'));
  const counts: Count[] = [];
  try {
    const mix = generateContent({ phases: 400, roles: 400, checklists: 400, risks: 400, plans: 400, tasks: 20 }, { dir: path.join(work, 'mix') });
    const schedules = path.join(work, 'schedules');
    const entries = path.join(work, 'entries');
    const env = baseEnv({ KICKOFF_SCHEDULE_CACHE: schedules, KICKOFF_ENTRY_CACHE: entries });
    const empty = () => {
      rmSync(schedules, { recursive: true, force: true });
      rmSync(entries, { recursive: true, force: true });
    };
    const measure = (label: string, caches: string, args: string[], before: () => void) => {
      process.stderr.write(`  ▶ ${label} (${caches}) …\n`);
      const counted = Array.from({ length: runs }, () => {
        before();
        return countOnce(args, env, work);
      });
      counts.push({ label, caches, runs: counted });
    };
    measure('--help', '–', ['--help'], () => {});
    // Fills the caches the sample's warm row reads, at full speed.
    spawnSync(process.execPath, [BIN, 'validate'], { cwd: REPO, env, stdio: 'ignore' });
    measure('validate (sample)', 'warm', ['validate'], () => {});
    const mixLabel = `validate, ${mix.files.toLocaleString('en')} files (400 plans × 20 tasks)`;
    measure(mixLabel, 'cold schedule and entry caches', ['validate', '--content', mix.dir], empty);
    measure(mixLabel, 'warm schedule and entry caches', ['validate', '--content', mix.dir], () => {});
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim();
  return [
    '## Instructions',
    '',
    `Machine instructions of a fresh \`kickoff\` process under valgrind's callgrind (all threads, Node ${process.version}), commit ${commit || '?'}, ${new Date().toISOString().slice(0, 10)}; ${runs} run(s) each. Not seconds: a count that other work on the machine hardly changes (a few per cent from run to run), for comparing a change with what was there before; SHA-256 is counted without the CPU's SHA instructions. Written by \`npm run bench:instructions\`.`,
    '',
    '| command | caches | instructions | runs |',
    '| --- | --- | ---: | --- |',
    ...counts.map((count) => `| ${count.label} | ${count.caches} | ${billions(Math.min(...count.runs))} | ${count.runs.map(billions).join(', ')} |`),
    '',
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, output: { type: 'string' } } });
  if (!hasValgrind()) {
    process.stderr.write('bench:instructions needs valgrind (apt-get install valgrind)\n');
    process.exit(1);
  }
  const section = runInstructionBench({ runs: Number(values.runs) });
  const output = values.output ?? path.join(REPO, 'bench-results.md');
  writeSection(output, section);
}
