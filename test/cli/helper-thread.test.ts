/**
 * Work shared with a helper thread gives exactly what the main thread alone gives, whatever the
 * helper does: answers, fails on an item, or is not started at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helperThread, wantsHelper } from '../../src/cli/helper-thread.ts';
import * as parsers from '../../src/lib/content/parse-entry.ts';
import { parseJob, type ParseJob } from '../../src/lib/content/read-entry.ts';
import type { CollectionName } from '../../src/lib/registry/collections.ts';
import { scheduleJobFindings, type ScheduleJob } from '../../src/lib/schedule/schedule-cache.ts';
import type { ScheduleFinding } from '../../src/lib/schedule/schedule-plan.ts';
import { makePlan, person } from '../helpers/plan.ts';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/** Every sample file of four collections, as parse jobs, over and over up to `count`. */
function parseJobs(count: number): ParseJob[] {
  const once = (['phases', 'roles', 'checklists', 'risks'] as CollectionName[]).flatMap((name) =>
    readdirSync(path.join(CONTENT, name))
      .filter((relative) => relative.endsWith('.mdx'))
      .map((relative) => ({
        name,
        relative,
        file: `${name}/${relative}`,
        source: readFileSync(path.join(CONTENT, name, relative), 'utf8'),
        lang: 'en' as const,
      })),
  );
  // A broken file too: its findings must cross as well.
  once.push({ name: 'risks', relative: 'Broken_Name.mdx', file: 'risks/Broken_Name.mdx', source: '---\ntitle: [\n---\n', lang: 'en' });
  return Array.from({ length: count }, (_, index) => once[index % once.length]);
}

/** `work`, counting the items it was given. */
function counted<Item, Result>(work: (item: Item) => Result) {
  const counter = { calls: 0, here: (item: Item) => (counter.calls++, work(item)) };
  return counter;
}

describe('a helper thread', { timeout: 120_000 }, () => {
  it('parses part of the files, with exactly the results of parsing all of them here', async () => {
    const jobs = parseJobs(240);
    const expected = jobs.map((job) => parseJob(job, parsers));
    const helper = helperThread({ KICKOFF_THREADS: '2' });
    const here = counted((job: ParseJob) => parseJob(job, parsers));
    try {
      expect(await helper.share('parse', jobs, here.here)).toEqual(expected);
    } finally {
      await helper.close();
    }
    expect(here.calls).toBeLessThanOrEqual(jobs.length);
  });

  it('takes part while the main thread is busy, and its answers are the same work done there', async () => {
    const plan = makePlan({ kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 2 }] });
    // 150 items of 40 ms give the helper up to six seconds to start: on a loaded machine two
    // seconds were not always enough. Once it answers, it takes most of the rest.
    const jobs: ScheduleJob[] = Array.from({ length: 150 }, (_, index) => ({ planId: `p${index}`, plan, options: { iterations: 0, lang: 'en' } }));
    const expected = scheduleJobFindings(jobs[0]);
    expect(expected.length).toBeGreaterThan(0);
    // The main thread answers with a marker, and slowly (asleep, leaving the core to the helper).
    const asleep = new Int32Array(new SharedArrayBuffer(4));
    const marker: ScheduleFinding[] = [];
    const helper = helperThread({ KICKOFF_THREADS: '2' });
    let results: ScheduleFinding[][];
    try {
      results = await helper.share('schedule', jobs, () => {
        Atomics.wait(asleep, 0, 0, 40);
        return marker;
      });
    } finally {
      await helper.close();
    }
    const fromHelper = results.filter((result) => result !== marker);
    expect(fromHelper.length).toBeGreaterThan(0);
    for (const result of fromHelper) expect(result).toEqual(expected);
  });

  it('works here on every item the helper cannot answer', async () => {
    // The helper schedules `null` plans and fails; the main thread answers for it.
    const jobs = Array.from({ length: 30 }, (_, index) => ({ planId: `p${index}`, plan: null, options: {} }) as unknown as ScheduleJob);
    const answer = (job: ScheduleJob): ScheduleFinding[] => [{ severity: 'warning', code: 'no-buffer', path: 'buffer', message: job.planId }];
    const helper = helperThread({ KICKOFF_THREADS: '2' });
    const here = counted(answer);
    try {
      expect(await helper.share('schedule', jobs, here.here)).toEqual(jobs.map(answer));
    } finally {
      await helper.close();
    }
    expect(here.calls).toBe(jobs.length);
  });

  it('is not started for a few items, nor with KICKOFF_THREADS=1', async () => {
    const cases: [NodeJS.ProcessEnv, number][] = [
      [{ KICKOFF_THREADS: '2' }, 20],
      [{ KICKOFF_THREADS: '1' }, 240],
    ];
    for (const [env, count] of cases) {
      const jobs = parseJobs(count);
      const helper = helperThread(env);
      const here = counted((job: ParseJob) => parseJob(job, parsers));
      expect(await helper.share('parse', jobs, here.here)).toHaveLength(count);
      await helper.close();
      expect(here.calls, JSON.stringify(env)).toBe(count);
    }
  });

  it('is wanted only when KICKOFF_THREADS asks for it, on a machine with a second core', () => {
    expect(wantsHelper({}, 8)).toBe(false);
    expect(wantsHelper({ KICKOFF_THREADS: '1' }, 8)).toBe(false);
    expect(wantsHelper({ KICKOFF_THREADS: '2' }, 2)).toBe(true);
    expect(wantsHelper({ KICKOFF_THREADS: '4' }, 8)).toBe(true);
    expect(wantsHelper({ KICKOFF_THREADS: '2' }, 1)).toBe(false);
    expect(wantsHelper({ KICKOFF_THREADS: 'many' }, 8)).toBe(false);
  });
});
