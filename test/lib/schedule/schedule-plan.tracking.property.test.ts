/**
 * Properties of tracking (rules T1–T3, B1–B2) on random plans:
 * - recording work as done on its scheduled dates, and as active with exactly the work left,
 *   changes no task's dates;
 * - once a baseline exists the committed finish never moves, and the buffer's remaining days,
 *   consumption and zone follow from the finish and the baseline, counted on the calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../src/lib/dates.ts';
import { zoneOf } from '../../../src/lib/schedule/baseline.ts';
import { schedulePlan, type Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { planSchema, type Plan } from '../../../src/lib/schema/plan.ts';
import { rawPlanArb, type RawPlan } from '../../helpers/arbitraries.ts';
import { numRuns } from '../../helpers/property-runs.ts';

/** The plan with effort tasks made duration tasks of their likely days (whole), so that dates do not hinge on booking order. */
function durationsOnly(raw: RawPlan): RawPlan {
  const likely = (value: unknown) => Math.max(1, Math.ceil(typeof value === 'number' ? value : (value as { likely: number }).likely));
  const tasks = (raw.tasks as Record<string, unknown>[]).map((task) => {
    if (task.effort === undefined) return task;
    const { effort, ...rest } = task;
    return { ...rest, duration: likely(effort) };
  });
  return { ...raw, tasks };
}

const scheduled = (plan: Plan, options: Parameters<typeof schedulePlan>[2] = {}): Schedule | undefined => {
  const result = schedulePlan('tracked', plan, { iterations: 0, ...options });
  return result.ok ? result.schedule : undefined;
};

/**
 * The plan as recorded on `statusDate`, if everything went as scheduled: done what finished by
 * then, active what had started (with the working days it still has), planned the rest.
 */
function asScheduled(plan: Plan, schedule: Schedule, statusDate: string): Plan {
  const calendar = schedule.calendar;
  const open = calendar.indexOnOrAfter(toDay(statusDate) + 1);
  const tasks = plan.tasks.map((task, index) => {
    const { start, finish, milestone } = schedule.tasks[index];
    if (finish <= statusDate) return milestone ? { ...task, actualFinish: finish } : { ...task, actualStart: start, actualFinish: finish };
    if (start <= statusDate && !milestone)
      return { ...task, actualStart: start, remaining: calendar.indexOnOrAfter(toDay(finish)) - open + 1, progress: undefined };
    return task;
  });
  return planSchema.parse({ ...plan, statusDate, tasks });
}

describe('tracking on random plans', () => {
  it('recording work as scheduled changes no date', () => {
    fc.assert(
      fc.property(rawPlanArb, fc.nat(), (raw, pick) => {
        const plan = planSchema.parse({ ...durationsOnly(raw), buffer: undefined });
        const before = scheduled(plan);
        if (!before) return;
        const statusDate = before.tasks[pick % before.tasks.length].finish;
        const after = scheduled(asScheduled(plan, before, statusDate));
        expect(after, 'the recorded plan schedules').toBeDefined();
        const datesOf = (schedule: Schedule) => schedule.tasks.map((task) => `${task.id} ${task.start} ${task.finish}`);
        expect(datesOf(after as Schedule)).toEqual(datesOf(before));
      }),
      { numRuns: numRuns(150) },
    );
  });

  it('with a baseline the committed finish holds, and the buffer follows from the finish', () => {
    fc.assert(
      fc.property(rawPlanArb, fc.nat(), fc.integer({ min: -3, max: 20 }), (raw, pick, extra) => {
        const plan = planSchema.parse(durationsOnly(raw));
        const before = scheduled(plan);
        if (!before) return;
        const baseline = snapshotOf(before, 'Kick-off');
        // Some work as scheduled, one active task with more (or less) left than scheduled.
        const statusDate = before.tasks[pick % before.tasks.length].finish;
        const recorded = asScheduled(plan, before, statusDate);
        const tasks = recorded.tasks.map((task) => (task.remaining !== undefined ? { ...task, remaining: Math.max(1, task.remaining + extra) } : task));
        const after = scheduled(planSchema.parse({ ...recorded, tasks }), { snapshots: [baseline] });
        if (!after) return;
        expect(after.committedFinish).toBe(baseline.committedFinish);
        expect(after.buffer.days).toBe(baseline.buffer.days);
        expect(after.baseline?.date).toBe(baseline.date);
        // B1 counted on the calendar: working days after the finish up to the committed finish.
        const days = after.calendar.days.map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
        const finish = toDay(after.finish) < after.calendar.days[0] ? days[0] : after.finish;
        const remaining =
          finish <= baseline.committedFinish
            ? days.filter((day) => day > finish && day <= baseline.committedFinish).length
            : -days.filter((day) => day > baseline.committedFinish && day <= finish).length;
        expect(after.buffer.remaining).toBe(remaining);
        expect(after.buffer.consumed).toBe(baseline.buffer.days - remaining);
        if (baseline.buffer.days === 0) expect(after.consumption).toBeNull();
        else {
          const consumption = (100 * (baseline.buffer.days - remaining)) / baseline.buffer.days;
          expect(after.consumption).toBe(Math.round(consumption * 10) / 10);
          // The zone uses the exact completion; the JSON's is rounded, so stay clear of the lines.
          const completion = after.completion;
          const nearLine = completion !== null && [10, 30].some((line) => Math.abs(consumption - (line + 0.6 * completion)) < 0.1);
          if (completion !== null && !nearLine) expect(after.zone).toBe(zoneOf(consumption, completion));
        }
        expect(after.slip).toBe(after.calendar.indexOnOrAfter(toDay(after.finish)) - after.calendar.indexOnOrAfter(toDay(baseline.finish)));
      }),
      { numRuns: numRuns(150) },
    );
  });
});
