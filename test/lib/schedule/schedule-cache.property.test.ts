/**
 * The schedule cache never changes a result: over random plans and random edits of them, a
 * schedule read back from the cache folder (as a later process would) equals the scheduler's own
 * result, field by field, down to the working calendar and the exported texts; and an edit is
 * never answered with the schedule of the plan before it.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../../src/lib/dates.ts';
import { formatScheduleCsv } from '../../../src/lib/export/schedule-csv.ts';
import { formatScheduleJson } from '../../../src/lib/export/schedule-json.ts';
import { ganttDiagram } from '../../../src/lib/diagram/gantt.ts';
import {
  cachedScheduleFindings,
  cachedSchedulePlan,
  knownScheduleFindings,
  persistSchedulesIn,
  saveScheduleFindings,
} from '../../../src/lib/schedule/schedule-cache.ts';
import { schedulePlan, type ScheduleOptions, type ScheduleResult } from '../../../src/lib/schedule/schedule-plan.ts';
import { planSchema, type Plan } from '../../../src/lib/schema/plan.ts';
import { rawPlanArb, type RawPlan } from '../../helpers/arbitraries.ts';
import { numRuns } from '../../helpers/property-runs.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const dir = tempFolder('schedules');
afterAll(() => persistSchedulesIn(undefined));

/** A new process: nothing in memory, only the folder. */
function freshProcess() {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('kickoff-playbook.schedules')];
  persistSchedulesIn(dir);
}

const OPTIONS: ScheduleOptions = { iterations: 40, lang: 'en' };

/** Every observable part of a result: the data, the calendar's answers, and what exports make of it. */
function observed(plan: Plan, result: ScheduleResult) {
  if (!result.ok) return { result };
  const { calendar, ...data } = result.schedule;
  const probe = Array.from({ length: 60 }, (_, i) => calendar.kickoff - 5 + i * 7);
  return {
    data,
    calendar: {
      kickoff: calendar.kickoff,
      horizon: calendar.horizon,
      days: calendar.days,
      reasons: probe.map((day) => calendar.nonWorkingReason(day)),
      after: probe.map((day) => calendar.indexOnOrAfter(day)),
      shifted: probe.map((day) => formatIsoDay(calendar.shiftWorkingDays(day, 3))),
    },
    json: formatScheduleJson(result.schedule),
    csv: formatScheduleCsv(result.schedule),
    gantt: ganttDiagram(result.schedule, { title: plan.title, lang: 'en' }).source,
  };
}

/** Small edits an author makes between two runs. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('duration' as const), task: fc.nat(), days: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('kickoff' as const), days: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('title' as const), task: fc.nat() }),
  fc.record({ kind: fc.constant('absence' as const), person: fc.nat(), offset: fc.integer({ min: 0, max: 60 }) }),
);

function edited(raw: RawPlan, edit: fc.Arbitrary<unknown> extends never ? never : typeof editArb extends fc.Arbitrary<infer E> ? E : never): RawPlan {
  const copy = structuredClone(raw);
  switch (edit.kind) {
    case 'duration': {
      const task = copy.tasks[edit.task % copy.tasks.length];
      if (task.milestone) task.title = `${String(task.title)} (moved)`;
      else if (task.effort !== undefined) task.effort = edit.days;
      else task.duration = edit.days;
      break;
    }
    case 'kickoff': {
      const day = new Date(`${copy.kickoff}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + edit.days);
      copy.kickoff = day.toISOString().slice(0, 10);
      break;
    }
    case 'title':
      copy.tasks[edit.task % copy.tasks.length].title = 'Renamed';
      break;
    case 'absence': {
      const person = copy.team[edit.person % copy.team.length];
      const from = new Date(`${copy.kickoff}T00:00:00Z`);
      from.setUTCDate(from.getUTCDate() + edit.offset);
      const date = from.toISOString().slice(0, 10);
      person.absences = [...((person.absences as unknown[]) ?? []), { from: date, to: date, reason: 'sickness' }];
      break;
    }
  }
  return copy;
}

describe('the schedule cache', () => {
  it('gives the scheduler’s own result, before and after an edit, from memory and from the folder', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(rawPlanArb, editArb, (raw, edit) => {
        const before = planSchema.parse(raw);
        const after = planSchema.parse(edited(raw, edit));
        freshProcess();
        const computed = cachedSchedulePlan('cached-plan', before, OPTIONS);
        expect(observed(before, computed)).toEqual(observed(before, schedulePlan('cached-plan', before, OPTIONS)));
        freshProcess();
        const read = cachedSchedulePlan('cached-plan', before, OPTIONS);
        expect(read).not.toBe(computed);
        expect(observed(before, read)).toEqual(observed(before, computed));
        const afterEdit = cachedSchedulePlan('cached-plan', after, OPTIONS);
        expect(observed(after, afterEdit)).toEqual(observed(after, schedulePlan('cached-plan', after, OPTIONS)));
      }),
      { numRuns: numRuns(60) },
    );
  });

  it('gives the scheduler’s own findings when asked for findings only, before and after an edit', { timeout: 120_000 }, () => {
    const findingsOf = (result: ScheduleResult) => (result.ok ? result.schedule.findings : result.findings);
    fc.assert(
      fc.property(rawPlanArb, editArb, (raw, edit) => {
        const before = planSchema.parse(raw);
        const after = planSchema.parse(edited(raw, edit));
        const expected = findingsOf(schedulePlan('cached-plan', before, OPTIONS));
        freshProcess();
        expect(cachedScheduleFindings('cached-plan', before, OPTIONS)).toEqual(expected);
        saveScheduleFindings();
        freshProcess();
        // Read from the folder, not computed again.
        expect(knownScheduleFindings({ planId: 'cached-plan', plan: before, options: OPTIONS })).toEqual(expected);
        expect(cachedScheduleFindings('cached-plan', before, OPTIONS)).toEqual(expected);
        expect(cachedScheduleFindings('cached-plan', after, OPTIONS)).toEqual(findingsOf(schedulePlan('cached-plan', after, OPTIONS)));
      }),
      { numRuns: 40 },
    );
  });
});
