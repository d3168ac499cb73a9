/**
 * Where TaskJuggler may schedule the export of a plan (`--format tjp`) to other dates than ours,
 * by the known differences that docs/content-model.md lists under "`--format tjp`", told from the
 * plan's structure alone (its tasks, dependencies and assignees; no dates of either tool):
 *
 * - `shared-person`: two effort tasks share a person, and neither waits for the other through
 *   dependencies, so they may want the person on the same day. On an effort task's last day
 *   TaskJuggler books each assignee it still needs for the whole day (in the order of `allocate`,
 *   until the effort is reached); rule 5 books only the effort still missing, shared in proportion,
 *   and leaves the rest of the day to the tasks placed after it.
 * - `effort-not-whole-days`: an effort that is no whole number of person-days; the export's
 *   working day is one TaskJuggler time slot, and TaskJuggler rounds an effort to whole slots.
 *
 * A task that waits (through its dependencies) for a task with a difference inherits it.
 */
import type { Plan } from '../../src/lib/schema/plan.ts';

export type TaskJugglerDifference = 'shared-person' | 'effort-not-whole-days';

export interface Explanation {
  difference: TaskJugglerDifference;
  /** The task the difference starts at (the task itself, or one it waits for). */
  at: string;
}

export function taskJugglerDifferences(plan: Plan): Map<string, Explanation> {
  const predecessors = new Map(plan.tasks.map((task) => [task.id, (task.dependsOn ?? []).map((link) => (typeof link === 'string' ? link : link.task))]));
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string): Set<string> => {
    const known = ancestors.get(id);
    if (known) return known;
    const found = new Set<string>();
    for (const predecessor of predecessors.get(id) ?? []) {
      found.add(predecessor);
      for (const further of ancestorsOf(predecessor)) found.add(further);
    }
    ancestors.set(id, found);
    return found;
  };
  const ordered = (a: string, b: string) => ancestorsOf(a).has(b) || ancestorsOf(b).has(a);

  const own = new Map<string, TaskJugglerDifference>();
  for (const task of plan.tasks) {
    if (task.effort === undefined) continue;
    const effort = typeof task.effort === 'number' ? task.effort : task.effort.likely;
    const people = new Set(task.assignees ?? []);
    const competes = plan.tasks.some(
      (other) => other.id !== task.id && other.effort !== undefined && (other.assignees ?? []).some((id) => people.has(id)) && !ordered(task.id, other.id),
    );
    if (competes) own.set(task.id, 'shared-person');
    else if (!Number.isInteger(effort)) own.set(task.id, 'effort-not-whole-days');
  }

  const explained = new Map<string, Explanation>();
  for (const task of plan.tasks) {
    const self = own.get(task.id);
    if (self) {
      explained.set(task.id, { difference: self, at: task.id });
      continue;
    }
    const source = plan.tasks.find((other) => own.has(other.id) && ancestorsOf(task.id).has(other.id));
    if (source) explained.set(task.id, { difference: own.get(source.id) as TaskJugglerDifference, at: source.id });
  }
  return explained;
}
