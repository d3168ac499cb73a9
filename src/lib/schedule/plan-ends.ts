import type { Schedule, ScheduledTask } from './schedule-plan.ts';

/**
 * Under rule 9a the plan's finish is the end of the work ahead of the buffer's milestone, not the
 * end of the project: work that waits for the milestone (hypercare after a go-live) follows it.
 * A reader who sees one "finish" takes it for the project's end, so the page names the milestone
 * and shows the end of all work beside it.
 */
export interface PlanEnds {
  /** The milestone the buffer protects, when work follows it (rule 9a); else undefined. */
  before?: Pick<ScheduledTask, 'id' | 'title'>;
  /** The latest finish of any task, also of the work behind the milestone. */
  allWork: string;
}

export function planEnds(schedule: Pick<Schedule, 'buffer' | 'finish' | 'tasks'>): PlanEnds {
  const allWork = schedule.tasks.reduce((latest, task) => (task.finish > latest ? task.finish : latest), schedule.finish);
  const milestone = schedule.buffer.before ? schedule.tasks.find((task) => task.id === schedule.buffer.before) : undefined;
  const behind = milestone !== undefined && schedule.tasks.some((task) => task.finish > milestone.finish);
  return behind ? { before: { id: milestone.id, title: milestone.title }, allWork } : { allWork };
}
