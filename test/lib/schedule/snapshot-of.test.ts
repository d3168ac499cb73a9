/**
 * `snapshotOf`, what `kickoff snapshot` writes. Berlin, June 2027: no public holiday; working days
 * Mon 7 – Fri 11, Mon 14 – Fri 18 June.
 */
import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { person, schedule } from '../../helpers/plan.ts';

const plan = {
  kickoff: '2027-06-07',
  calendar: { region: 'DE-BE' },
  team: [person('p')],
  buffer: { method: 'fixed', value: 2 },
  tasks: [{ id: 'a', title: 'A', duration: 3 }],
};

describe('snapshotOf', () => {
  it('keeps the label it is given, dated on the kick-off without a status date', () => {
    // a: Mon 7 – Wed 9 June; the buffer Thu 10 – Fri 11 June.
    expect(snapshotOf(schedule(plan), 'Freigabe')).toEqual({
      plan: 'test-plan',
      date: '2027-06-07',
      label: 'Freigabe',
      finish: '2027-06-09',
      committedFinish: '2027-06-11',
      buffer: { method: 'fixed', days: 2 },
      tasks: [{ id: 'a', start: '2027-06-07', finish: '2027-06-09', milestone: false, critical: true, workingDays: 3, state: 'planned', completion: 0 }],
    });
  });

  it('keeps P50 and P85 of a schedule with Monte Carlo', () => {
    // A three-point estimate without spread: every run takes the 3 days, Mon 7 – Wed 9 June.
    const threePoint = { ...plan, tasks: [{ id: 'a', title: 'A', duration: { optimistic: 3, likely: 3, pessimistic: 3 } }] };
    expect(snapshotOf(schedule(threePoint, { iterations: 20 }))).toMatchObject({ p50: '2027-06-09', p85: '2027-06-09' });
  });

  it('keeps a task’s completion to three places: a third done is 0.333', () => {
    // Effort 3 days, begun Mon 7 June, 2 days remaining at the status date: 1 − 2/3 done.
    const begun = { ...plan, statusDate: '2027-06-08', tasks: [{ id: 'a', title: 'A', effort: 3, assignees: ['p'], actualStart: '2027-06-07', remaining: 2 }] };
    expect(snapshotOf(schedule(begun)).tasks[0]).toMatchObject({ state: 'active', completion: 0.333 });
  });

  it('writes no label when none is given', () => {
    expect(snapshotOf(schedule(plan))).not.toHaveProperty('label');
  });
  it('rounds a task’s completion to three places: an effort task with 2 of 3 person-days left holds 0.333', () => {
    // Rule B3: an active task without progress is 1 − remaining / likely = 1 − 2/3 = 1/3 done.
    const tracked = {
      ...plan,
      statusDate: '2027-06-08',
      tasks: [{ id: 'a', title: 'A', effort: 3, assignees: ['p'], actualStart: '2027-06-07', remaining: 2 }],
    };
    expect(snapshotOf(schedule(tracked)).tasks[0].completion).toBe(0.333);
  });
});
