import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPlace } from '../../../src/lib/content/entry-pattern.ts';
import { readEntries, type EntryJob } from '../../../src/lib/content/read-entry.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../src/lib/registry/collections.ts';

const SAMPLE = fileURLToPath(new URL('../../../content', import.meta.url));
const folderOf = (name: (typeof COLLECTION_NAMES)[number]) => entryPlace(name, COLLECTIONS[name]).folder;
const jobs: EntryJob[] = COLLECTION_NAMES.flatMap((name) =>
  COLLECTIONS[name].files === 'folder'
    ? readdirSync(path.join(SAMPLE, name), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith(`.${COLLECTIONS[name].format}`))
        .sort()
        .map((relative) => ({ name, relative }))
    : [{ name, relative: COLLECTIONS[name].files }],
);
// A file that does not exist and a plan read as a role: their findings come back in place.
jobs.splice(3, 0, { name: 'phases', relative: 'gibt-es-nicht.mdx' }, { name: 'roles', relative: '../plans/kleiner-start.mdx' });

describe('readEntries', () => {
  it('keeps the order of the files, entries and findings alike', async () => {
    const outcomes = await readEntries(SAMPLE, jobs, 'en');
    expect(outcomes.map((outcome) => outcome.file)).toEqual(jobs.map((job) => [folderOf(job.name), job.relative].filter(Boolean).join('/')));
    expect(outcomes.filter((outcome) => outcome.entry).length).toBeGreaterThan(40);
    expect(outcomes[3].findings.map((finding) => finding.code)).toEqual(['file']);
    expect(outcomes[4].findings.map((finding) => finding.code)).toContain('schema');
  });
});
