import { beforeAll, describe, expect, it } from 'vitest';
import { trackingHistory, type TrackingHistory } from '../../../src/lib/schedule/history.ts';
import type { Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import type { Snapshot } from '../../../src/lib/schema/snapshot.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { person, schedule } from '../../helpers/plan.ts';

// Berlin, June 2027 (no public holiday): working days Mon 7 – Fri 11, Mon 14 – Fri 18, …
const plan = {
  kickoff: '2027-06-07',
  calendar: { region: 'DE-BE' },
  team: [person('p')],
  buffer: { method: 'fixed', value: 5 },
  tasks: [
    { id: 'a', title: 'A', duration: 4 },
    { id: 'b', title: 'B', duration: 6, dependsOn: ['a'] },
    { id: 'm', title: 'M', milestone: true, dependsOn: ['b'] },
  ],
};

describe('trackingHistory', () => {
  // Worked out in beforeAll, not in the describe body: Stryker switches a mutant on in a hook,
  // after the describe bodies have run, so code reached only there counted as untestable ("static").
  let baseline: Snapshot;
  let middle: Snapshot;
  let now: Schedule;
  /** Built in each test: Stryker's per-test coverage counts no code run in a hook. */
  const historyOf = (): TrackingHistory => trackingHistory(now, [middle, baseline])!;
  beforeAll(() => {
    baseline = snapshotOf(schedule(plan), 'Kick-off');
    const tasks = (extra: Record<string, Record<string, unknown>>) => plan.tasks.map((task) => ({ ...task, ...(extra[task.id] ?? {}) }));
    middle = snapshotOf(
      schedule({ ...plan, statusDate: '2027-06-10', tasks: tasks({ a: { actualStart: '2027-06-07', remaining: 1 } }) }, { snapshots: [baseline] }),
      'Woche 1',
    );
    now = schedule(
      {
        ...plan,
        statusDate: '2027-06-15',
        tasks: tasks({ a: { actualStart: '2027-06-07', actualFinish: '2027-06-11' }, b: { actualStart: '2027-06-14', progress: 50 } }),
      },
      { snapshots: [baseline, middle] },
    );
  });

  it('has the baseline, one point per later snapshot and the current state', () => {
    const history = historyOf();
    expect(history.baseline.date).toBe('2027-06-07');
    expect(history.points.map((point) => [point.date, point.current])).toEqual([
      ['2027-06-10', false],
      ['2027-06-15', true],
    ]);
  });

  it('measures each snapshot against the baseline: a one-day slip uses one of five buffer days', () => {
    const history = historyOf();
    // The middle snapshot: a finishes Friday 11 (1 day late), b 14–21 June, finish Monday 21.
    expect(middle.finish).toBe('2027-06-21');
    // a is three quarters done (1 of 4 days left): 4 × 0.75 of 10 chain days = 30 %; 20 % used is green (below 10 + 18).
    expect(history.points[0]).toMatchObject({ consumption: 20, completion: 30, zone: 'green' });
    // The current point is the schedule's own figures.
    expect(history.points[1].completion).toBe(now.completion);
    expect(history.points[1].consumption).toBe(now.consumption);
  });

  it('follows every baseline milestone from the baseline through each snapshot to now', () => {
    const history = historyOf();
    expect(history.milestones).toHaveLength(1);
    expect(history.milestones[0].forecasts.map((entry) => entry.date)).toEqual(['2027-06-07', '2027-06-10', '2027-06-15']);
    expect(history.milestones[0].forecasts[0].forecast).toBe(baseline.tasks.find((task) => task.id === 'm')!.finish);
    expect(history.milestones[0].forecasts[1].forecast).toBe(middle.tasks.find((task) => task.id === 'm')!.finish);
  });

  it('a snapshot that does not say how far each task was has no completion and no zone; the baseline needs neither', () => {
    const bare = (snapshot: Snapshot): Snapshot => ({ ...snapshot, tasks: snapshot.tasks.map(({ state: _state, completion: _completion, ...task }) => task) });
    const history = trackingHistory(now, [bare(middle), bare(baseline)])!;
    expect(history.points[0]).toMatchObject({ date: '2027-06-10', consumption: 20, completion: null, zone: null });
    // One task without its share is enough to leave the chain unmeasured.
    const partly: Snapshot = { ...middle, tasks: middle.tasks.map((task, index) => (index === 2 ? bare({ ...middle, tasks: [task] }).tasks[0] : task)) };
    expect(trackingHistory(now, [partly, baseline])!.points[0]).toMatchObject({ completion: null, zone: null });
    expect(historyOf().points[0].completion).toBe(30);
  });

  it('is undefined without a baseline', () => {
    expect(trackingHistory(schedule(plan), [])).toBeUndefined();
  });
});
