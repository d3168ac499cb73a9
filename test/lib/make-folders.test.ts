import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeFolders } from '../../src/lib/make-folders.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

describe('makeFolders', () => {
  test('makes a folder and the missing ones above it; one that exists is fine', () => {
    const root = tempFolder('folders');
    makeFolders(path.join(root, 'a', 'b', 'c'));
    expect(statSync(path.join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    makeFolders(path.join(root, 'a'));
    writeFileSync(path.join(root, 'file'), 'x');
    expect(() => makeFolders(path.join(root, 'file', 'd'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }) as Error);
    // A file where the folder itself belongs: named as a recursive mkdir names it, with its path.
    expect(() => makeFolders(path.join(root, 'file'))).toThrow(
      expect.objectContaining({
        code: 'EEXIST',
        syscall: 'mkdir',
        path: path.join(root, 'file'),
        message: `EEXIST: file already exists, mkdir '${path.join(root, 'file')}'`,
      }) as Error,
    );
  });

  test('fails at once in a file system that refuses new folders, where a recursive mkdir never returns', () => {
    expect(() => makeFolders('/proc/kickoff-test/dist')).toThrow(expect.objectContaining({ code: 'ENOENT' }) as Error);
    expect(existsSync('/proc/kickoff-test')).toBe(false);
  });
});
