import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/lib/cache/folder-store.ts';
import { formatScheduleJson } from '../../../src/lib/export/schedule-json.ts';
import {
  cachedScheduleFindings,
  cachedSchedulePlan,
  knownScheduleFindings,
  persistSchedulesIn,
  rememberScheduleFindings,
  saveScheduleFindings,
  scheduleCacheDir,
  scheduleJobFindings,
  type ScheduleJob,
} from '../../../src/lib/schedule/schedule-cache.ts';
import type { ScheduleFinding } from '../../../src/lib/schedule/schedule-plan.ts';
import { makePlan, person } from '../../helpers/plan.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

describe('cachedSchedulePlan', () => {
  const plan = makePlan({ kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 2 }] });
  const roles = [
    { id: 'b', title: 'B', kickoff: 'optional' as const },
    { id: 'a', title: 'A', kickoff: 'required' as const },
  ];

  it('returns the same result for the same inputs, whatever the order of roles and phases', () => {
    const first = cachedSchedulePlan('cache-test', plan, {
      roles,
      phaseTitles: new Map([
        ['x', 'X'],
        ['y', 'Y'],
      ]),
      iterations: 0,
    });
    const second = cachedSchedulePlan('cache-test', structuredClone(plan), {
      roles: [...roles].reverse(),
      phaseTitles: new Map([
        ['y', 'Y'],
        ['x', 'X'],
      ]),
      iterations: 0,
    });
    expect(second).toBe(first);
  });

  it('takes options left out as their defaults: German, 1,000 Monte Carlo runs, no snapshots, no rules', () => {
    const stated = cachedSchedulePlan('cache-test', plan, { lang: 'de', iterations: 1000, snapshots: [], roles: [], phaseTitles: new Map() });
    expect(cachedSchedulePlan('cache-test', plan)).toBe(stated);
    expect(cachedSchedulePlan('cache-test', plan, { lang: 'de', iterations: 999 })).not.toBe(stated);
  });

  it('computes anew when anything that goes into the schedule differs', () => {
    const first = cachedSchedulePlan('cache-test', plan, { iterations: 0, lang: 'de' });
    expect(cachedSchedulePlan('cache-test', plan, { iterations: 0, lang: 'en' })).not.toBe(first);
    expect(cachedSchedulePlan('cache-test', { ...plan, kickoff: '2027-03-02' }, { iterations: 0, lang: 'de' })).not.toBe(first);
    const rules = { buffer: { minPercent: 15, source: 'phases/start.mdx' }, checklistsDone: [] };
    expect(cachedSchedulePlan('cache-test', plan, { iterations: 0, lang: 'de', rules })).not.toBe(first);
  });
});

/**
 * A fresh cache folder for each test, with nothing in memory; `newProcess` forgets the memory as
 * a later process would start, keeping the folder.
 */
function cacheFolderPerTest() {
  const SCOPE = Symbol.for('kickoff-playbook.schedules');
  const folder = {
    dir: '',
    newProcess: () => {
      delete (globalThis as Record<symbol, unknown>)[SCOPE];
      persistSchedulesIn(folder.dir);
    },
  };
  beforeEach(() => {
    folder.dir = tempFolder('schedules');
    folder.newProcess();
  });
  afterEach(() => persistSchedulesIn(undefined));
  return folder;
}

describe('cachedSchedulePlan with a cache folder', () => {
  const plan = makePlan({
    kickoff: '2027-03-01',
    team: [person('p')],
    tasks: [{ id: 'a', title: 'A', duration: { optimistic: 1, likely: 2, pessimistic: 6 } }],
  });
  const folder = cacheFolderPerTest();
  const entries = () => readdirSync(folder.dir).map((name) => path.join(folder.dir, name));
  const { newProcess } = folder;

  it('writes one entry per distinct input and reads it in a later process instead of computing', () => {
    const first = cachedSchedulePlan('folder-test', plan, { iterations: 30 });
    cachedSchedulePlan('folder-test', plan, { iterations: 30 });
    expect(entries()).toHaveLength(1);
    cachedSchedulePlan('folder-test', plan, { iterations: 0 });
    expect(entries()).toHaveLength(2);

    newProcess();
    const [file] = entries().filter((entry) => readFileSync(entry, 'utf8').includes('"iterations":30'));
    // A later process reads what the entry says: proven by an entry whose dates were changed
    // together with its checksum (a corrupt entry would be refused, see below).
    const text = readFileSync(file, 'utf8');
    const body = text.slice(text.indexOf('\n') + 1).replaceAll(first.ok ? first.schedule.finish : '', '2099-12-31');
    const [format, key] = text.slice(0, text.indexOf('\n')).split(' ');
    writeFileSync(file, `${format} ${key} ${sha256(body)}\n${body}`);
    const read = cachedSchedulePlan('folder-test', plan, { iterations: 30 });
    expect(read.ok && read.schedule.finish).toBe('2099-12-31');
  });

  it('ignores a corrupt entry, computes the schedule and rewrites the entry', () => {
    const computed = cachedSchedulePlan('folder-test', plan, { iterations: 30 });
    const [file] = entries();
    const intact = readFileSync(file, 'utf8');
    for (const broken of [intact.slice(0, intact.length / 2), intact.replace('"ok":true', '"ok":false'), intact.replace(/\n[\s\S]*$/, '\n[]')]) {
      writeFileSync(file, broken);
      newProcess();
      const result = cachedSchedulePlan('folder-test', plan, { iterations: 30 });
      expect(result.ok && formatScheduleJson(result.schedule)).toBe(computed.ok && formatScheduleJson(computed.schedule));
      expect(readFileSync(file, 'utf8')).toBe(intact);
    }
  });

  it('keeps nothing on disk when no folder is set', () => {
    persistSchedulesIn(undefined);
    cachedSchedulePlan('folder-test', plan, { iterations: 5 });
    expect(entries()).toHaveLength(0);
  });
});

describe('cachedScheduleFindings', () => {
  // Anna is away on the only two days of a two-day task of fixed duration: a warning.
  const plan = makePlan({
    kickoff: '2027-03-01',
    team: [person('anna', { absences: [{ from: '2027-03-01', to: '2027-03-02', reason: 'vacation' }] })],
    tasks: [{ id: 'a', title: 'A', duration: 2, assignees: ['anna'] }],
  });
  const folder = cacheFolderPerTest();
  const { newProcess } = folder;

  it('answers with the schedule’s findings and keeps only them, not the whole schedule', () => {
    const findings = cachedScheduleFindings('findings-test', plan, { iterations: 0, lang: 'en' });
    expect(findings).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'absent-during-task', path: 'tasks[0]', message: expect.stringContaining('2 working day') }),
    );
    saveScheduleFindings();
    const entries = findingsPack(folder.dir);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0][1])).toEqual(findings);
    // No whole schedule beside it.
    expect(readdirSync(folder.dir)).toEqual([FINDINGS_FILE]);
  });

  it('writes nothing until saved, then the findings of every plan as one file, and only what changed', () => {
    for (const id of ['one', 'two', 'three']) cachedScheduleFindings(id, plan, { iterations: 0 });
    expect(readdirSync(folder.dir)).toEqual([]);
    saveScheduleFindings();
    expect(readdirSync(folder.dir)).toEqual([FINDINGS_FILE]);
    expect(findingsPack(folder.dir)).toHaveLength(3);
    // Nothing new: the next save writes nothing (the file removed meanwhile stays away).
    rmSync(path.join(folder.dir, FINDINGS_FILE));
    cachedScheduleFindings('two', plan, { iterations: 0 });
    saveScheduleFindings();
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('reads the findings in a later process instead of scheduling again', () => {
    cachedScheduleFindings('findings-test', plan, { iterations: 0 });
    saveScheduleFindings();
    overwriteOnlyFindings(folder.dir, JSON.stringify([{ severity: 'error', code: 'cycle', path: 'tasks[0]', message: 'from the folder' }]));
    newProcess();
    expect(cachedScheduleFindings('findings-test', plan, { iterations: 0 }).map((finding) => finding.message)).toEqual(['from the folder']);
  });

  it('ignores an entry that is not a list of findings and writes the computed findings over it', () => {
    const computed = cachedScheduleFindings('findings-test', plan, { iterations: 0 });
    saveScheduleFindings();
    const file = path.join(folder.dir, FINDINGS_FILE);
    const intact = readFileSync(file, 'utf8');
    for (const body of [
      '{"ok":true}',
      '[{"severity":"fatal","code":"x","path":"","message":"m"}]',
      '[{"severity":"error","path":"","message":"m"}]',
      'null',
      '[null]',
      'not json',
    ]) {
      overwriteOnlyFindings(folder.dir, body);
      newProcess();
      expect(cachedScheduleFindings('findings-test', plan, { iterations: 0 }), body).toEqual(computed);
      saveScheduleFindings();
      expect(readFileSync(file, 'utf8')).toBe(intact);
    }
  });

  it('ignores a damaged or foreign pack and replaces it with the findings it computes', () => {
    const computed = cachedScheduleFindings('findings-test', plan, { iterations: 0 });
    saveScheduleFindings();
    const file = path.join(folder.dir, FINDINGS_FILE);
    const intact = readFileSync(file, 'utf8');
    const body = intact.slice(intact.indexOf('\n') + 1);
    const header = intact.slice(0, intact.indexOf('\n'));
    const [format, key] = header.split(' ');
    const resealed = (text: string) => `${format} ${key} ${sha256(text)}\n${text}`;
    for (const broken of [
      intact.slice(0, -5),
      resealed(body.replace('kickoff-pack/1', 'kickoff-pack/0')),
      resealed('{"format":"kickoff-pack/1","entries":{"a":"b"}}'),
      resealed('{"format":"kickoff-pack/1","entries":[["only a key"],[1,"[]"]]}'),
      resealed('[]'),
    ]) {
      writeFileSync(file, broken);
      newProcess();
      expect(knownScheduleFindings({ planId: 'findings-test', plan, options: { iterations: 0 } }), broken).toBeUndefined();
      expect(cachedScheduleFindings('findings-test', plan, { iterations: 0 })).toEqual(computed);
      saveScheduleFindings();
      expect(readFileSync(file, 'utf8')).toBe(intact);
    }
  });

  it('answers from a whole schedule of the same inputs already in memory, without the folder', () => {
    const whole = cachedSchedulePlan('findings-test', plan, { iterations: 0 });
    rmSync(folder.dir, { recursive: true, force: true });
    expect(cachedScheduleFindings('findings-test', plan, { iterations: 0 })).toBe(whole.ok ? whole.schedule.findings : whole.findings);
    expect(existsSync(folder.dir)).toBe(false);
  });

  it('tells different inputs apart', () => {
    const german = cachedScheduleFindings('findings-test', plan, { iterations: 0, lang: 'de' });
    const english = cachedScheduleFindings('findings-test', plan, { iterations: 0, lang: 'en' });
    expect(german.length).toBeGreaterThan(0);
    expect(german.map((finding) => finding.message)).not.toEqual(english.map((finding) => finding.message));
    const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);
    expect(codes(english)).toContain('absent-during-task');
    // Two days later the task starts after Anna's absence.
    expect(codes(cachedScheduleFindings('findings-test', { ...plan, kickoff: '2027-03-03' }, { iterations: 0, lang: 'en' }))).not.toContain(
      'absent-during-task',
    );
  });
});

describe('the findings of a job: known, remembered, computed', () => {
  // The plan of the describe above: Anna is away on both days of a two-day task, a warning.
  const plan = makePlan({
    kickoff: '2027-03-01',
    team: [person('anna', { absences: [{ from: '2027-03-01', to: '2027-03-02', reason: 'vacation' }] })],
    tasks: [{ id: 'a', title: 'A', duration: 2, assignees: ['anna'] }],
  });
  const job: ScheduleJob = { planId: 'job-test', plan, options: { iterations: 0, lang: 'en' } };
  const folder = cacheFolderPerTest();
  const { newProcess } = folder;
  const names = () => (existsSync(folder.dir) ? readdirSync(folder.dir) : []);
  const overwriteOnlyEntry = (body: string) => overwriteOnlyFindings(folder.dir, body);
  const handMade: ScheduleFinding[] = [{ severity: 'warning', code: 'overbooked', path: 'tasks[0]', message: 'worked out elsewhere' }];

  it('knows nothing of a job no one has scheduled, and computes nothing to find out', () => {
    expect(knownScheduleFindings(job)).toBeUndefined();
    expect(names()).toEqual([]);
  });

  it('computes a job’s findings once, keeps them in memory and in the folder, and knows them from then on', () => {
    const findings = scheduleJobFindings(job);
    // No buffer, and Anna away on both days of the task, from the kick-off on.
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'no-buffer',
        path: 'buffer',
        message: 'The plan has no buffer. Daily business, sickness, vacation, trade fairs and misjudged effort need a reserve (15–20% is common).',
      },
      {
        severity: 'warning',
        code: 'absent-during-task',
        path: 'tasks[0]',
        message: 'anna is absent on 2 working day(s) during “A” (from 2027-03-01); fixed-duration tasks do not move.',
      },
    ]);
    saveScheduleFindings();
    expect(findingsPack(folder.dir)).toHaveLength(1);
    expect(knownScheduleFindings(job)).toBe(findings);
    // Answered from memory: with the folder gone nothing is computed, nothing written.
    rmSync(folder.dir, { recursive: true, force: true });
    expect(scheduleJobFindings(job)).toBe(findings);
    expect(cachedScheduleFindings(job.planId, job.plan, job.options)).toBe(findings);
    expect(existsSync(folder.dir)).toBe(false);
  });

  it('knows in a later process what an earlier one wrote, and keeps it in memory once read', () => {
    scheduleJobFindings(job);
    saveScheduleFindings();
    overwriteOnlyEntry(JSON.stringify(handMade));
    newProcess();
    expect(knownScheduleFindings(job)).toEqual(handMade);
    rmSync(folder.dir, { recursive: true, force: true });
    expect(knownScheduleFindings(job)).toEqual(handMade);
    expect(scheduleJobFindings(job)).toEqual(handMade);
    expect(existsSync(folder.dir)).toBe(false);
  });

  it('answers with the findings another thread worked out for the job, and with nothing for another job', () => {
    rememberScheduleFindings(job, handMade);
    expect(knownScheduleFindings(job)).toBe(handMade);
    expect(scheduleJobFindings(job)).toBe(handMade);
    expect(knownScheduleFindings({ ...job, options: { ...job.options, lang: 'de' } })).toBeUndefined();
    expect(knownScheduleFindings({ ...job, planId: 'another-plan' })).toBeUndefined();
    // Kept for later processes as if worked out here (the other thread's own writes are never saved).
    expect(names()).toEqual([]);
    saveScheduleFindings();
    newProcess();
    expect(knownScheduleFindings(job)).toEqual(handMade);
  });

  it('knows nothing from a folder when none is set', () => {
    scheduleJobFindings(job);
    persistSchedulesIn(undefined);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('kickoff-playbook.schedules')];
    expect(knownScheduleFindings(job)).toBeUndefined();
  });

  it('never trusts an entry whose findings lack a field or have one of the wrong type: it knows nothing and recomputes', () => {
    const computed = scheduleJobFindings(job);
    saveScheduleFindings();
    const finding = { severity: 'warning', code: 'cycle', path: 'tasks[0]', message: 'm' };
    const foreign = [
      { ...finding, severity: 'info' },
      { ...finding, severity: undefined },
      { ...finding, code: 7 },
      { ...finding, code: undefined },
      { ...finding, path: 0 },
      { ...finding, path: undefined },
      { ...finding, message: ['m'] },
      { ...finding, message: undefined },
    ];
    for (const body of [...foreign.map((entry) => JSON.stringify([finding, entry])), '[1]', '["a finding"]', '[true]', '"[]"', '{}', '']) {
      overwriteOnlyEntry(body);
      newProcess();
      expect(knownScheduleFindings(job), body).toBeUndefined();
      expect(scheduleJobFindings(job), body).toEqual(computed);
      saveScheduleFindings();
    }
    // The same finding with every field right is trusted, a warning as well as an error.
    for (const severity of ['warning', 'error']) {
      overwriteOnlyEntry(JSON.stringify([{ ...finding, severity }]));
      newProcess();
      expect(knownScheduleFindings(job)).toEqual([{ ...finding, severity }]);
    }
    // A plan without findings is written as an empty list, and that is an answer too.
    overwriteOnlyEntry('[]');
    newProcess();
    expect(knownScheduleFindings(job)).toEqual([]);
  });

  it('keeps the findings of the last thousand jobs in memory, forgetting the oldest first', () => {
    persistSchedulesIn(undefined);
    const jobs = Array.from({ length: 1001 }, (_, index) => ({ ...job, planId: `plan-${index}` }));
    const found = (index: number) => knownScheduleFindings(jobs[index])?.[0].message;
    for (const each of jobs.slice(0, 1000)) rememberScheduleFindings(each, [{ ...handMade[0], message: each.planId }]);
    expect([found(0), found(999)]).toEqual(['plan-0', 'plan-999']);
    rememberScheduleFindings(jobs[1000], [{ ...handMade[0], message: 'plan-1000' }]);
    expect([found(0), found(1), found(999), found(1000)]).toEqual([undefined, 'plan-1', 'plan-999', 'plan-1000']);
  });
});

/** The file of the folder that holds every plan's findings. */
const FINDINGS_FILE = 'schedule-findings.json';

/** The entries of the findings pack in `dir`, oldest first, as written on disk. */
function findingsPack(dir: string): [string, string][] {
  const text = readFileSync(path.join(dir, FINDINGS_FILE), 'utf8');
  return (JSON.parse(text.slice(text.indexOf('\n') + 1)) as { entries: [string, string][] }).entries;
}

/** Replaces the text of the pack's only entry with `body`, sealing the file again as the cache would. */
function overwriteOnlyFindings(dir: string, body: string): void {
  const file = path.join(dir, FINDINGS_FILE);
  const text = readFileSync(file, 'utf8');
  const pack = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { format: string; entries: [string, string][] };
  expect(pack.entries).toHaveLength(1);
  const packed = JSON.stringify({ ...pack, entries: [[pack.entries[0][0], body]] });
  const [format, key] = text.slice(0, text.indexOf('\n')).split(' ');
  writeFileSync(file, `${format} ${key} ${sha256(packed)}\n${packed}`);
}

describe('scheduleCacheDir', () => {
  it('is node_modules/.cache/kickoff-schedules of the project, another folder by KICKOFF_SCHEDULE_CACHE, none by `off`', () => {
    expect(scheduleCacheDir({}, '/project')).toBe('/project/node_modules/.cache/kickoff-schedules');
    expect(scheduleCacheDir({ KICKOFF_SCHEDULE_CACHE: 'tmp/s' }, '/project')).toBe('/project/tmp/s');
    expect(scheduleCacheDir({ KICKOFF_SCHEDULE_CACHE: 'off' }, '/project')).toBeUndefined();
    expect(scheduleCacheDir({ KICKOFF_SCHEDULE_CACHE: '' }, '/project')).toBe('/project/node_modules/.cache/kickoff-schedules');
  });
});
