import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEntries, readInWorker } from '../../../src/lib/content/read-entries.ts';
import type { EntryJob } from '../../../src/lib/content/read-entry.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../src/lib/registry/collections.ts';

const SAMPLE = fileURLToPath(new URL('../../../content', import.meta.url));
const jobs: EntryJob[] = COLLECTION_NAMES.flatMap((name) =>
  readdirSync(path.join(SAMPLE, name), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`.${COLLECTIONS[name].format}`))
    .sort()
    .map((relative) => ({ name, relative })),
);
// A file that does not exist and one that is not an entry's name: findings travel back too.
jobs.push({ name: 'phases', relative: 'gibt-es-nicht.mdx' }, { name: 'roles', relative: '../plans/kleiner-start.mdx' });

describe('readEntries', { timeout: 60_000 }, () => {
  it('a worker thread reads exactly what this thread reads', async () => {
    const here = await readEntries(SAMPLE, jobs, 'de', Number.POSITIVE_INFINITY);
    const there = await readInWorker(SAMPLE, 'de', jobs);
    expect(there).toEqual(here);
    expect(here.filter((outcome) => outcome.entry).length).toBeGreaterThan(40);
    expect(here.filter((outcome) => outcome.findings.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('split between two threads, keeps the order of the files', async () => {
    const split = await readEntries(SAMPLE, jobs, 'en', 1);
    const single = await readEntries(SAMPLE, jobs, 'en', Number.POSITIVE_INFINITY);
    expect(split.map((outcome) => outcome.file)).toEqual(jobs.map((job) => `${job.name}/${job.relative}`));
    expect(split).toEqual(single);
  });
});
