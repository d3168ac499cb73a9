import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/usage-error.ts';
import { writeWhole } from '../../src/cli/write-whole.ts';
import { translation } from '../../src/lib/i18n/index.ts';
import { ROOT } from '../helpers/run-kickoff.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const t = translation('en');
const temp = tempFolder('write');

/** The usage error `run` throws, as its message. */
const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no refusal');
};

describe('writeWhole', () => {
  it('replaces a file whole and leaves no temporary file beside it', async () => {
    const file = path.join(temp, 'a.txt');
    await writeFile(file, 'old');
    writeWhole(file, 'new', 'a.txt', t);
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(temp)).toEqual(['a.txt']);
  });

  it('with keep, refuses a file that exists, and keeps it', async () => {
    const file = path.join(temp, 'b.txt');
    await writeFile(file, 'mine');
    expect(refusal(() => writeWhole(file, 'theirs', 'b.txt', t, { keep: true }))).toBe('cannot write b.txt: EEXIST');
    expect(await readFile(file, 'utf8')).toBe('mine');
    writeWhole(path.join(temp, 'c.txt'), 'fresh', 'c.txt', t, { keep: true });
    expect(await readFile(path.join(temp, 'c.txt'), 'utf8')).toBe('fresh');
  });

  it('names the file it cannot write where a file is in the way of its folder', async () => {
    await writeFile(path.join(temp, 'in-the-way'), 'x');
    expect(refusal(() => writeWhole(path.join(temp, 'in-the-way', 'f.txt'), 'x', 'in-the-way/f.txt', t))).toBe('cannot write in-the-way/f.txt: ENOTDIR');
  });

  it('makes a missing folder only when asked to, and names the file it cannot write', async () => {
    expect(refusal(() => writeWhole(path.join(temp, 'missing', 'd.txt'), 'x', 'missing/d.txt', t))).toBe('cannot write missing/d.txt: ENOENT');
    writeWhole(path.join(temp, 'made', 'deep', 'd.txt'), 'x', 'd.txt', t, { makeFolder: true });
    expect(await readFile(path.join(temp, 'made', 'deep', 'd.txt'), 'utf8')).toBe('x');
  });

  it('where the last step fails, keeps what was there and removes its temporary file', async () => {
    const folder = path.join(temp, 'taken');
    await mkdir(path.join(folder, 'e.txt'), { recursive: true });
    expect(refusal(() => writeWhole(path.join(folder, 'e.txt'), 'x', 'e.txt', t))).toMatch(/^cannot write e\.txt: E(ISDIR|EXIST|NOTEMPTY)$/);
    expect(await readdir(folder)).toEqual(['e.txt']);
  });
});

describe('a command stopped half-way by a file size limit', () => {
  it('leaves the previous export as it was and exits 2, naming the file', async () => {
    const file = path.join(temp, 'plan.xml');
    await writeFile(file, 'the last good export');
    const run = spawnSync('bash', ['-c', `ulimit -f 4; exec node bin/kickoff.mjs schedule musterhandel-pim --format mspdi --out ${JSON.stringify(file)}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KICKOFF_LANG: 'en' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*plan\.xml: EFBIG/);
    expect(await readFile(file, 'utf8')).toBe('the last good export');
    expect((await readdir(temp)).filter((name) => name.includes('plan.xml'))).toEqual(['plan.xml']);
  });
});
