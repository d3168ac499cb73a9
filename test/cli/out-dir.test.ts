import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_MARKER, outDirProblem, outDirState, resolvedPath } from '../../src/cli/out-dir.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const paths = (out: string) => ({ out, root: '/work/site', content: '/work/site/content' });

describe('outDirProblem', () => {
  test('a new, empty or previously built folder beside the content is fine', () => {
    for (const state of ['missing', 'empty', 'previous-build'] as const) {
      expect(outDirProblem(paths('/work/site/dist'), state)).toBeUndefined();
      expect(outDirProblem(paths('/srv/www/playbook'), state)).toBeUndefined();
    }
  });

  test('never the project, the content, a parent of either, or a folder inside the content', () => {
    expect(outDirProblem(paths('/work/site'), 'previous-build')).toBe('root');
    expect(outDirProblem(paths('/work'), 'other-files')).toBe('root');
    expect(outDirProblem(paths('/'), 'other-files')).toBe('root');
    expect(outDirProblem({ out: '/data/content', root: '/work/site', content: '/data/content' }, 'other-files')).toBe('content');
    expect(outDirProblem({ out: '/data', root: '/work/site', content: '/data/content' }, 'other-files')).toBe('content');
    expect(outDirProblem(paths('/work/site/content/site'), 'missing')).toBe('inside-content');
  });

  test('a sibling whose name only starts like the content is not inside it', () => {
    expect(outDirProblem(paths('/work/site/content-site'), 'missing')).toBeUndefined();
  });

  test('a file, or a folder of other files, is refused', () => {
    expect(outDirProblem(paths('/work/site/dist'), 'file')).toBe('file');
    expect(outDirProblem(paths('/work/site/notes.txt/dist'), 'under-file')).toBe('under-file');
    expect(outDirProblem(paths('/work/site/dist'), 'other-files')).toBe('other-files');
  });
});

describe('outDirState and resolvedPath', () => {
  test('tell the states apart on disk, and see through links', () => {
    const temp = tempFolder('out');
    const built = path.join(temp, 'built');
    mkdirSync(path.join(built, 'pagefind'), { recursive: true });
    writeFileSync(path.join(built, BUILD_MARKER), '{}');
    const other = path.join(temp, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'notes.txt'), 'x');
    mkdirSync(path.join(temp, 'empty'));
    writeFileSync(path.join(temp, 'file'), 'x');
    expect(outDirState(path.join(temp, 'missing'))).toBe('missing');
    expect(outDirState(path.join(temp, 'empty'))).toBe('empty');
    expect(outDirState(built)).toBe('previous-build');
    expect(outDirState(other)).toBe('other-files');
    expect(outDirState(path.join(temp, 'file'))).toBe('file');
    // A path through a file can never become a folder; one through folders still to make can.
    expect(outDirState(path.join(temp, 'file', 'dist'))).toBe('under-file');
    expect(outDirState(path.join(temp, 'file', 'a', 'b'))).toBe('under-file');
    expect(outDirState(path.join(temp, 'new', 'a', 'b'))).toBe('missing');
    symlinkSync(other, path.join(temp, 'link'));
    expect(resolvedPath(path.join(temp, 'link'))).toBe(resolvedPath(other));
    expect(resolvedPath(path.join(temp, 'link', 'new', 'deeper'))).toBe(path.join(resolvedPath(other), 'new', 'deeper'));
  });
});
