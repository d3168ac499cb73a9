/**
 * `schedulePlan` against an independent oracle (test/helpers/reference-schedule.ts) on random
 * valid plans: every task's start and finish must agree, and when one side finds a task that
 * never finishes (rule 11) the other must too. The buffer is left out of the plans: rule 9 moves
 * the `before` milestone and may fail on its own, and the oracle implements rules 1–7 and 11 only.
 *
 * The second property adds a status date and actuals (rules T1–T3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { planSchema, type Plan } from '../../../src/lib/schema/plan.ts';
import { rawPlanArb, type RawPlan } from '../../helpers/arbitraries.ts';
import { referenceSchedule } from '../../helpers/reference-schedule.ts';
import { numRuns } from '../../helpers/property-runs.ts';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const dateOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The generated plan without its buffer. */
function withoutBuffer(raw: RawPlan): RawPlan {
  const copy = structuredClone(raw);
  delete copy.buffer;
  return copy;
}

/** Both schedulers on one plan: the same outcome and, when it finishes, the same dates task by task. */
function expectAgreement(plan: Plan) {
  const expected = referenceSchedule(plan);
  const actual = schedulePlan('reference-plan', plan, { iterations: 0 });
  if (!expected.ok) {
    expect(actual.ok, 'the reference finds a task that never finishes (rule 11)').toBe(false);
    return;
  }
  if (!actual.ok) expect.fail(`schedulePlan: ${actual.findings.map((finding) => finding.message).join('; ')}, the reference finishes every task`);
  expect(actual.schedule.tasks.map(({ id, start, finish }) => ({ id, start, finish }))).toEqual(expected.tasks);
}

// A hundred random plans scheduled twice each: well over the default limit on a busy machine.
describe('schedulePlan agrees with the reference scheduler', { timeout: 120_000 }, () => {
  it('without a status date (rules 1–7, 11)', () => {
    let finished = 0;
    fc.assert(
      fc.property(rawPlanArb, (raw) => {
        const plan = planSchema.parse(withoutBuffer(raw));
        if (referenceSchedule(plan).ok) finished++;
        expectAgreement(plan);
      }),
      { numRuns: numRuns(100) },
    );
    // Judged on the full 100 runs; the tenth of them in a mutation run is too few to judge the mix.
    if (numRuns(100) === 100) expect(finished, 'most generated plans finish').toBeGreaterThan(40);
  });
});

/** Random choices per task for the tracking property; `pick*` are turned into days below. */
const trackingChoiceArb = fc.record({
  state: fc.constantFrom('done', 'active', 'planned'),
  pickStart: fc.nat(),
  pickFinish: fc.nat(),
  estimate: fc.oneof(
    fc.constant({}),
    fc.record({ progress: fc.integer({ min: 0, max: 99 }) }),
    fc.record({ remaining: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ remaining: fc.double({ min: 0.1, max: 20, noNaN: true }) }),
    fc.record({ progress: fc.integer({ min: 0, max: 99 }), remaining: fc.integer({ min: 1, max: 20 }) }),
  ),
});

type TrackingChoice = typeof trackingChoiceArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The plan with a status date S between the kick-off and its likely finish (by the reference,
 * or a year after the kick-off when it never finishes) and actuals consistent with S: a task is
 * done (actualStart ≤ actualFinish ≤ S; a milestone has only actualFinish), active
 * (actualStart ≤ S, optionally `progress` 0–99 and/or `remaining`) or planned. Only a task whose
 * predecessors are all done may be done or active.
 */
function withTracking(raw: RawPlan, pickStatus: number, choices: TrackingChoice[]): RawPlan {
  const tracked = withoutBuffer(raw);
  const kickoff = dayOf(raw.kickoff);
  const untracked = referenceSchedule(planSchema.parse(tracked));
  const likelyFinish = untracked.ok ? Math.max(kickoff, ...untracked.tasks.map((task) => dayOf(task.finish))) : kickoff + 365;
  const status = kickoff + (pickStatus % (likelyFinish - kickoff + 1));
  tracked.statusDate = dateOf(status);
  const done = new Set<string>();
  for (const [index, task] of tracked.tasks.entries()) {
    const choice = choices[index];
    const predecessors = ((task.dependsOn ?? []) as (string | { task: string })[]).map((dependency) =>
      typeof dependency === 'string' ? dependency : dependency.task,
    );
    if (choice.state === 'planned' || !predecessors.every((id) => done.has(id))) continue;
    const actualStart = kickoff + (choice.pickStart % (status - kickoff + 1));
    if (choice.state === 'done') {
      const actualFinish = actualStart + (choice.pickFinish % (status - actualStart + 1));
      if (task.milestone !== true) task.actualStart = dateOf(actualStart);
      task.actualFinish = dateOf(actualFinish);
      done.add(task.id as string);
    } else if (task.milestone !== true) {
      task.actualStart = dateOf(actualStart);
      delete task.progress;
      const { progress, remaining } = choice.estimate as { progress?: number; remaining?: number };
      if (progress !== undefined) task.progress = progress;
      // Whole working days on a duration task: the contract does not say what "2.5 working days left" means.
      if (remaining !== undefined) task.remaining = task.duration === undefined ? remaining : Math.ceil(remaining);
    }
  }
  return tracked;
}

describe('schedulePlan agrees with the reference scheduler as of a status date', { timeout: 120_000 }, () => {
  it('with done, active and planned tasks (T1–T3)', () => {
    fc.assert(
      fc.property(rawPlanArb, fc.nat(), fc.array(trackingChoiceArb, { minLength: 25, maxLength: 25 }), (raw, pickStatus, choices) => {
        expectAgreement(planSchema.parse(withTracking(raw, pickStatus, choices)));
      }),
      { numRuns: numRuns(200) },
    );
    // 200 plans through two schedulers: seconds alone, past half a minute on a busy machine.
  }, 120_000);
});
