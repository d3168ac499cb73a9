import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolder, moveFolder } from '../../src/cli/build-folder.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

describe('buildFolder', () => {
  it('is a sibling of the output folder, so that the swap is a rename', () => {
    expect(buildFolder('/home/ann/site', '/home/ann/kickoff/', 7)).toBe('/home/ann/site.build-7');
    expect(buildFolder('/home/ann/kickoff/dist', '/home/ann/kickoff/', 7)).toBe('/home/ann/kickoff/dist.build-7');
    expect(buildFolder('/srv/www', '/home/ann/kickoff', 7)).toBe('/srv/www.build-7');
  });

  it('moves inside the tool folder where Astro, comparing paths as text, would take the sibling for inside it', () => {
    expect(buildFolder('/home/ann/kickoff-site', '/home/ann/kickoff/', 7)).toBe('/home/ann/kickoff/node_modules/.cache/kickoff-build-7');
    expect(buildFolder('/home/ann/kickoff', '/home/ann/kickoff/', 7)).toBe('/home/ann/kickoff/node_modules/.cache/kickoff-build-7');
    expect(buildFolder('/home/ann/kickoffs/site', '/home/ann/kickoff', 7)).toBe('/home/ann/kickoff/node_modules/.cache/kickoff-build-7');
  });
});

describe('moveFolder', () => {
  it('renames a folder with its files', () => {
    const dir = tempFolder('move');
    const from = path.join(dir, 'a');
    mkdirSync(path.join(from, 'sub'), { recursive: true });
    writeFileSync(path.join(from, 'sub/x.txt'), 'x');
    moveFolder(from, path.join(dir, 'b'));
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(path.join(dir, 'b/sub/x.txt'), 'utf8')).toBe('x');
  });

  const otherDevice = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tempFolder('move')).dev;
  it.runIf(otherDevice)('copies across file systems, where a rename fails', () => {
    const from = tempFolder('move');
    writeFileSync(path.join(from, 'x.txt'), 'x');
    const to = path.join('/dev/shm', `kickoff-move-${process.pid}`);
    try {
      moveFolder(from, to);
      expect(existsSync(from)).toBe(false);
      expect(readFileSync(path.join(to, 'x.txt'), 'utf8')).toBe('x');
    } finally {
      rmSync(to, { recursive: true, force: true });
    }
  });
});
