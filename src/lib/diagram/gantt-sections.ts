import type { ScheduledTask } from '../schedule/schedule-plan.ts';
import { taskBar, type GanttBar } from './gantt-bar.ts';

export interface GanttSection {
  title: string;
  bars: GanttBar[];
}

/**
 * Groups tasks into one section per phase, in the order in which each phase first appears; tasks
 * keep their order inside a section. Tasks without a phase share the section `otherTitle`.
 * Bar ids follow the task's position in the schedule (`t1` is the first task).
 */
export function phaseSections(
  tasks: readonly ScheduledTask[],
  phaseTitles: ReadonlyMap<string, string> | undefined,
  otherTitle: string,
): GanttSection[] {
  const byKey = new Map<string, GanttSection>();
  tasks.forEach((task, index) => {
    const key = task.phase === undefined ? '' : `phase:${task.phase}`;
    let section = byKey.get(key);
    if (!section) {
      const title = task.phase === undefined ? otherTitle : (phaseTitles?.get(task.phase) ?? task.phase);
      section = { title, bars: [] };
      byKey.set(key, section);
    }
    section.bars.push(taskBar(task, index));
  });
  return [...byKey.values()];
}
