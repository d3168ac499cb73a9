// Mutation testing of src/lib with StrykerJS (stryker.config.json), one folder at a time:
//
//   npm run test:mutation                        every folder of src/lib, one after the other
//   npm run test:mutation -- schedule validate   these folders (`lib` = the files directly in src/lib)
//   npm run test:mutation -- --changed           CI: only the src/lib files changed since the base commit
//   npm run test:mutation -- --scores            the score of every folder from its committed report (runs nothing)
//
// Each folder keeps its own incremental file and report in reports/mutation/FOLDER/
// (stryker-incremental.json, mutation.json, and mutation.html, which is not committed). Stryker
// writes an incremental file holding only the files of the run that wrote it, so one file for all
// of src/lib would lose the other folders whenever a single folder is run; a file per folder
// never does. With the committed files a rerun tests only the mutants whose code or covering
// tests changed.
//
// --changed compares HEAD with MUTATION_BASE, else with its merge base with origin/main or main,
// else with HEAD~1; a clone without that history (a shallow clone) skips the step and says so.
// It mutates the changed files only, with a copy of their folder's incremental file (the
// committed one is left as it is), fails when a folder's changed files score below 75 % (the
// issue's bar for src/lib outside schedule and validate), and gives up with a message, without
// failing, after MUTATION_BUDGET_MINUTES (10 by default): a change to a file no run has measured
// yet can mean hundreds of mutants.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const baseConfig = JSON.parse(readFileSync(path.join(root, 'stryker.config.json'), 'utf8')) as Record<string, unknown>;
const CI_BREAK = 75;

/** The folder of src/lib a file belongs to; `lib` for the files directly in src/lib. */
function folderOf(file: string): string {
  const parts = path.relative('src/lib', file).split(path.sep);
  return parts.length > 1 ? parts[0] : 'lib';
}

function globOf(folder: string): string {
  return folder === 'lib' ? 'src/lib/*.ts' : `src/lib/${folder}/**/*.ts`;
}

function folders(): string[] {
  const names = readdirSync(path.join(root, 'src/lib')).filter((name) => statSync(path.join(root, 'src/lib', name)).isDirectory());
  return ['lib', ...names.sort()];
}

function git(...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Runs Stryker with stryker.config.json and `overrides`; its exit status (or the signal that ended it) and the time it took. */
async function runStryker(
  overrides: Record<string, unknown>,
  timeoutMinutes?: number,
): Promise<{ status: number | null; signal: string | null; seconds: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kickoff-stryker-'));
  const config = path.join(dir, 'stryker.config.json');
  writeFileSync(config, JSON.stringify({ ...baseConfig, $schema: undefined, ...overrides }, null, 2));
  const started = Date.now();
  // Stryker leads a process group of its own, and the budget ends the whole group: Stryker alone,
  // given SIGTERM, saves its partial results but may leave a test runner it was just starting.
  const child = spawn(process.execPath, [stryker, 'run', config], { cwd: root, stdio: 'inherit', detached: true });
  let stopped = false;
  const timer =
    timeoutMinutes === undefined
      ? undefined
      : setTimeout(() => {
          stopped = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
        }, timeoutMinutes * 60_000);
  const [status, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  rmSync(dir, { recursive: true, force: true });
  return { status, signal: stopped ? (signal ?? 'SIGTERM') : signal, seconds: Math.round((Date.now() - started) / 1000) };
}

interface Counts {
  detected: number;
  undetected: number;
}

/**
 * Killed and timed-out mutants against survivors and mutants without coverage, as Stryker scores
 * them, in `files` only: the report also carries the incremental file's results of other files.
 */
function countsOf(reportFile: string, files: readonly string[]): Counts {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { files: Record<string, { mutants: { status: string }[] }> };
  const counts = { detected: 0, undetected: 0 };
  for (const [name, file] of Object.entries(report.files)) {
    if (!files.includes(name)) continue;
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') counts.detected++;
      else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') counts.undetected++;
    }
  }
  return counts;
}

async function runFolders(names: string[]): Promise<number> {
  let status = 0;
  for (const folder of names) {
    const dir = path.join(root, 'reports/mutation', folder);
    mkdirSync(dir, { recursive: true });
    console.log(`\nmutation: src/lib/${folder === 'lib' ? '*.ts' : folder}`);
    const { status: exit, seconds } = await runStryker({
      mutate: [globOf(folder)],
      incrementalFile: `reports/mutation/${folder}/stryker-incremental.json`,
      jsonReporter: { fileName: `reports/mutation/${folder}/mutation.json` },
      htmlReporter: { fileName: `reports/mutation/${folder}/mutation.html` },
    });
    console.log(`mutation: src/lib/${folder} took ${seconds} s`);
    if (exit !== 0) status = 1;
  }
  printScores(names);
  return status;
}

/** The bar each folder is held to: 85 % for the scheduler and the validator, 75 % for the rest. */
const barOf = (folder: string) => (folder === 'schedule' || folder === 'validate' ? 85 : CI_BREAK);

/** Each folder's score from its report in reports/mutation/FOLDER/, as a table; a folder without one says so. */
function printScores(names: readonly string[]): void {
  console.log('\n| folder | detected | undetected | score | bar |\n| --- | ---: | ---: | ---: | ---: |');
  for (const folder of names) {
    const reportFile = path.join(root, 'reports/mutation', folder, 'mutation.json');
    if (!existsSync(reportFile)) {
      console.log(`| ${folder} | | | no report | ${barOf(folder)} % |`);
      continue;
    }
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { files: Record<string, unknown> };
    const prefix = folder === 'lib' ? 'src/lib/' : `src/lib/${folder}/`;
    const files = Object.keys(report.files).filter((name) => name.startsWith(prefix) && (folder !== 'lib' || !name.slice(prefix.length).includes('/')));
    const { detected, undetected } = countsOf(reportFile, files);
    const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
    console.log(`| ${folder} | ${detected} | ${undetected} | ${score.toFixed(1)} % | ${barOf(folder)} % |`);
  }
}

function baseCommit(): string | undefined {
  if (process.env.MUTATION_BASE) return git('rev-parse', '--verify', `${process.env.MUTATION_BASE}^{commit}`);
  const head = git('rev-parse', 'HEAD');
  for (const main of ['origin/main', 'main']) {
    const base = git('merge-base', 'HEAD', main);
    if (base && base !== head) return base;
  }
  return git('rev-parse', '--verify', 'HEAD~1^{commit}');
}

async function runChanged(): Promise<number> {
  const base = baseCommit();
  if (!base) {
    console.log('mutation: skipped: no base commit to compare with (a shallow clone or a single commit); set MUTATION_BASE or fetch more history');
    return 0;
  }
  const changed = (git('diff', '--name-only', '--diff-filter=AMR', base, 'HEAD', '--', 'src/lib') ?? '')
    .split('\n')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && existsSync(path.join(root, file)));
  if (changed.length === 0) {
    console.log(`mutation: skipped: no file of src/lib changed since ${base.slice(0, 12)}`);
    return 0;
  }
  const byFolder = new Map<string, string[]>();
  for (const file of changed) byFolder.set(folderOf(file), [...(byFolder.get(folderOf(file)) ?? []), file]);
  const budget = Number(process.env.MUTATION_BUDGET_MINUTES ?? '10');
  const started = Date.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-mutation-'));
  let status = 0;
  for (const [folder, files] of byFolder) {
    const left = budget - (Date.now() - started) / 60_000;
    if (left <= 0) {
      console.log(`mutation: not run for ${files.join(', ')}: the budget of ${budget} min is used up`);
      continue;
    }
    const committed = path.join(root, 'reports/mutation', folder, 'stryker-incremental.json');
    const incremental = path.join(work, `${folder}-incremental.json`);
    if (existsSync(committed)) copyFileSync(committed, incremental);
    else console.log(`mutation: src/lib/${folder} has no incremental file yet: every mutant of its changed files runs`);
    const report = path.join(work, `${folder}-mutation.json`);
    console.log(`\nmutation: ${files.join(', ')} (changed since ${base.slice(0, 12)})`);
    const {
      status: exit,
      signal,
      seconds,
    } = await runStryker(
      { mutate: files, incrementalFile: incremental, reporters: ['clear-text', 'progress-append-only', 'json'], jsonReporter: { fileName: report } },
      left,
    );
    if (signal) {
      console.log(`mutation: stopped after ${seconds} s, at the budget of ${budget} min; not measured: ${files.join(', ')}`);
      continue;
    }
    if (exit !== 0 || !existsSync(report)) {
      console.log(`mutation: Stryker failed on ${files.join(', ')} (exit ${exit})`);
      status = 1;
      continue;
    }
    const { detected, undetected } = countsOf(report, files);
    const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
    console.log(`mutation: ${files.join(', ')}: ${score.toFixed(1)} % (${detected} of ${detected + undetected} detected) in ${seconds} s`);
    if (score < CI_BREAK) {
      console.log(`mutation: below ${CI_BREAK} %: kill the surviving mutants listed above with tests, or list them as equivalent in docs/testing.md`);
      status = 1;
    }
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`mutation: done in ${Math.round((Date.now() - started) / 1000)} s`);
  return status;
}

const args = process.argv.slice(2);
if (args.includes('--changed')) process.exit(await runChanged());
if (args.includes('--scores')) {
  printScores(folders());
  process.exit(0);
}
const unknown = args.filter((name) => !folders().includes(name));
if (unknown.length > 0) {
  console.error(`mutation: no folder ${unknown.join(', ')} in src/lib (folders: ${folders().join(', ')})`);
  process.exit(2);
}
process.exit(await runFolders(args.length > 0 ? args : folders()));
