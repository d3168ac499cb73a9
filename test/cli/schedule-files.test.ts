/** `kickoff schedule --format xlsx|mspdi` as a user runs it: binary formats only into a file. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import XLSX from 'xlsx';
import { hasStackTrace, runKickoff } from '../helpers/run-kickoff.ts';

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'kickoff-schedule-files-'));
});
afterAll(() => rm(temp, { recursive: true, force: true }));

describe('kickoff schedule --format xlsx', { timeout: 120_000 }, () => {
  it('refuses to write the workbook to the terminal and names --out', async () => {
    const run = await runKickoff(['schedule', 'kleiner-start', '--format', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('kickoff: --format xlsx writes a binary file: say where with --out FILE (e.g. --out plan.xlsx)\n');
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
