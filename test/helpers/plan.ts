import { planSchema, type Plan } from '../../src/lib/schema/plan.ts';
import { schedulePlan, type Schedule, type ScheduleOptions } from '../../src/lib/schedule/schedule-plan.ts';

/** A plan from a partial literal: fills title, customer, vendor and the schema defaults. */
export function makePlan(input: Record<string, unknown>): Plan {
  return planSchema.parse({ title: 'Test', customer: 'Kunde', vendor: 'Anbieter', ...input });
}

export function schedule(input: Record<string, unknown>, options: ScheduleOptions = {}): Schedule {
  const result = schedulePlan('test-plan', makePlan(input), { iterations: 0, ...options });
  if (!result.ok) throw new Error(result.findings.map((finding) => finding.message).join('\n'));
  return result.schedule;
}

export function dates(result: Schedule): Record<string, [string, string]> {
  return Object.fromEntries(result.tasks.map((task) => [task.id, [task.start, task.finish]]));
}

export const person = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, role: 'it', ...extra });
