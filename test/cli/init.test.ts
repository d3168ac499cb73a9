import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/kickoff.mjs');
const PIM_WORDS = ['PIM', 'Musterhandel', 'Sortiment', 'Artikelstamm', 'Produktdaten'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program in `cwd` as a user's shell would: the machine's PATH, no kickoff variables. */
function run(command: string, args: readonly string[], cwd: string, extra: NodeJS.ProcessEnv = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['KICKOFF_LANG', 'KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'NODE_OPTIONS', 'npm_config_prefix']) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kickoff-init-'));
  temps.push(dir);
  return dir;
}

describe('kickoff init', { timeout: 240_000 }, () => {
  it('makes a project that installs and builds with the commands its README names, in its own language', async () => {
    const parent = await tempDir();
    const made = await run(BIN, ['init', 'crm-playbook', '--lang', 'en'], parent);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('wrote 25 files into crm-playbook; next: cd crm-playbook && npm install && npm run build\n');
    const project = path.join(parent, 'crm-playbook');
    const readme = await readFile(path.join(project, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm run build');
    const manifest = JSON.parse(await readFile(path.join(project, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'crm-playbook', private: true, scripts: { build: 'kickoff build', dev: 'kickoff dev' } });
    expect(path.resolve(project, manifest.devDependencies['kickoff-playbook'].replace(/^file:/, ''))).toBe(path.resolve(ROOT));
    expect(JSON.parse(await readFile(path.join(project, 'kickoff.config.json'), 'utf8'))).toEqual({
      lang: 'en',
      title: 'Kick-off playbook',
      site: 'https://example.org',
      base: '/',
      content: 'content',
    });

    const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--offline'], project);
    expect(installed.code, installed.stderr).toBe(0);
    const strict = await run('npm', ['test'], project);
    expect(strict.code, strict.stderr).toBe(0);
    expect(strict.stderr).toContain('content: 0 error(s), 0 warning(s)');
    const built = await run('npm', ['run', 'build'], project, { KICKOFF_PDF: 'off' });
    expect(built.code, built.stderr).toBe(0);
    // A new playbook has no snapshots and no glossary of its own beyond the starter: no warnings about absent folders.
    expect(built.stderr).not.toMatch(/WARN/);
    const home = await readFile(path.join(project, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('<title>Kick-off playbook</title>');
    const plan = await readFile(path.join(project, 'dist', 'plans', 'first-project', 'index.html'), 'utf8');
    expect(plan).toContain('Implementation first-project');
    for (const word of PIM_WORDS) expect(plan).not.toContain(word);
    // The build ran Astro in the tool's folder: the project gained dist/ and its editors' schemas, nothing of Astro's own.
    expect(await readdir(path.join(project, '.astro'))).toEqual(['collections']);
    expect(existsSync(path.join(project, 'src'))).toBe(false);
    const editorList = JSON.parse(await readFile(path.join(project, '.astro', 'collections', 'collections.json'), 'utf8'));
    const planUrl = pathToFileURL(path.join(project, 'content', 'plans', 'first-project.mdx'))
      .toString()
      .toLowerCase();
    expect(editorList.entries[decodeURIComponent(planUrl)]).toBe('plans');
    const settings = JSON.parse(await readFile(path.join(project, '.vscode', 'settings.json'), 'utf8'));
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('writes German by default, validates strictly, and never writes into a folder that holds anything', async () => {
    const parent = await tempDir();
    const made = await run(BIN, ['init', 'neu'], parent);
    expect(made.code, made.stderr).toBe(0);
    expect(await readFile(path.join(parent, 'neu', 'content', 'roles', 'beratung-anbieter.mdx'), 'utf8')).toContain('side: vendor\n');
    const checked = await run(BIN, ['validate', '--strict'], path.join(parent, 'neu'));
    expect(checked.code, checked.stderr).toBe(0);

    await mkdir(path.join(parent, 'full'));
    await writeFile(path.join(parent, 'full', 'notes.txt'), 'mine');
    const refused = await run(BIN, ['init', 'full'], parent);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('kickoff: full ist nicht leer; kickoff init schreibt nur in einen neuen oder leeren Ordner\n');
    expect(await readFile(path.join(parent, 'full', 'notes.txt'), 'utf8')).toBe('mine');

    // A file is no folder to write into, nor is a path through one; both exit 2 and name the path.
    const onFile = await run(BIN, ['init', path.join('full', 'notes.txt')], parent);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toBe('kickoff: full/notes.txt ist eine Datei; kickoff init schreibt nur in einen neuen oder leeren Ordner\n');
    const throughFile = await run(BIN, ['init', path.join('full', 'notes.txt', 'neu')], parent);
    expect(throughFile.code).toBe(2);
    expect(throughFile.stderr).toBe('kickoff: full/notes.txt/neu kann nicht geschrieben werden: ENOTDIR\n');
    expect(await readFile(path.join(parent, 'full', 'notes.txt'), 'utf8')).toBe('mine');
  });
});
