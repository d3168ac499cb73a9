import { formatIsoDay, toDay } from '../dates.ts';
import type { ScheduledTask } from '../schedule/schedule-plan.ts';
import { ganttTaskName } from './escape.ts';

type GanttTag = 'crit' | 'done' | 'active' | 'milestone';

/** One row of a gantt chart; `start` and `finish` are the first and last day it covers. */
export interface GanttBar {
  /** Mermaid task id: `t1`, `t2`, … or `buffer`; never a tag word such as `done`. */
  id: string;
  name: string;
  tags: GanttTag[];
  start: string;
  finish: string;
}

/** The day after an ISO date. */
const nextDay = (iso: string): string => formatIsoDay(toDay(iso) + 1);

/**
 * A task statement with explicit start and end dates, so that mermaid does no date arithmetic of
 * its own (`after`, durations and `excludes` shifting all stay out of play).
 *
 * End dates: mermaid 12 reads a date-valued end as the start of that day (`getEndDate` in
 * ganttDb: `dayjs(end, dateFormat)` at 00:00; the renderer draws from `startTime` to `endTime`),
 * so a bar covering its finish day must end on the day after. `inclusiveEndDates` would do the
 * same inside mermaid; writing the exclusive end ourselves keeps the source self-contained.
 * Milestones get the same one-day span: the renderer centres the diamond between start and end,
 * so it sits in the middle of the milestone's day (with `start, 0d` it would sit on the line
 * before that day). Mermaid 12 accepts both forms.
 */
export function ganttBarLine(bar: GanttBar): string {
  const data = [...bar.tags, bar.id, bar.start, nextDay(bar.finish)];
  return `${ganttTaskName(bar.name) || bar.id}:${data.join(', ')}`;
}

/**
 * Tags for a scheduled task: `crit` on the critical path; `done` when done (as of the status
 * date, or at 100 %), `active` when under way (started, or some progress).
 */
function taskTags(task: ScheduledTask): GanttTag[] {
  const tags: GanttTag[] = [];
  if (task.critical) tags.push('crit');
  if (task.state === 'done' || task.progress === 100) tags.push('done');
  else if (task.state === 'active' || (task.progress !== undefined && task.progress > 0)) tags.push('active');
  if (task.milestone) tags.push('milestone');
  return tags;
}

/** The bar id of the schedule's task at `index`: the chart's source and its arrows agree on it. */
export const taskBarId = (index: number): string => `t${index + 1}`;

/** A task's bar, labelled `name`. */
export function taskBar(task: ScheduledTask, index: number, name: string): GanttBar {
  return { id: taskBarId(index), name, tags: taskTags(task), start: task.start, finish: task.finish };
}
