/**
 * Which files a collection has and what their ids are: the same rules for Astro's glob loader
 * and for `validate`.
 */
import { describe, expect, test } from 'vitest';
import { collectionSource, entryId, entryPattern, entryPlace } from '../../../src/lib/content/entry-pattern.ts';

describe('entry files and ids', () => {
  test('the pattern of a collection folder: every file of its format, in sub-folders too', () => {
    expect(entryPattern('mdx')).toBe('**/*.mdx');
    expect(entryPattern('json')).toBe('**/*.json');
  });

  test('an MDX entry is named by its file alone, a JSON entry by its whole path', () => {
    expect(entryId('mdx', 'start.mdx')).toBe('start');
    expect(entryId('mdx', 'standard/extra/start.mdx')).toBe('start');
    expect(entryId('json', 'acme-rollout/2027-02-01.json')).toBe('acme-rollout/2027-02-01');
    expect(entryId('json', '2027-02-01.json')).toBe('2027-02-01');
  });

  test('a collection of a folder lives in the folder of its name; one of a single file at the root', () => {
    expect(entryPlace('phases', { format: 'mdx', files: 'folder' })).toEqual({ folder: 'phases', pattern: '**/*.mdx' });
    expect(entryPlace('snapshots', { format: 'json', files: 'folder' })).toEqual({ folder: 'snapshots', pattern: '**/*.json' });
    expect(entryPlace('home', { format: 'mdx', files: 'index.mdx' })).toEqual({ folder: '', pattern: 'index.mdx' });
  });

  test('what must exist for a collection to have entries: its folder, or its one file', () => {
    expect(collectionSource('phases', { format: 'mdx', files: 'folder' })).toBe('phases');
    expect(collectionSource('home', { format: 'mdx', files: 'index.mdx' })).toBe('index.mdx');
  });
});
