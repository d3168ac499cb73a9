import { describe, expect, it } from 'vitest';
import { person, schedule } from '../../helpers/plan.ts';

// Fields of a schedule that must be absent or empty when the plan gives nothing for them: the
// complete mutation run of 3 December found them unchecked (docs/testing.md, "Surviving mutants").
describe('a schedule states nothing the plan does not give', () => {
  // Two tasks without assignees, predecessors or buffer; only the second has a deadline. Monday
  // 1 March 2027 in Bavaria is a working day: A takes 1–3 March (likely), B 4–5 March.
  // Scheduled inside each test: Stryker counts only what a test itself runs as covered by it
  // (work done in the describe body or in beforeAll makes its mutants "static").
  const scheduled = () =>
    schedule(
      {
        kickoff: '2027-03-01',
        team: [person('p')],
        tasks: [
          { id: 'a', title: 'A', duration: { optimistic: 2, likely: 3, pessimistic: 4 } },
          { id: 'b', title: 'B', duration: 2, deadline: '2027-03-31' },
        ],
      },
      { iterations: 50 },
    );

  it('has no buffer days, hence no buffer start or finish', () => {
    expect(scheduled().buffer).toEqual({ method: 'none', days: 0, remaining: null, consumed: null });
  });

  it('lists no assignees or predecessors, and no work left for planned tasks', () => {
    expect(scheduled().tasks.map((task) => [task.id, task.assignees, task.dependsOn, task.remaining])).toEqual([
      ['a', [], [], null],
      ['b', [], [], null],
    ]);
  });

  it('gives a deadline chance only to the task with a deadline', () => {
    expect(scheduled().tasks.map((task) => 'deadlineChance' in task)).toEqual([false, true]);
  });
});
