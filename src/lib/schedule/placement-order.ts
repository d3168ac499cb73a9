import type { Plan } from '../schema/plan.ts';
import { preparePlan } from './prepare.ts';
import { runSchedule } from './run-schedule.ts';

/**
 * The ids of the plan's tasks in the order rule 7 places them when the plan is scheduled as
 * planned: likely estimates, no status date or actual dates, no buffer. Undefined when the plan
 * cannot be scheduled (rule 11).
 */
export function placementOrder(plan: Plan): string[] | undefined {
  const tasks = plan.tasks.map((task) => ({ ...task, actualStart: undefined, actualFinish: undefined, remaining: undefined }));
  const prepared = preparePlan({ ...plan, statusDate: undefined, baseline: undefined, buffer: undefined, tasks });
  const amounts = prepared.tasks.map((task) => task.estimate.likely);
  const outcome = runSchedule(prepared, amounts, { recordOrder: true });
  return outcome.ok ? outcome.result.order?.map((index) => prepared.tasks[index].id) : undefined;
}
