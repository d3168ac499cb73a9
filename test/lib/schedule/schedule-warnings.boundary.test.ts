/**
 * Every warning of the schedule at its boundary: the plan just inside (no warning) and just
 * outside (the warning), plus the numbers the warnings rest on (buffer length, float, working
 * days, deadlines), all worked by hand.
 *
 * Calendar: Germany's national holidays (DE), March 2027: the first public holiday is Good Friday 26 March. Working
 * days: Mon 1 – Fri 5, Mon 8 – Fri 12, Mon 15 – Fri 19, Mon 22 – Thu 25 March; Mon 29 March is
 * Easter Monday (a holiday everywhere in Germany).
 */
import { describe, expect, it } from 'vitest';
import { schedulePlan, type Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const base = { kickoff: '2027-03-01', calendar: { region: 'DE' }, team: [person('p')] };
const codes = (result: Schedule) => result.findings.map((finding) => finding.code);
const task = (result: Schedule, id: string) => result.tasks.find((candidate) => candidate.id === id)!;
/** A chain of one duration task of `days` working days (1–25 March holds 19 of them). */
const oneTask = (days: number, extra: Record<string, unknown> = {}) => ({ ...base, tasks: [{ id: 'a', title: 'A', duration: days }], ...extra });

describe('task length and deadlines', () => {
  it('a duration task of 3 days from Monday takes Monday to Wednesday: 3 working days', () => {
    const result = schedule(oneTask(3));
    expect(task(result, 'a')).toMatchObject({ start: '2027-03-01', finish: '2027-03-03', workingDays: 3 });
  });

  it('an effort task of 2 person-days for a half-time person takes 4 working days', () => {
    const result = schedule({ ...base, team: [person('p', { capacity: 0.5 })], tasks: [{ id: 'e', title: 'E', effort: 2, assignees: ['p'] }] });
    expect(task(result, 'e')).toMatchObject({ start: '2027-03-01', finish: '2027-03-04', workingDays: 4 });
  });

  it('a milestone takes no working day', () => {
    const result = schedule({
      ...base,
      tasks: [
        { id: 'a', title: 'A', duration: 2 },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
      ],
    });
    expect(task(result, 'm')).toMatchObject({ start: '2027-03-02', finish: '2027-03-02', workingDays: 0 });
  });

  it('a deadline on the finish day is met; a deadline the day before is missed and warned about', () => {
    // a: Mon 1 – Wed 3 March.
    const onTheDay = schedule(oneTask(3, { tasks: [{ id: 'a', title: 'A', duration: 3, deadline: '2027-03-03' }] }));
    expect(task(onTheDay, 'a').deadlineMet).toBe(true);
    expect(codes(onTheDay)).not.toContain('deadline-missed');
    const dayBefore = schedule(oneTask(3, { tasks: [{ id: 'a', title: 'A', duration: 3, deadline: '2027-03-02' }] }));
    expect(task(dayBefore, 'a').deadlineMet).toBe(false);
    expect(dayBefore.findings.filter((finding) => finding.code === 'deadline-missed').map((finding) => finding.path)).toEqual(['tasks[0].deadline']);
  });
});

describe('buffer (rule 9)', () => {
  it('rss counts only critical tasks: 10 days from the long chain, nothing from the parallel short task', () => {
    // a (likely 10, pessimistic 20) is the critical chain; b (likely 2, pessimistic 8) runs beside it
    // with 8 days of float. RSS over critical tasks: √(10²) = 10; with b it would be ⌈√136⌉ = 12.
    const result = schedule({
      ...base,
      buffer: { method: 'rss' },
      tasks: [
        { id: 'a', title: 'A', duration: { optimistic: 8, likely: 10, pessimistic: 20 } },
        { id: 'b', title: 'B', duration: { optimistic: 1, likely: 2, pessimistic: 8 } },
      ],
    });
    expect([task(result, 'a').critical, task(result, 'b').critical]).toEqual([true, false]);
    expect(result.buffer.days).toBe(10);
  });

  it('rss scales an effort task’s spread to its scheduled working days', () => {
    // 4 person-days likely, 8 pessimistic, for a half-time person: 8 working days (1–10 March).
    // Spread 4 of 4 likely = 100 % of 8 working days = 8 buffer days (without the day the task
    // finishes on it would be 7).
    const result = schedule({
      ...base,
      team: [person('p', { capacity: 0.5 })],
      buffer: { method: 'rss' },
      tasks: [{ id: 'e', title: 'E', effort: { optimistic: 3, likely: 4, pessimistic: 8 }, assignees: ['p'] }],
    });
    expect(task(result, 'e')).toMatchObject({ finish: '2027-03-10', workingDays: 8 });
    expect(result.buffer.days).toBe(8);
    // The buffer takes the 8 working days after Wednesday 10 March: Thursday 11 – Monday 22 March.
    expect([result.buffer.start, result.buffer.finish, result.committedFinish]).toEqual(['2027-03-11', '2027-03-22', '2027-03-22']);
  });

  it('rss of an effort task that starts later: its own working days, not counted from the kick-off', () => {
    // a: Mon 1 – Tue 2 March (no spread). e: 4 person-days likely for a half-time person from
    // Wed 3 March: 8 working days to Fri 12 March; spread 4 of 4 = 8 buffer days.
    const result = schedule({
      ...base,
      team: [person('p', { capacity: 0.5 })],
      buffer: { method: 'rss' },
      tasks: [
        { id: 'a', title: 'A', duration: 2 },
        { id: 'e', title: 'E', effort: { optimistic: 3, likely: 4, pessimistic: 8 }, assignees: ['p'], dependsOn: ['a'] },
      ],
    });
    expect(task(result, 'e')).toMatchObject({ start: '2027-03-03', finish: '2027-03-12', workingDays: 8 });
    expect(result.buffer.days).toBe(8);
  });

  it('percent: a share that comes out whole is not rounded up (10 % of 20 days is 2)', () => {
    const result = schedule(oneTask(20, { buffer: { method: 'percent', value: 10 } }));
    expect(result.buffer.days).toBe(2);
    // 20 days end Tuesday 30 March; the buffer takes Wednesday 31 March and Thursday 1 April.
    expect(result.committedFinish).toBe('2027-04-01');
  });

  it('no buffer at all is warned about; one day of buffer is not “no buffer”', () => {
    expect(codes(schedule(oneTask(5)))).toContain('no-buffer');
    expect(codes(schedule(oneTask(5, { buffer: { method: 'fixed', value: 0 } })))).toContain('no-buffer');
    expect(codes(schedule(oneTask(5, { buffer: { method: 'fixed', value: 1 } })))).not.toContain('no-buffer');
  });

  it('small buffer: exactly 10 % of the length is enough, just under 10 % is not', () => {
    // 20 working days (1–26 March less Good Friday: 1–25 March is 19, so to Tue 30 March with Easter Monday off).
    const twenty = schedule(oneTask(20, { buffer: { method: 'fixed', value: 2 } }));
    expect(twenty.finish).toBe('2027-03-30');
    expect(codes(twenty)).not.toContain('small-buffer');
    // 21 working days with the same 2 days: 9.5 %.
    const twentyOne = schedule(oneTask(21, { buffer: { method: 'fixed', value: 2 } }));
    expect(twentyOne.findings.filter((finding) => finding.code === 'small-buffer')).toHaveLength(1);
    // 20 days with 1 buffer day: 5 %.
    expect(codes(schedule(oneTask(20, { buffer: { method: 'fixed', value: 1 } })))).toContain('small-buffer');
  });
});

describe('critical path (rule 10)', () => {
  it('a task feeding a successor that also waits on a lagged task has that slack as float', () => {
    // a: Mon 1 – Wed 3 March. b: Mon 1 March. c waits for a, and for b with 5 days of lag: the
    // 6th working day after Monday 1, Tuesday 9 March. a could finish on Monday 8: float 3.
    const result = schedule({
      ...base,
      tasks: [
        { id: 'a', title: 'A', duration: 3 },
        { id: 'b', title: 'B', duration: 1 },
        { id: 'c', title: 'C', duration: 1, dependsOn: ['a', { task: 'b', lag: 5 }] },
      ],
    });
    expect(task(result, 'c').start).toBe('2027-03-09');
    expect([task(result, 'a').float, task(result, 'b').float, task(result, 'c').float]).toEqual([3, 0, 0]);
    expect([task(result, 'a').critical, task(result, 'b').critical, task(result, 'c').critical]).toEqual([false, true, true]);
  });
});

describe('people', () => {
  it('a half-time person on one duration task is fully booked, not overbooked', () => {
    const result = schedule({ ...base, team: [person('p', { capacity: 0.5 })], tasks: [{ id: 'a', title: 'A', duration: 3, assignees: ['p'] }] });
    expect(codes(result)).not.toContain('overbooked');
  });

  it('a half-time person on two parallel duration tasks is overbooked on their common days', () => {
    // Both tasks book 0.5 each: 1.0 a day, twice the capacity of 0.5, on Mon 1 and Tue 2 March.
    const result = schedule(
      {
        ...base,
        team: [person('p', { capacity: 0.5 })],
        tasks: [
          { id: 'a', title: 'A', duration: 3, assignees: ['p'] },
          { id: 'b', title: 'B', duration: 2, assignees: ['p'] },
        ],
      },
      { lang: 'en' },
    );
    const overbooked = result.findings.filter((finding) => finding.code === 'overbooked');
    expect(overbooked.map((finding) => finding.path)).toEqual(['team[0]']);
    expect(overbooked[0].message).toBe('p is booked over capacity on 2 working day(s) (from 2027-03-01, peak 100%).');
  });

  it('names the first overbooked day, also when it is not the plan’s first', () => {
    // a: Mon 1 – Wed 3 March; b: Tue 2 – Wed 3 March. Both book 0.5 on Tue 2 and Wed 3 March.
    const result = schedule(
      {
        ...base,
        team: [person('p', { capacity: 0.5 })],
        tasks: [
          { id: 'a', title: 'A', duration: 3, assignees: ['p'] },
          { id: 'b', title: 'B', duration: 2, start: '2027-03-02', assignees: ['p'] },
        ],
      },
      { lang: 'en' },
    );
    const overbooked = result.findings.filter((finding) => finding.code === 'overbooked');
    expect(overbooked.map((finding) => finding.message)).toEqual(['p is booked over capacity on 2 working day(s) (from 2027-03-02, peak 100%).']);
  });

  it('absence during a fixed-duration task: the day before and after it is fine, the first day of the task is not', () => {
    const absentOn = (from: string, to: string) =>
      schedule({
        ...base,
        team: [person('p', { absences: [{ from, to, reason: 'vacation' }] })],
        tasks: [{ id: 'a', title: 'A', duration: 3, start: '2027-03-02', assignees: ['p'] }],
      });
    // a: Tue 2 – Thu 4 March.
    expect(codes(absentOn('2027-03-01', '2027-03-01'))).not.toContain('absent-during-task');
    expect(codes(absentOn('2027-03-05', '2027-03-05'))).not.toContain('absent-during-task');
    expect(codes(absentOn('2027-03-02', '2027-03-02'))).toContain('absent-during-task');
    expect(codes(absentOn('2027-03-04', '2027-03-08'))).toContain('absent-during-task');
  });

  it('absence during a task already done is history: no warning', () => {
    const done = schedule({
      ...base,
      statusDate: '2027-03-05',
      team: [person('p', { absences: [{ from: '2027-03-03', to: '2027-03-03', reason: 'vacation' }] })],
      tasks: [{ id: 'a', title: 'A', duration: 3, assignees: ['p'], actualStart: '2027-03-02', actualFinish: '2027-03-04' }],
    });
    expect(done.tasks[0].state).toBe('done');
    expect(codes(done)).not.toContain('absent-during-task');
  });

  it('a required role nobody holds is warned about; a recommended one is not', () => {
    const roles = [
      { id: 'it', title: 'IT', kickoff: 'required' as const },
      { id: 'sponsor', title: 'Sponsor', kickoff: 'recommended' as const },
    ];
    expect(codes(schedule(oneTask(2), { roles }))).not.toContain('required-role-missing');
    const missing = schedule(oneTask(2), { roles: [...roles, { id: 'lead', title: 'Lead', kickoff: 'required' }] });
    expect(missing.findings.filter((finding) => finding.code === 'required-role-missing').map((finding) => finding.path)).toEqual(['team']);
  });
});

describe('kick-off', () => {
  it('on a working day: no warning; on a Sunday: a warning naming the next working day', () => {
    expect(codes(schedule(oneTask(2)))).not.toContain('kickoff-not-working-day');
    const sunday = schedule(oneTask(2, { kickoff: '2027-02-28' }));
    expect(sunday.findings.filter((finding) => finding.code === 'kickoff-not-working-day').map((finding) => finding.path)).toEqual(['kickoff']);
    expect(task(sunday, 'a').start).toBe('2027-03-01');
  });
});

describe('against the baseline (rules B1, B4) and the status date', () => {
  // Baseline: a Mon 1 – Thu 4, b Fri 5 – Thu 11 March; 5 buffer days to Thursday 18 March.
  const plan = {
    ...base,
    buffer: { method: 'fixed', value: 5 },
    tasks: [
      { id: 'a', title: 'A', duration: 4 },
      { id: 'b', title: 'B', duration: 5, dependsOn: ['a'] },
    ],
  };
  const baselineResult = schedulePlan('test-plan', makePlan(plan), { iterations: 0 });
  if (!baselineResult.ok) throw new Error('the baseline plan does not schedule');
  const baseline = snapshotOf(baselineResult.schedule, 'Kick-off');
  /** The plan as of `statusDate` with b's duration changed. */
  const tracked = (statusDate: string, bDays: number, aDone = true) =>
    schedule(
      {
        ...plan,
        statusDate,
        tasks: [aDone ? { ...plan.tasks[0], actualStart: '2027-03-01', actualFinish: '2027-03-04' } : plan.tasks[0], { ...plan.tasks[1], duration: bDays }],
      },
      { snapshots: [baseline] },
    );

  it('the baseline is as worked out by hand', () => {
    expect(baseline).toMatchObject({ finish: '2027-03-11', committedFinish: '2027-03-18' });
  });

  it('buffer overrun: finishing on the committed finish is none, one day later is', () => {
    // b from Fri 5 March: 10 days end Thursday 18 March (the committed finish), 11 days Friday 19.
    const onTime = tracked('2027-03-04', 10);
    expect(onTime.finish).toBe('2027-03-18');
    expect(onTime.buffer.remaining).toBe(0);
    expect(codes(onTime)).not.toContain('buffer-overrun');
    const oneLate = tracked('2027-03-04', 11);
    expect(oneLate.buffer.remaining).toBe(-1);
    expect(oneLate.findings.filter((finding) => finding.code === 'buffer-overrun').map((finding) => finding.path)).toEqual(['statusDate']);
    // The whole message: the committed finish, and the days past it counted as a positive number.
    expect(oneLate.findings.find((finding) => finding.code === 'buffer-overrun')?.message).toBe(
      'Das zugesagte Ende am 18.03.2027 ist nicht mehr zu halten: der Plan endet 1 Arbeitstag später.',
    );
  });

  it('red zone: warned about in the red zone only', () => {
    // a done (4 of 9 baseline days done: 44.4 % complete). b takes 5 + x days: x of 5 buffer days used.
    // Red from 30 + 0.6 × 44.4 = 56.7 % consumed: 3 days (60 %) is red, 2 days (40 %) is yellow.
    const yellow = tracked('2027-03-04', 7);
    expect(yellow.zone).toBe('yellow');
    expect(codes(yellow)).not.toContain('red-zone');
    const red = tracked('2027-03-04', 8);
    expect(red.zone).toBe('red');
    expect(red.findings.filter((finding) => finding.code === 'red-zone').map((finding) => finding.path)).toEqual(['statusDate']);
  });

  it('late: a task the baseline finished on the status date is late then, not the day before', () => {
    // Not started: a is planned, the baseline has it finished on Thursday 4 March.
    const dayBefore = tracked('2027-03-03', 5, false);
    expect(codes(dayBefore)).not.toContain('task-late');
    const onTheDay = tracked('2027-03-04', 5, false);
    expect(onTheDay.findings.filter((finding) => finding.code === 'task-late').map((finding) => finding.path)).toEqual(['tasks[0]']);
  });

  it('started early: work begun while its predecessor is open is warned about, after a done one it is not', () => {
    const afterDone = schedule({
      ...plan,
      statusDate: '2027-03-08',
      tasks: [
        { ...plan.tasks[0], actualStart: '2027-03-01', actualFinish: '2027-03-04' },
        { ...plan.tasks[1], actualStart: '2027-03-05' },
      ],
    });
    expect(codes(afterDone)).not.toContain('started-early');
    const early = schedule({
      ...plan,
      statusDate: '2027-03-08',
      tasks: [
        { ...plan.tasks[0], actualStart: '2027-03-01' },
        { ...plan.tasks[1], actualStart: '2027-03-05' },
      ],
    });
    expect(early.findings.filter((finding) => finding.code === 'started-early').map((finding) => finding.path)).toEqual(['tasks[1]']);
  });
});
