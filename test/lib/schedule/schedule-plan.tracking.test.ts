/**
 * Rules T1–T5 and B1–B5, worked by hand. Berlin, June 2027: no public holiday; the working days
 * are Mon 7 – Fri 11, Mon 14 – Fri 18, Mon 21 – Fri 25 June, Mon 28 June – Fri 2 July.
 */
import { describe, expect, it } from 'vitest';
import { bufferUse, chainCompletion, oneDecimal, selectBaseline, taskCompletion, zoneOf } from '../../../src/lib/schedule/baseline.ts';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import type { Snapshot } from '../../../src/lib/schema/snapshot.ts';
import { dates, makePlan, person, schedule } from '../../helpers/plan.ts';

const base = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team: [person('p'), person('q')] };
const byId = (result: ReturnType<typeof schedule>, id: string) => result.tasks.find((task) => task.id === id)!;

describe('T1: done tasks are fixed in the past', () => {
  it('keep their actual dates, book nobody, and their successors follow their actual finish', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-15',
      tasks: [
        { id: 'a', title: 'A', duration: 5, assignees: ['p'], actualStart: '2027-06-07', actualFinish: '2027-06-15' },
        { id: 'b', title: 'B', duration: 2, assignees: ['p'], dependsOn: ['a'] },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-06-07', '2027-06-15'], b: ['2027-06-16', '2027-06-17'] });
    const a = byId(result, 'a');
    expect(a).toMatchObject({
      state: 'done',
      float: null,
      critical: false,
      workingDays: 7,
      actualStart: '2027-06-07',
      actualFinish: '2027-06-15',
      remaining: null,
    });
    // Nothing booked on a's days: only b's two days.
    expect(Array.from(result.booked[0]).reduce((sum, value) => sum + value, 0)).toBe(2);
  });

  it('a finish on a Saturday counts from the Friday before; a lag runs in working days after it', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-14',
      tasks: [
        { id: 'a', title: 'A', duration: 5, actualStart: '2027-06-07', actualFinish: '2027-06-12' },
        { id: 'b', title: 'B', duration: 2, dependsOn: [{ task: 'a', lag: 2 }] },
      ],
    });
    // Friday 11 + 2 lag days (14, 15) → b starts Wednesday 16.
    expect(dates(result).b).toEqual(['2027-06-16', '2027-06-17']);
    expect(byId(result, 'a').finish).toBe('2027-06-12');
  });

  it('a done milestone is dated on the day it was reached', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-10',
      tasks: [
        { id: 'a', title: 'A', duration: 2, actualStart: '2027-06-07', actualFinish: '2027-06-08' },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'], actualFinish: '2027-06-09' },
        { id: 'b', title: 'B', duration: 1, dependsOn: ['m'] },
      ],
    });
    expect(dates(result).m).toEqual(['2027-06-09', '2027-06-09']);
    expect(dates(result).b).toEqual(['2027-06-11', '2027-06-11']);
  });
});

describe('T2: active tasks go first with the work left, from the first working day after the status date', () => {
  it('a duration task: ceil(likely × (1 − progress)) working days from N', () => {
    const result = schedule({ ...base, statusDate: '2027-06-11', tasks: [{ id: 'a', title: 'A', duration: 10, actualStart: '2027-06-07', progress: 40 }] });
    // R = ceil(10 × 0.6) = 6 from Monday 14 → Monday 21.
    expect(dates(result).a).toEqual(['2027-06-07', '2027-06-21']);
    expect(byId(result, 'a')).toMatchObject({ state: 'active', remaining: 6, actualStart: '2027-06-07' });
  });

  it('`remaining` wins over progress', () => {
    const result = schedule({ ...base, statusDate: '2027-06-11', tasks: [{ id: 'a', title: 'A', duration: 10, actualStart: '2027-06-07', remaining: 3 }] });
    expect(dates(result).a).toEqual(['2027-06-07', '2027-06-16']);
  });

  it('a fractional `remaining` of a duration task: R as given, scheduled on whole working days', () => {
    // 2.5 days left from Monday 14 June take Monday to Wednesday; R stays 2.5 for the JSON and
    // for the completion (1 − 2.5 / 5).
    const result = schedule({ ...base, statusDate: '2027-06-11', tasks: [{ id: 'a', title: 'A', duration: 5, actualStart: '2027-06-07', remaining: 2.5 }] });
    expect(dates(result).a).toEqual(['2027-06-07', '2027-06-16']);
    expect(byId(result, 'a')).toMatchObject({ remaining: 2.5, completion: 0.5 });
    // From progress, R is whole working days: ceil(5 × 0.7) = 4.
    const fromProgress = schedule({
      ...base,
      statusDate: '2027-06-11',
      tasks: [{ id: 'a', title: 'A', duration: 5, actualStart: '2027-06-07', progress: 30 }],
    });
    expect(byId(fromProgress, 'a').remaining).toBe(4);
  });

  it('rounds a duration task up, even for a sliver of work left', () => {
    const result = schedule({ ...base, statusDate: '2027-06-11', tasks: [{ id: 'a', title: 'A', duration: 10, actualStart: '2027-06-07', progress: 99 }] });
    expect(dates(result).a).toEqual(['2027-06-07', '2027-06-14']);
  });

  it('an effort task: likely × (1 − progress) person-days by the assignees’ capacity', () => {
    const result = schedule({
      ...base,
      team: [person('p', { capacity: 0.5 })],
      statusDate: '2027-06-11',
      tasks: [{ id: 'a', title: 'A', effort: 10, assignees: ['p'], actualStart: '2027-06-07', progress: 50 }],
    });
    // 5 person-days at half a day each: 10 working days from Monday 14 → Friday 25.
    expect(dates(result).a).toEqual(['2027-06-07', '2027-06-25']);
    expect(byId(result, 'a').remaining).toBe(5);
  });

  it('does not wait for a predecessor that is not done (and warns)', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-08',
      tasks: [
        { id: 'a', title: 'A', duration: 5 },
        { id: 'b', title: 'B', duration: 3, dependsOn: ['a'], actualStart: '2027-06-08', remaining: 2 },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-06-09', '2027-06-15'], b: ['2027-06-08', '2027-06-10'] });
    expect(result.findings.map((finding) => finding.code)).toContain('started-early');
  });

  it('warns about done work whose predecessor is not done either', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-09',
      tasks: [
        { id: 'a', title: 'A', duration: 2 },
        { id: 'b', title: 'B', duration: 1, dependsOn: ['a'], actualStart: '2027-06-07', actualFinish: '2027-06-07' },
      ],
    });
    expect(result.findings.filter((finding) => finding.code === 'started-early').map((finding) => finding.path)).toEqual(['tasks[1]']);
  });

  it('among active tasks, higher priority first, then file order; all before planned work', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-11',
      tasks: [
        { id: 'plan', title: 'Planned', effort: 1, assignees: ['p'], priority: 1000 },
        { id: 'low', title: 'Low', effort: 4, assignees: ['p'], actualStart: '2027-06-07', remaining: 2 },
        { id: 'high', title: 'High', effort: 4, assignees: ['p'], actualStart: '2027-06-07', remaining: 2, priority: 600 },
      ],
    });
    expect(dates(result)).toEqual({ plan: ['2027-06-18', '2027-06-18'], low: ['2027-06-07', '2027-06-17'], high: ['2027-06-07', '2027-06-15'] });
  });
});

describe('T3: planned work lies in the future', () => {
  it('starts no earlier than the first working day after the status date', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-09',
      tasks: [
        { id: 'a', title: 'A', duration: 2 },
        { id: 'm', title: 'M', milestone: true },
        { id: 'b', title: 'B', duration: 1, start: '2027-06-21' },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-06-10', '2027-06-11'], m: ['2027-06-10', '2027-06-10'], b: ['2027-06-21', '2027-06-21'] });
  });

  it('a status date on a Friday opens on Monday', () => {
    const result = schedule({ ...base, statusDate: '2027-06-11', tasks: [{ id: 'a', title: 'A', duration: 1 }] });
    expect(dates(result).a).toEqual(['2027-06-14', '2027-06-14']);
  });
});

describe('T4 and T5: critical path and Monte Carlo over the open work only', () => {
  it('done tasks have no float; an active task counts from its remaining part', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-11',
      tasks: [
        { id: 'a', title: 'A', duration: 3, actualStart: '2027-06-07', actualFinish: '2027-06-09' },
        { id: 'b', title: 'B', duration: 5, dependsOn: ['a'], actualStart: '2027-06-10', remaining: 2 },
        { id: 'c', title: 'C', duration: 4, dependsOn: ['a'], actualStart: '2027-06-10', remaining: 4 },
      ],
    });
    expect(byId(result, 'a')).toMatchObject({ float: null, critical: false });
    // b's remaining part: 14–15 June; c's: 14–17 June, the last finish.
    expect(byId(result, 'b')).toMatchObject({ float: 2, critical: false });
    expect(byId(result, 'c')).toMatchObject({ float: 0, critical: true });
  });

  it('a done successor, recorded early, does not squeeze its open predecessor’s float', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-09',
      tasks: [
        { id: 'a', title: 'A', duration: 3 },
        { id: 'b', title: 'B', duration: 1, dependsOn: ['a'], actualStart: '2027-06-07', actualFinish: '2027-06-07' },
        { id: 'c', title: 'C', duration: 5 },
      ],
    });
    // a 10–14 June, c 10–16 June: a has two days of float, b counts for nothing.
    expect(byId(result, 'a')).toMatchObject({ float: 2, critical: false });
    expect(byId(result, 'c')).toMatchObject({ float: 0, critical: true });
  });

  it('a done task’s estimate plays no part in the forecast', () => {
    const plan = (pessimistic: number) => ({
      ...base,
      statusDate: '2027-06-09',
      tasks: [
        { id: 'a', title: 'A', duration: { optimistic: 1, likely: 2, pessimistic }, actualStart: '2027-06-07', actualFinish: '2027-06-08' },
        { id: 'b', title: 'B', duration: { optimistic: 2, likely: 5, pessimistic: 15 }, dependsOn: ['a'] },
      ],
    });
    const [narrow, wide] = [schedule(plan(3), { iterations: 300 }), schedule(plan(40), { iterations: 300 })];
    expect([wide.p50, wide.p85]).toEqual([narrow.p50, narrow.p85]);
  });

  it('draws only what remains: with everything done, P50 = P85 = finish', () => {
    const result = schedule(
      {
        ...base,
        statusDate: '2027-06-18',
        tasks: [
          { id: 'a', title: 'A', duration: { optimistic: 2, likely: 5, pessimistic: 20 }, actualStart: '2027-06-07', actualFinish: '2027-06-09' },
          {
            id: 'b',
            title: 'B',
            duration: { optimistic: 1, likely: 2, pessimistic: 9 },
            dependsOn: ['a'],
            actualStart: '2027-06-10',
            actualFinish: '2027-06-11',
          },
        ],
      },
      { iterations: 200 },
    );
    expect(result.finish).toBe('2027-06-11');
    expect([result.p50, result.p85]).toEqual(['2027-06-11', '2027-06-11']);
  });

  it('scales an active task’s work left by the draw: never below the status date, sometimes later than likely', () => {
    const result = schedule(
      {
        ...base,
        statusDate: '2027-06-11',
        tasks: [{ id: 'a', title: 'A', duration: { optimistic: 5, likely: 10, pessimistic: 30 }, actualStart: '2027-06-07', remaining: 5 }],
      },
      { iterations: 300 },
    );
    // Likely: 5 days from Monday 14 → Friday 18; the draws scale those 5 days by 0.5–3.
    expect(result.finish).toBe('2027-06-18');
    expect(result.p50! >= '2027-06-16').toBe(true);
    expect(result.p85! > '2027-06-18').toBe(true);
    // At most 5 × 30 / 10 = 15 days: Friday 2 July; the full estimate (up to 30 days) would run far beyond.
    expect(result.p85! <= '2027-07-02').toBe(true);
  });
});

/** A baseline from the plan scheduled without any actuals. */
function baselineOf(input: Record<string, unknown>, label = 'Kick-off'): Snapshot {
  const result = schedulePlan('test-plan', makePlan(input), { iterations: 0 });
  if (!result.ok) throw new Error('baseline does not schedule');
  return snapshotOf(result.schedule, label);
}

describe('B1–B5: against the baseline', () => {
  const plan = {
    ...base,
    buffer: { method: 'fixed', value: 5 },
    tasks: [
      { id: 'a', title: 'A', duration: 4 },
      { id: 'b', title: 'B', duration: 6, dependsOn: ['a'] },
    ],
  };
  const baseline = baselineOf(plan);

  it('the baseline: finish Friday 18 June, five buffer days to Friday 25 June', () => {
    expect(baseline).toMatchObject({ date: '2027-06-07', finish: '2027-06-18', committedFinish: '2027-06-25', buffer: { method: 'fixed', days: 5 } });
  });

  it('B1/B2/B5: a two-day slip leaves three buffer days, 40 % consumed; the committed finish holds', () => {
    const result = schedule(
      {
        ...plan,
        statusDate: '2027-06-10',
        tasks: [
          { ...plan.tasks[0], actualStart: '2027-06-07', actualFinish: '2027-06-10' },
          { ...plan.tasks[1], duration: 8 },
        ],
      },
      { snapshots: [baseline] },
    );
    expect(result.finish).toBe('2027-06-22');
    expect(result.committedFinish).toBe('2027-06-25');
    expect(result.buffer).toMatchObject({ days: 5, remaining: 3, consumed: 2, start: '2027-06-23', finish: '2027-06-25' });
    expect(result.consumption).toBe(40);
    expect(result.slip).toBe(2);
    expect(byId(result, 'b')).toMatchObject({ baselineStart: '2027-06-11', baselineFinish: '2027-06-18', slip: 2 });
    expect(result.baseline).toEqual({ date: '2027-06-07', finish: '2027-06-18', committedFinish: '2027-06-25' });
  });

  it('B1: past the committed finish the remaining days are negative and no buffer is left to show', () => {
    const result = schedule({ ...plan, statusDate: '2027-06-08', tasks: [plan.tasks[0], { ...plan.tasks[1], duration: 16 }] }, { snapshots: [baseline] });
    // a 9–14, b 15 June – 6 July: 7 working days after Friday 25 June.
    expect(result.finish).toBe('2027-07-06');
    expect(result.buffer).toMatchObject({ remaining: -7, consumed: 12 });
    expect(result.buffer.start).toBeUndefined();
    expect(result.consumption).toBe(240);
    expect(result.findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(['buffer-overrun', 'red-zone']));
  });

  it('work due on the status date itself and not done is late', () => {
    const result = schedule(
      { ...plan, statusDate: '2027-06-10', tasks: [{ ...plan.tasks[0], actualStart: '2027-06-07', remaining: 1 }, plan.tasks[1]] },
      { snapshots: [baseline] },
    );
    expect(result.findings.filter((finding) => finding.code === 'task-late').map((finding) => finding.path)).toEqual(['tasks[0]']);
  });

  it('warns about open work the baseline had finished by the status date, not about work due later', () => {
    // The baseline finishes a on Thursday 10 June; on Friday 11 it is still active, b is due later.
    const result = schedule(
      { ...plan, statusDate: '2027-06-11', tasks: [{ ...plan.tasks[0], actualStart: '2027-06-07', remaining: 1 }, plan.tasks[1]] },
      { snapshots: [baseline] },
    );
    const late = result.findings.filter((finding) => finding.code === 'task-late');
    expect(late.map((finding) => finding.path)).toEqual(['tasks[0]']);
    expect(late[0].message).toMatch(/10\.06\.2027.*11\.06\.2027/);
  });

  it('B1: finishing on the committed finish leaves no buffer to show', () => {
    const result = schedule({ ...plan, statusDate: '2027-06-08', tasks: [plan.tasks[0], { ...plan.tasks[1], duration: 9 }] }, { snapshots: [baseline] });
    expect(result.finish).toBe('2027-06-25');
    expect(result.buffer).toMatchObject({ remaining: 0, consumed: 5 });
    expect([result.buffer.start, result.buffer.finish]).toEqual([undefined, undefined]);
    expect(result.findings.map((finding) => finding.code)).not.toContain('buffer-overrun');
  });

  it('B1: a reached milestone the buffer sits before keeps its day', () => {
    const withMilestone = {
      ...plan,
      buffer: { method: 'fixed', value: 5, before: 'm' },
      tasks: [...plan.tasks, { id: 'm', title: 'M', milestone: true, dependsOn: ['b'] }],
    };
    const tracked = schedule(
      {
        ...withMilestone,
        statusDate: '2027-06-21',
        tasks: [
          { ...plan.tasks[0], actualStart: '2027-06-07', actualFinish: '2027-06-10' },
          { ...plan.tasks[1], actualStart: '2027-06-11', actualFinish: '2027-06-18' },
          { ...withMilestone.tasks[2], actualFinish: '2027-06-18' },
        ],
      },
      { snapshots: [baselineOf(withMilestone)] },
    );
    expect(dates(tracked).m).toEqual(['2027-06-18', '2027-06-18']);
    const open = schedule({ ...withMilestone, statusDate: '2027-06-08' }, { snapshots: [baselineOf(withMilestone)] });
    expect(dates(open).m).toEqual(['2027-06-25', '2027-06-25']);
  });

  it('B3: completion weighs the baseline’s critical tasks by their working days', () => {
    // Both a (4 days) and b (6 days) are critical in the baseline; a done, b half done → (4 + 3) / 10.
    const result = schedule(
      {
        ...plan,
        statusDate: '2027-06-14',
        tasks: [
          { ...plan.tasks[0], actualStart: '2027-06-07', actualFinish: '2027-06-10' },
          { ...plan.tasks[1], actualStart: '2027-06-11', progress: 50 },
        ],
      },
      { snapshots: [baseline] },
    );
    expect(result.completion).toBe(70);
  });

  it('the plan’s own baseline date picks the snapshot; without one the earliest', () => {
    const later = { ...baseline, date: '2027-06-14', committedFinish: '2027-06-30' };
    expect(selectBaseline([later, baseline], undefined)).toBe(baseline);
    expect(selectBaseline([baseline, later], '2027-06-14')).toBe(later);
    const result = schedule({ ...plan, baseline: '2027-06-14' }, { snapshots: [baseline, later] });
    expect(result.committedFinish).toBe('2027-06-30');
  });

  it('without a baseline: rule 9 buffer, and no consumption, completion, zone or slip', () => {
    const result = schedule({ ...plan, statusDate: '2027-06-10' });
    expect(result).toMatchObject({ baseline: null, slip: null, completion: null, consumption: null, zone: null });
    expect(result.buffer).toMatchObject({ days: 5, remaining: null, consumed: null });
  });
});

describe('the baseline rules as functions', () => {
  it('B4: green below 10 + 0.6 × completion, red from 30 + 0.6 × completion, yellow between', () => {
    expect(zoneOf(9.99, 0)).toBe('green');
    expect(zoneOf(10, 0)).toBe('yellow');
    expect(zoneOf(29.99, 0)).toBe('yellow');
    expect(zoneOf(30, 0)).toBe('red');
    expect(zoneOf(69.9, 100)).toBe('green');
    expect(zoneOf(70, 100)).toBe('yellow');
    expect(zoneOf(90, 100)).toBe('red');
    // The spec's example: 54.5 % at 41.5 % completion is yellow (lines at 34.9 and 54.9).
    expect(zoneOf(54.5, 41.5)).toBe('yellow');
    expect(zoneOf(null, 50)).toBeNull();
    expect(zoneOf(50, null)).toBeNull();
  });

  it('B4 exactly on a line, where floating point lands beside it: the line belongs to the zone above', () => {
    // 3 of 14 buffer days used at 4 of 21 days done: 21.43 % against 10 + 0.6 × 19.05 %, the same value.
    expect(zoneOf(bufferUse(14, 0, 11).consumption, (100 * 4) / 21)).toBe('yellow');
    // 7 of 15 buffer days used at 5 of 18 days done: 46.67 % against 30 + 0.6 × 27.78 %, the same value.
    expect(zoneOf(bufferUse(15, 0, 8).consumption, (100 * 5) / 18)).toBe('red');
    // A ten-thousandth of a point beside the lines is beside them.
    expect(zoneOf(21.4285, (100 * 4) / 21)).toBe('green');
    expect(zoneOf(46.6666, (100 * 5) / 18)).toBe('yellow');
  });

  it('one decimal, halves up, also where floating point puts the value just below the half', () => {
    const chain = {
      tasks: [
        { id: 'x', critical: true, milestone: false, workingDays: 1 },
        { id: 'y', critical: true, milestone: false, workingDays: 15 },
      ],
    } as unknown as Snapshot;
    const completion = chainCompletion(chain, (id) => (id === 'x' ? 1 : taskCompletion({ remaining: 13 }, 'active', 15)));
    expect(completion).not.toBe(18.75); // 18.749999999999996
    expect(oneDecimal(completion)).toBe(18.8);
    expect(oneDecimal(6.25)).toBe(6.3);
    expect(oneDecimal(-6.25)).toBe(-6.2);
    expect(oneDecimal(18.74)).toBe(18.7);
    expect(oneDecimal(null)).toBeNull();
  });

  it('B1/B2 on indices: remaining, consumed, consumption; none without a baseline buffer', () => {
    expect(bufferUse(22, 100, 110)).toEqual({ remaining: 10, consumed: 12, consumption: (100 * 12) / 22 });
    expect(bufferUse(5, 110, 100)).toEqual({ remaining: -10, consumed: 15, consumption: 300 });
    expect(bufferUse(0, 100, 100).consumption).toBeNull();
  });

  it('B3 weights: done 1, active by progress or by work left, planned 0', () => {
    expect(taskCompletion({}, 'done', 10)).toBe(1);
    expect(taskCompletion({ progress: 30 }, 'planned', 10)).toBe(0);
    expect(taskCompletion({ progress: 30 }, 'active', 10)).toBe(0.3);
    expect(taskCompletion({ remaining: 4 }, 'active', 10)).toBe(0.6);
    expect(taskCompletion({ remaining: 14 }, 'active', 10)).toBe(0);
    expect(taskCompletion({}, 'active', 10)).toBe(0);
  });

  it('B3 over the chain: milestones, non-critical and vanished tasks do not count', () => {
    const snapshot = {
      tasks: [
        { id: 'a', critical: true, milestone: false, workingDays: 4 },
        { id: 'b', critical: true, milestone: false, workingDays: 6 },
        { id: 'm', critical: true, milestone: true, workingDays: 0 },
        { id: 'x', critical: false, milestone: false, workingDays: 50 },
        { id: 'gone', critical: true, milestone: false, workingDays: 90 },
      ],
    } as unknown as Snapshot;
    const shares: Record<string, number> = { a: 1, b: 0.5, m: 1, x: 1 };
    expect(chainCompletion(snapshot, (id) => shares[id])).toBe(70);
    expect(chainCompletion({ tasks: [] } as unknown as Snapshot, () => 1)).toBeNull();
  });
});

describe('dates before the kick-off count in working days like any others', () => {
  it('a task done before the kick-off keeps its working days, and a lag after it runs from its actual finish', () => {
    const result = schedule({
      ...base,
      statusDate: '2027-06-07',
      tasks: [
        // Monday 24 to Friday 28 May: five working days, two weeks before the kick-off.
        { id: 'early', title: 'Early', duration: 5, actualStart: '2027-05-24', actualFinish: '2027-05-28' },
        // The 11th working day after Friday 28 May is Monday 14 June.
        { id: 'after', title: 'After', duration: 2, dependsOn: [{ task: 'early', lag: 10 }] },
        { id: 'next', title: 'Next', duration: 1, dependsOn: ['early'] },
      ],
    });
    expect(byId(result, 'early')).toMatchObject({ state: 'done', start: '2027-05-24', finish: '2027-05-28', workingDays: 5 });
    expect(dates(result)).toMatchObject({ after: ['2027-06-14', '2027-06-15'], next: ['2027-06-08', '2027-06-08'] });
  });

  it('a baseline taken before the kick-off moved: its finish counts back across the kick-off', () => {
    const tasks = [
      { id: 'a', title: 'A', duration: 4 },
      { id: 'b', title: 'B', duration: 6, dependsOn: ['a'] },
    ];
    // Planned from Monday 24 May: B finished on Friday 4 June; the kick-off then moved to 7 June.
    const baseline = baselineOf({ ...base, kickoff: '2027-05-24', tasks });
    expect(baseline).toMatchObject({ finish: '2027-06-04' });
    const result = schedule({ ...base, tasks }, { snapshots: [baseline] });
    expect(byId(result, 'b')).toMatchObject({ finish: '2027-06-18', baselineFinish: '2027-06-04', slip: 10 });
    expect(result.slip).toBe(10);
  });

  it('work all done before the kick-off: the buffer follows it in real dates, and a percent buffer has no length to take a share of', () => {
    const tasks = [
      { id: 'early', title: 'Early', duration: 3, actualStart: '2027-05-24', actualFinish: '2027-05-26' },
      { id: 'live', title: 'Live', milestone: true, dependsOn: ['early'], actualFinish: '2027-05-27' },
    ];
    const fixed = schedule({ ...base, statusDate: '2027-06-09', buffer: { method: 'fixed', value: 5, before: 'live' }, tasks });
    // Five working days after Thursday 27 May: Friday 28 May to Thursday 3 June.
    expect(fixed.buffer).toMatchObject({ days: 5, start: '2027-05-28', finish: '2027-06-03' });
    expect(fixed.committedFinish).toBe('2027-06-03');
    const percent = schedule({ ...base, statusDate: '2027-06-09', buffer: { method: 'percent', value: 50 }, tasks });
    expect(percent.buffer.days).toBe(0);
    expect(percent.committedFinish).toBe('2027-05-27');
  });

  it('what is planned still starts on the kick-off: a start or an absence before it moves nothing earlier', () => {
    const result = schedule({
      ...base,
      team: [{ ...person('p'), absences: [{ from: '2027-05-31', to: '2027-06-08', reason: 'vacation' }] }],
      tasks: [
        { id: 'named', title: 'Named', duration: 2, start: '2027-05-31' },
        { id: 'booked', title: 'Booked', effort: 2, assignees: ['p'] },
      ],
    });
    // p is away until Tuesday 8 June: the effort takes Wednesday and Thursday.
    expect(dates(result)).toEqual({ named: ['2027-06-07', '2027-06-08'], booked: ['2027-06-09', '2027-06-10'] });
  });
});
