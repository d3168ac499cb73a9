/**
 * `kickoff schedule` as a user runs it: binary formats only into a file or a pipe, `--out -` as
 * standard output, never onto the settings file or into the content folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import XLSX from 'xlsx';
import { hasStackTrace, ROOT, runKickoff } from '../helpers/run-kickoff.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const temp = tempFolder('schedule-files');

describe('kickoff schedule --format xlsx', { timeout: 120_000 }, () => {
  it('refuses to write the workbook to the terminal and names --out', async () => {
    const run = await runKickoff(['schedule', 'kleiner-start', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('kickoff: --format xlsx writes a binary file: say where with --out FILE (e.g. --out plan.xlsx), or --out - for standard output\n');
  });

  it('writes the workbook to --out: Monday 1 March 2027, the kick-off, as a real date', async () => {
    const file = path.join(temp, 'kleiner-start.xlsx');
    const run = await runKickoff(['schedule', 'kleiner-start', '--format', 'xlsx', '--out', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const book = XLSX.read(await readFile(file), { cellNF: true });
    // KICKOFF_LANG=en sets the site's language: English sheets and ISO dates.
    expect(book.SheetNames).toEqual(['Schedule', 'Team', 'Milestones']);
    expect(book.Sheets.Schedule.D2).toMatchObject({ t: 'n', v: 46447, z: 'yyyy-mm-dd' });
  });

  it('names the file it cannot write, without a stack trace', async () => {
    const run = await runKickoff(['schedule', 'kleiner-start', '--format', 'xlsx', '--out', path.join(temp, 'missing', 'plan.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kickoff: cannot write .*missing\/plan\.xlsx: ENOENT\n$/);
    expect(hasStackTrace(run)).toBe(false);
  });
});

describe('kickoff schedule --format mspdi', { timeout: 120_000 }, () => {
  it('prints MS Project XML: kleiner-start starts on Monday 1 March 2027', async () => {
    const run = await runKickoff(['schedule', 'kleiner-start', '--format', 'mspdi']);
    expect(run.code, run.stderr).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).toContain('<StartDate>2027-03-01T08:00:00</StartDate>');
    expect(run.stdout).toContain('<Name>Standard (DE-BW)</Name>');
  });
});

describe('kickoff schedule --out -', { timeout: 120_000 }, () => {
  it('writes to standard output, not to a file named -', async () => {
    const content = path.join(ROOT, 'content');
    const [plain, dash, csv, workbook] = await Promise.all([
      runKickoff(['schedule', 'kleiner-start', '--content', content], { cwd: temp }),
      runKickoff(['schedule', 'kleiner-start', '--content', content, '--out', '-'], { cwd: temp }),
      runKickoff(['schedule', 'kleiner-start', '--content', content, '--format', 'csv', '--out=-'], { cwd: temp }),
      // A pipe takes the binary workbook.
      runKickoff(['schedule', 'kleiner-start', '--content', content, '--format', 'xlsx', '--out', '-'], { cwd: temp }),
    ]);
    for (const run of [plain, dash, csv, workbook]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
    }
    expect(dash.stdout).toBe(plain.stdout);
    expect(JSON.parse(dash.stdout).plan).toBe('kleiner-start');
    expect(csv.stdout.startsWith('\uFEFFid,title,')).toBe(true);
    expect(XLSX.read(workbook.bytes).SheetNames).toEqual(['Schedule', 'Team', 'Milestones']);
    expect(await readdir(temp)).not.toContain('-');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('refuses the binary workbook on a terminal', () => {
    // `script` gives the command a terminal as its standard output.
    const command = `node ${path.join(ROOT, 'bin/kickoff.mjs')} schedule kleiner-start --format xlsx --out -`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, KICKOFF_LANG: 'en' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(
      'kickoff: --format xlsx writes a binary file, and standard output is a terminal: redirect it (--out - > plan.xlsx) or name a file with --out FILE\r\n',
    );
  });

  it('stops quietly when the reader closes the pipe early, as `| head` does', async () => {
    const child = spawn('node', [path.join(ROOT, 'bin/kickoff.mjs'), 'schedule', 'musterhandel-pim', '--format', 'mspdi', '--out', '-'], {
      cwd: ROOT,
      env: { ...process.env, KICKOFF_LANG: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    // Closed before the command has written anything: its first write finds no reader.
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });

  it('is refused by the commands that write a folder', async () => {
    const runs = await Promise.all([runKickoff(['build', '--out', '-'], { cwd: temp }), runKickoff(['schemas', '--out', '-'], { cwd: temp })]);
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [2, 'kickoff: --out -: kickoff build writes a folder, which cannot go to standard output; name a folder with --out DIR\n'],
      [2, 'kickoff: --out -: kickoff schemas writes a folder, which cannot go to standard output; name a folder with --out DIR\n'],
    ]);
    expect(await readdir(temp)).not.toContain('-');
  });
});

describe('kickoff schedule --out onto the settings file', { timeout: 120_000 }, () => {
  it('is refused, naming the file, and the settings stay as they were', async () => {
    const settings = path.join(ROOT, 'kickoff.config.json');
    const before = await readFile(settings, 'utf8');
    const content = path.join(ROOT, 'content');
    const [own, named, missing, german] = await Promise.all([
      runKickoff(['schedule', 'kleiner-start', '--out', 'kickoff.config.json']),
      runKickoff(['schedule', 'kleiner-start', '--config', settings, '--format', 'csv', '--out', settings], { cwd: temp }),
      // A folder without settings: the file a later command would read is refused too.
      runKickoff(['schedule', 'kleiner-start', '--content', content, '--out', 'kickoff.config.json'], { cwd: temp }),
      runKickoff(['schedule', 'kleiner-start', '--lang', 'de', '--out', './kickoff.config.json']),
    ]);
    expect([own, named, missing, german].map((run) => [run.code, run.stdout, run.stderr])).toEqual([
      [2, '', 'kickoff: kickoff.config.json is the settings file in use, which the next command could no longer read; choose another file\n'],
      [2, '', `kickoff: ${settings} is the settings file in use, which the next command could no longer read; choose another file\n`],
      [2, '', 'kickoff: kickoff.config.json is the settings file in use, which the next command could no longer read; choose another file\n'],
      [
        2,
        '',
        'kickoff: ./kickoff.config.json ist die verwendete Einstellungsdatei, die der nächste Befehl nicht mehr lesen könnte; eine andere Datei wählen\n',
      ],
    ]);
    expect(await readFile(settings, 'utf8')).toBe(before);
    expect(await readdir(temp)).not.toContain('kickoff.config.json');
  });
});
