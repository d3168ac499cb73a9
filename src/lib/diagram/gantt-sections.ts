import type { ScheduledTask } from '../schedule/schedule-plan.ts';
import { taskBar, type GanttBar } from './gantt-bar.ts';

export interface GanttSection {
  title: string;
  bars: GanttBar[];
}

/** The tasks of one phase as a chart shows them, each with its position in the schedule. */
export interface PhaseGroup {
  /** The phase id; undefined for the tasks that belong to no phase. */
  phase?: string;
  title: string;
  tasks: { task: ScheduledTask; index: number }[];
}

/**
 * Groups tasks by phase, in the order in which each phase first appears; tasks keep their order
 * inside a group. A task without a phase of its own (typically a milestone that closes a phase)
 * joins the phase of its first predecessor that has one; the rest share the group `otherTitle`.
 */
export function phaseGroups(tasks: readonly ScheduledTask[], phaseTitles: ReadonlyMap<string, string> | undefined, otherTitle: string): PhaseGroup[] {
  const phaseOf = displayPhases(tasks);
  const byKey = new Map<string, PhaseGroup>();
  tasks.forEach((task, index) => {
    const phase = phaseOf.get(task.id);
    const key = phase === undefined ? '' : `phase:${phase}`;
    let group = byKey.get(key);
    if (!group) {
      group = phase === undefined ? { title: otherTitle, tasks: [] } : { phase, title: phaseTitles?.get(phase) ?? phase, tasks: [] };
      byKey.set(key, group);
    }
    group.tasks.push({ task, index });
  });
  return [...byKey.values()];
}

/**
 * One section per phase group (see `phaseGroups`). Bar ids follow the task's position in the
 * schedule (`t1` is the first task); `barName` labels each bar.
 */
export function phaseSections(
  tasks: readonly ScheduledTask[],
  phaseTitles: ReadonlyMap<string, string> | undefined,
  otherTitle: string,
  barName: (task: ScheduledTask) => string,
): GanttSection[] {
  return phaseGroups(tasks, phaseTitles, otherTitle).map((group) => groupSection(group, barName));
}

/** A group's tasks as one section of bars. */
export const groupSection = (group: PhaseGroup, barName: (task: ScheduledTask) => string): GanttSection => ({
  title: group.title,
  bars: group.tasks.map(({ task, index }) => taskBar(task, index, barName(task))),
});

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
