import type { Day } from '../dates.ts';
import type { Plan } from '../schema/plan.ts';
import { preparePlan } from './prepare.ts';
import { runSchedule } from './run-schedule.ts';

export interface AsPlanned {
  /** The task ids in the order rule 7 places them. */
  order: string[];
  /** The latest finish of any task. */
  finish: Day;
}

/**
 * The plan scheduled as planned: likely estimates, no status date or actual dates, no buffer.
 * Undefined when it cannot be scheduled (rule 11).
 */
export function scheduleAsPlanned(plan: Plan): AsPlanned | undefined {
  const tasks = plan.tasks.map((task) => ({ ...task, actualStart: undefined, actualFinish: undefined, remaining: undefined }));
  const prepared = preparePlan({ ...plan, statusDate: undefined, baseline: undefined, buffer: undefined, tasks });
  const amounts = prepared.tasks.map((task) => task.estimate.likely);
  const outcome = runSchedule(prepared, amounts, { recordOrder: true });
  if (!outcome.ok) return undefined;
  const last = Math.max(0, ...outcome.result.timing.finish);
  return { order: (outcome.result.order ?? []).map((index) => prepared.tasks[index].id), finish: prepared.calendar.days[last] };
}
