import type { ScheduledTask } from '../schedule/schedule-plan.ts';
import { taskBar, type GanttBar } from './gantt-bar.ts';

export interface GanttSection {
  title: string;
  bars: GanttBar[];
}

/**
 * Groups tasks into one section per phase, in the order in which each phase first appears; tasks
 * keep their order inside a section. A task without a phase of its own (typically a milestone
 * that closes a phase) joins the phase of its first predecessor that has one; the rest share the
 * section `otherTitle`. Bar ids follow the task's position in the schedule (`t1` is the first task);
 * `barName` labels each bar.
 */
export function phaseSections(
  tasks: readonly ScheduledTask[],
  phaseTitles: ReadonlyMap<string, string> | undefined,
  otherTitle: string,
  barName: (task: ScheduledTask) => string,
): GanttSection[] {
  const phaseOf = displayPhases(tasks);
  const byKey = new Map<string, GanttSection>();
  tasks.forEach((task, index) => {
    const phase = phaseOf.get(task.id);
    const key = phase === undefined ? '' : `phase:${phase}`;
    let section = byKey.get(key);
    if (!section) {
      const title = phase === undefined ? otherTitle : (phaseTitles?.get(phase) ?? phase);
      section = { title, bars: [] };
      byKey.set(key, section);
    }
    section.bars.push(taskBar(task, index, barName(task)));
  });
  return [...byKey.values()];
}

/** Each task's phase for display: its own, else the first predecessor's (followed transitively). */
function displayPhases(tasks: readonly ScheduledTask[]): Map<string, string | undefined> {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const resolved = new Map<string, string | undefined>();
  const resolve = (task: ScheduledTask, seen: Set<string>): string | undefined => {
    if (resolved.has(task.id)) return resolved.get(task.id);
    let phase = task.phase;
    for (const id of phase === undefined ? task.dependsOn : []) {
      const predecessor = byId.get(id);
      if (!predecessor || seen.has(id)) continue;
      phase = resolve(predecessor, new Set([...seen, id]));
      if (phase !== undefined) break;
    }
    resolved.set(task.id, phase);
    return phase;
  };
  for (const task of tasks) resolve(task, new Set([task.id]));
  return resolved;
}
