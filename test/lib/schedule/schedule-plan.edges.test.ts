/**
 * `schedulePlan` at edges the other tests leave: a done task's finish on a day off, the buffer's
 * milestone as the first task or already reached, the buffer and the work behind it at the end of
 * the ten-year horizon, P50 of work that is all done, and a file order that is not topological.
 * All values worked by hand.
 *
 * Berlin (DE-BE), June 2027: no public holiday; working days Mon 7 – Fri 11, Mon 14 – Fri 18 June.
 * The horizon: a kick-off on Tuesday 2 March 2027 (DE) reaches to 2 March 2037; its last working
 * days are Mon 23 – Fri 27 February and Mon 2 March 2037 (no public holiday between them).
 */
import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { dates, makePlan, person, schedule } from '../../helpers/plan.ts';

const june = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team: [person('p')] };
const horizon = { kickoff: '2027-03-02', calendar: { region: 'DE' }, team: [person('p')] };
const byId = (result: ReturnType<typeof schedule>, id: string) => result.tasks.find((task) => task.id === id)!;

describe('a done task’s finish on a day off', () => {
  it('a plan whose last task was done on a Saturday finishes, and without buffer is committed, on that Saturday', () => {
    const result = schedule({
      ...june,
      statusDate: '2027-06-14',
      tasks: [{ id: 'a', title: 'A', duration: 5, actualStart: '2027-06-07', actualFinish: '2027-06-12' }],
    });
    expect(result).toMatchObject({ finish: '2027-06-12', committedFinish: '2027-06-12' });
    expect(result.buffer.days).toBe(0);
  });
});

describe('the buffer’s milestone (rule 9a)', () => {
  it('a milestone that is the plan’s first task is still moved to the buffer’s last day', () => {
    // a: Mon 7 – Wed 9 June; two buffer days Thu 10 – Fri 11 June; m on Friday 11 June.
    const result = schedule({
      ...june,
      buffer: { method: 'fixed', value: 2, before: 'm' },
      tasks: [
        { id: 'm', title: 'M', milestone: true },
        { id: 'a', title: 'A', duration: 3 },
      ],
    });
    expect(dates(result)).toEqual({ m: ['2027-06-11', '2027-06-11'], a: ['2027-06-07', '2027-06-09'] });
    expect(result.buffer).toMatchObject({ days: 2, start: '2027-06-10', finish: '2027-06-11', before: 'm' });
    expect(result).toMatchObject({ finish: '2027-06-09', committedFinish: '2027-06-11' });
  });

  it('a milestone already reached is plain rule 9: the work after it counts, and the buffer follows it', () => {
    // As of Tuesday 8 June a and m were done on Monday 7 June; h takes Wed 9 – Thu 10 June and
    // the two buffer days are Fri 11 and Mon 14 June.
    const result = schedule({
      ...june,
      statusDate: '2027-06-08',
      buffer: { method: 'fixed', value: 2, before: 'm' },
      tasks: [
        { id: 'a', title: 'A', duration: 1, actualStart: '2027-06-07', actualFinish: '2027-06-07' },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'], actualFinish: '2027-06-07' },
        { id: 'h', title: 'H', duration: 2, dependsOn: ['m'] },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-06-07', '2027-06-07'], m: ['2027-06-07', '2027-06-07'], h: ['2027-06-09', '2027-06-10'] });
    expect(result).toMatchObject({ finish: '2027-06-10', committedFinish: '2027-06-14' });
    expect(result.buffer).toEqual({ method: 'fixed', days: 2, start: '2027-06-11', finish: '2027-06-14', remaining: null, consumed: null });
  });
});

describe('the end of the ten-year horizon', () => {
  /** a: Mon 23 – Fri 27 February 2037. */
  const plan = (buffer: number) => ({
    ...horizon,
    buffer: { method: 'fixed', value: buffer },
    tasks: [{ id: 'a', title: 'A', duration: 5, start: '2037-02-23' }],
  });

  it('a buffer may end on the last working day, but not one day past it', () => {
    expect(schedule(plan(1))).toMatchObject({ finish: '2037-02-27', committedFinish: '2037-03-02', buffer: { start: '2037-03-02', finish: '2037-03-02' } });
    expect(schedulePlan('test-plan', makePlan(plan(2)), { lang: 'en', iterations: 0 })).toEqual({
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'never-finishes',
          path: 'buffer',
          message: '“buffer” cannot finish within ten years of the kick-off: there are not enough working days.',
        },
      ],
    });
  });

  it('work behind the buffer’s milestone that cannot finish within the horizon is an error on that task', () => {
    // a: Mon 23 – Wed 25 February 2037, m on 25 February; two buffer days Thu 26 – Fri 27: m moves
    // to Friday 27 February, and h follows from Monday 2 March, the last working day.
    const withCare = (days: number) => ({
      ...horizon,
      buffer: { method: 'fixed', value: 2, before: 'm' },
      tasks: [
        { id: 'a', title: 'A', duration: 3, start: '2037-02-23' },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
        { id: 'h', title: 'Hypercare', duration: days, dependsOn: ['m'] },
      ],
    });
    expect(dates(schedule(withCare(1)))).toMatchObject({ m: ['2037-02-27', '2037-02-27'], h: ['2037-03-02', '2037-03-02'] });
    expect(schedulePlan('test-plan', makePlan(withCare(2)), { lang: 'en', iterations: 0 })).toEqual({
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'never-finishes',
          path: 'tasks[2]',
          message: '“Hypercare” cannot finish within ten years of the kick-off: there are not enough working days.',
        },
      ],
    });
  });
});

describe('P50 and P85 near the first working day', () => {
  it('an effort task that most runs finish on the first day has its P50 there, before the scheduled finish', () => {
    // Effort (0.2, 1.05, 1.05) for one full-time person: the likely 1.05 person-days take Mon 7 and
    // Tue 8 June. A draw is 0.2 + 0.85 x with x ~ Beta(5, 1), whose CDF is x⁵; it fits in Monday
    // (at most 1 person-day) when x ≤ 0.8 / 0.85, in (16/17)⁵ ≈ 74 % of runs. P50 is Monday 7 June,
    // P85 Tuesday 8 June.
    const result = schedule(
      { ...june, tasks: [{ id: 'e', title: 'E', effort: { optimistic: 0.2, likely: 1.05, pessimistic: 1.05 }, assignees: ['p'] }] },
      { iterations: 1000 },
    );
    expect(result).toMatchObject({ finish: '2027-06-08', p50: '2027-06-07', p85: '2027-06-08' });
  });

  it('a plan whose work was all done before the first working day has its P50 and P85 on its finish', () => {
    // Kick-off Saturday 5 June: the first working day is Monday 7 June. a was done on the Saturday.
    const result = schedule(
      {
        ...june,
        kickoff: '2027-06-05',
        statusDate: '2027-06-07',
        tasks: [{ id: 'a', title: 'A', duration: { optimistic: 1, likely: 1, pessimistic: 3 }, actualStart: '2027-06-05', actualFinish: '2027-06-05' }],
      },
      { iterations: 20 },
    );
    expect(result).toMatchObject({ finish: '2027-06-05', p50: '2027-06-05', p85: '2027-06-05' });
  });
});

describe('critical path (rule 10)', () => {
  it('a plan whose file order is not the order of its dependencies keeps its floats', () => {
    // a: Mon 7 – Tue 8, b: Wed 9 – Thu 10, c: Fri 11 June, the critical chain; s (Mon 7 June) can
    // slip to Friday 11 June: four days of float.
    const result = schedule({
      ...june,
      tasks: [
        { id: 'c', title: 'C', duration: 1, dependsOn: ['b'] },
        { id: 'b', title: 'B', duration: 2, dependsOn: ['a'] },
        { id: 'a', title: 'A', duration: 2 },
        { id: 's', title: 'S', duration: 1 },
      ],
    });
    expect(dates(result)).toEqual({
      c: ['2027-06-11', '2027-06-11'],
      b: ['2027-06-09', '2027-06-10'],
      a: ['2027-06-07', '2027-06-08'],
      s: ['2027-06-07', '2027-06-07'],
    });
    expect(['c', 'b', 'a', 's'].map((id) => [byId(result, id).float, byId(result, id).critical])).toEqual([
      [0, true],
      [0, true],
      [0, true],
      [4, false],
    ]);
  });
});

describe('work in progress (rule T2)', () => {
  it('two active tasks of the same priority sharing one person are placed in file order', () => {
    // As of Tuesday 8 June both have two person-days left for p from Wednesday 9 June: first a
    // (Wed 9 – Thu 10), then b (Fri 11 – Mon 14).
    const result = schedule({
      ...june,
      statusDate: '2027-06-08',
      tasks: [
        { id: 'a', title: 'A', effort: 4, assignees: ['p'], actualStart: '2027-06-07', remaining: 2 },
        { id: 'b', title: 'B', effort: 4, assignees: ['p'], actualStart: '2027-06-07', remaining: 2 },
      ],
    });
    expect(result.bookings.map((booked) => booked.map((booking) => booking.index))).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(result.tasks.map((task) => task.finish)).toEqual(['2027-06-10', '2027-06-14']);
  });
});
