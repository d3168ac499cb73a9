/**
 * `runSchedule` at its edges, worked by hand: the end of the ten-year horizon (rule 11), the
 * bookings of a duration task day by day, and what an effort task may take of a day that is
 * already full.
 *
 * The horizon: a kick-off on Tuesday 2 March 2027 reaches to Tuesday 2 March 2037, both included;
 * in Germany (DE) its last working days are Thu 26, Fri 27 February and Mon 2 March 2037 (no public
 * holiday between Monday 23 February and 2 March 2037; Easter 2037 is 5 April). A task that may
 * start no earlier than Monday 23 February 2037 has six working days left: 23–27 February and
 * 2 March.
 *
 * Short plans: March 2027 in Germany, working days Mon 1 – Fri 5 March.
 */
import { describe, expect, it } from 'vitest';
import { preparePlan } from '../../../src/lib/schedule/prepare.ts';
import { runSchedule } from '../../../src/lib/schedule/run-schedule.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const horizonPlan = { kickoff: '2027-03-02', calendar: { region: 'DE' }, team: [person('p')] };
/** A duration task of `days` working days, from Monday 23 February 2037 on. */
const late = (days: number) => ({ id: 'a', title: 'A', duration: days, start: '2037-02-23' });
const run = (tasks: unknown[]) => {
  const prepared = preparePlan(makePlan({ ...horizonPlan, tasks }));
  return runSchedule(
    prepared,
    prepared.tasks.map((task) => task.estimate.likely),
  );
};

describe('the end of the ten-year horizon (rule 11)', () => {
  it('a duration task may end on the last working day, Monday 2 March 2037, but not one day later', () => {
    const result = schedule({ ...horizonPlan, tasks: [late(6)] });
    expect(result.tasks[0]).toMatchObject({ start: '2037-02-23', finish: '2037-03-02', workingDays: 6 });
    expect(run([late(7)])).toEqual({ ok: false, error: { task: 0, reason: 'no-working-days' } });
  });

  it('a milestone may lie on the last working day, but not one working day after it', () => {
    const onTheDay = schedule({ ...horizonPlan, tasks: [late(6), { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] }] });
    expect(onTheDay.tasks[1]).toMatchObject({ start: '2037-03-02', finish: '2037-03-02' });
    expect(run([late(6), { id: 'm', title: 'M', milestone: true, dependsOn: [{ task: 'a', lag: 1 }] }])).toEqual({
      ok: false,
      error: { task: 1, reason: 'no-working-days' },
    });
  });

  it('an effort task that would start past the horizon has no working days; one that starts within it and runs out has no capacity', () => {
    // e follows a, which ends on the last working day: e's first day lies past the horizon.
    const after = run([late(6), { id: 'e', title: 'E', effort: 1, assignees: ['p'], dependsOn: ['a'] }]);
    expect(after).toEqual({ ok: false, error: { task: 1, reason: 'no-working-days', remaining: 1 } });
    // From Thursday 26 February 2037 p has three days for five person-days: two are left.
    const short = run([{ id: 'e', title: 'E', effort: 5, assignees: ['p'], start: '2037-02-26' }]);
    expect(short.ok).toBe(false);
    if (short.ok) return;
    expect(short.error).toMatchObject({ task: 0, reason: 'no-capacity' });
    expect(short.error.remaining).toBeCloseTo(2, 9);
  });
});

describe('bookings', () => {
  const march = { kickoff: '2027-03-01', calendar: { region: 'DE' } };

  it('a duration task books each assignee at their capacity on each of its days, and on no other', () => {
    const result = schedule({ ...march, team: [person('p', { capacity: 0.5 })], tasks: [{ id: 'a', title: 'A', duration: 3, assignees: ['p'] }] });
    expect(result.bookings[0]).toEqual([
      { person: 0, index: 0, amount: 0.5 },
      { person: 0, index: 1, amount: 0.5 },
      { person: 0, index: 2, amount: 0.5 },
    ]);
    expect(Array.from(result.booked[0].slice(0, 4))).toEqual([0.5, 0.5, 0.5, 0]);
  });

  it('a person booked beyond capacity has nothing free: an effort task beside them takes its days from the other assignee', () => {
    // d1 and d2 (placed first, in file order) book p twice over on Mon 1 and Tue 2 March. e's two
    // person-days for p and q: p has nothing free (not −1), so q alone does them on 1 and 2 March.
    // Counting p's overbooking as −1 would leave 0 free in all and push e to Wednesday 3 March.
    const result = schedule({
      ...march,
      team: [person('p'), person('q')],
      tasks: [
        { id: 'd1', title: 'D1', duration: 2, assignees: ['p'] },
        { id: 'd2', title: 'D2', duration: 2, assignees: ['p'] },
        { id: 'e', title: 'E', effort: 2, assignees: ['p', 'q'] },
      ],
    });
    expect(result.tasks[2]).toMatchObject({ start: '2027-03-01', finish: '2027-03-02', workingDays: 2 });
    expect(result.bookings[2]).toEqual([
      { person: 1, index: 0, amount: 1 },
      { person: 1, index: 1, amount: 1 },
    ]);
  });

  it('a person with no more than 1e-9 of a day free is booked nothing', () => {
    // p's capacity is exactly the threshold 1e-9: q does the one person-day alone on Monday 1 March.
    const result = schedule({
      ...march,
      team: [person('p', { capacity: 1e-9 }), person('q')],
      tasks: [{ id: 'e', title: 'E', effort: 1, assignees: ['p', 'q'] }],
    });
    expect(result.bookings[0]).toEqual([{ person: 1, index: 0, amount: 1 }]);
    expect(result.tasks[0]).toMatchObject({ start: '2027-03-01', finish: '2027-03-01' });
  });
});
