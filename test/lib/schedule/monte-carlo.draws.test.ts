/**
 * What each Monte Carlo run draws (rule 8, T5): nothing for done tasks, and an effort drawn in
 * fractions of a person-day, not rounded as durations are. Calendar: Germany (DE), March 2027,
 * kick-off Monday 1 March; no public holiday before Good Friday 26 March.
 */
import { describe, expect, it } from 'vitest';
import { person, schedule } from '../../helpers/plan.ts';

const base = { kickoff: '2027-03-01', calendar: { region: 'DE' } };

describe('Monte Carlo draws', () => {
  it('an effort is not rounded: 1.2 person-days at half time take three working days', () => {
    // Every run draws 1.2 (no spread): 0.5 on Monday and Tuesday, 0.2 on Wednesday 3 March.
    // Rounded to 1 it would end on Tuesday.
    const result = schedule(
      {
        ...base,
        team: [person('p', { capacity: 0.5 })],
        tasks: [{ id: 'e', title: 'E', effort: { optimistic: 1.2, likely: 1.2, pessimistic: 1.2 }, assignees: ['p'] }],
      },
      { iterations: 20 },
    );
    expect([result.p50, result.p85]).toEqual(['2027-03-03', '2027-03-03']);
  });

  it('a done task draws nothing: its estimate does not change the runs of the open work', () => {
    // The same plan twice, the done task once with a spread and once without: the open task's
    // draws, and so every figure of the runs, must be the same.
    const plan = (done: unknown) =>
      schedule(
        {
          ...base,
          team: [person('p')],
          statusDate: '2027-03-05',
          tasks: [
            { id: 'd', title: 'D', duration: done, actualStart: '2027-03-01', actualFinish: '2027-03-05' },
            { id: 'o', title: 'O', duration: { optimistic: 2, likely: 5, pessimistic: 20 }, dependsOn: ['d'], deadline: '2027-03-15' },
          ],
        },
        { iterations: 200 },
      );
    const withSpread = plan({ optimistic: 1, likely: 5, pessimistic: 30 });
    const without = plan(5);
    expect(withSpread.p50).toBe(without.p50);
    expect(withSpread.p85).toBe(without.p85);
    expect(withSpread.tasks[1].deadlineChance).toBe(without.tasks[1].deadlineChance);
    // Not vacuous: o (8 March on, 2–20 days) meets its deadline of 15 March in some runs only.
    expect(without.tasks[1].deadlineChance).toBeGreaterThan(0);
    expect(without.tasks[1].deadlineChance).toBeLessThan(1);
  });
});
