import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forgetDevStoreOfOtherContent } from '../../src/integration/dev-store.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const root = tempFolder('dev-store');
const store = path.join(root, '.astro', 'data-store.json');
const keepStore = () => {
  mkdirSync(path.dirname(store), { recursive: true });
  writeFileSync(store, '{"entries":"of the last preview"}');
};

describe('the preview’s content store', () => {
  it('is kept for the same content folder and dropped for another one', () => {
    const rootUrl = pathToFileURL(`${root}/`);
    keepStore();
    forgetDevStoreOfOtherContent(rootUrl, '/projects/a/content');
    // No marker yet: whose store it was is unknown, so it goes.
    expect(existsSync(store)).toBe(false);
    keepStore();
    forgetDevStoreOfOtherContent(rootUrl, '/projects/a/content');
    expect(readFileSync(store, 'utf8')).toContain('of the last preview');
    forgetDevStoreOfOtherContent(rootUrl, '/projects/b/content');
    expect(existsSync(store)).toBe(false);
    expect(readFileSync(path.join(root, '.astro', 'kickoff-content-dir'), 'utf8')).toBe('/projects/b/content');
  });
});
