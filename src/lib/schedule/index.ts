export { schedulePlan } from './schedule-plan.ts';
export type { Schedule, ScheduledTask, ScheduledBuffer, ScheduleFinding, ScheduleOptions, ScheduleResult, RoleInfo } from './schedule-plan.ts';
export { DEFAULT_ITERATIONS } from './monte-carlo.ts';
