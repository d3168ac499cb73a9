import { describe, expect, it } from 'vitest';
import { scheduleAsPlanned } from '../../../src/lib/schedule/as-planned.ts';
import { makePlan, person } from '../../helpers/plan.ts';
import { toDay } from '../../../src/lib/dates.ts';

describe('scheduleAsPlanned', () => {
  it('takes the higher priority among ready tasks, then the earlier possible start, then file order; a milestone waits for its turn', () => {
    const plan = makePlan({
      kickoff: '2027-01-04',
      team: [person('anna')],
      tasks: [
        // Ready at once: `late` (may start 11 January), `x` (priority 600), `a` (700), `early`.
        { id: 'late', title: 'Late', duration: 1, start: '2027-01-11' },
        { id: 'x', title: 'X', duration: 5, priority: 600 },
        { id: 'a', title: 'A', duration: 1, priority: 700 },
        { id: 'early', title: 'Early', duration: 1 },
        // Ready once `a` is placed; priority 500, so `x` (600) goes first.
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
        // Priority 900, but ready only once `m` is placed.
        { id: 'c', title: 'C', effort: 1, assignees: ['anna'], priority: 900, dependsOn: ['m'] },
      ],
    });
    // a (700); x (600); then early, m and late at 500: early and m could start 4 January (m on
    // a's day), late not before the 11th, and early comes first in the file; then m, after which
    // c (900) is ready and goes before late.
    expect(scheduleAsPlanned(plan)?.order).toEqual(['a', 'x', 'early', 'm', 'c', 'late']);
  });

  it('orders the plan as planned: actual dates and the status date do not change the order', () => {
    const tasks = [
      { id: 'one', title: 'One', duration: 3 },
      { id: 'two', title: 'Two', duration: 1, priority: 800 },
    ];
    const planned = makePlan({ kickoff: '2027-01-04', team: [person('anna')], tasks });
    const tracked = makePlan({
      kickoff: '2027-01-04',
      statusDate: '2027-01-05',
      team: [person('anna')],
      tasks: [{ ...tasks[0], actualStart: '2027-01-04', actualFinish: '2027-01-05' }, tasks[1]],
    });
    expect(scheduleAsPlanned(planned)?.order).toEqual(['two', 'one']);
    expect(scheduleAsPlanned(tracked)?.order).toEqual(['two', 'one']);
    // Both as planned: `one` takes Mon 4 to Wed 6 January 2027, the latest finish.
    expect(scheduleAsPlanned(tracked)?.finish).toBe(toDay('2027-01-06'));
  });
});
