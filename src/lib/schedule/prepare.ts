import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { toDay } from '../dates.ts';
import type { Plan, Task } from '../schema/plan.ts';
import type { ThreePoint } from '../schema/common.ts';

export type TaskKind = 'duration' | 'effort' | 'milestone';

interface PreparedDependency {
  predecessor: number;
  lag: number;
}

export interface PreparedTask {
  index: number;
  id: string;
  kind: TaskKind;
  /** The three points (likely for all three when the estimate is a single number). */
  estimate: ThreePoint;
  assignees: number[];
  dependencies: PreparedDependency[];
  successors: number[];
  /** Working-day index from `start` (start no earlier than), or 0. */
  startIndex: number;
  priority: number;
}

interface PreparedPerson {
  index: number;
  id: string;
  capacity: number;
  /** 1 on working-day indices where the person is absent. */
  absent: Uint8Array;
}

/** Everything the scheduling rules need, computed once per plan and reused by every Monte Carlo run. */
export interface PreparedPlan {
  calendar: WorkingCalendar;
  tasks: PreparedTask[];
  people: PreparedPerson[];
  /** Task indices in an order where every predecessor comes first. */
  topologicalOrder: number[];
  hasThreePointEstimates: boolean;
}

function taskKind(task: Task): TaskKind {
  if (task.milestone) return 'milestone';
  return task.effort !== undefined ? 'effort' : 'duration';
}

function estimateOf(task: Task): ThreePoint {
  const value = task.duration ?? task.effort ?? 0;
  return typeof value === 'number' ? { optimistic: value, likely: value, pessimistic: value } : value;
}

/**
 * Normalises a plan that has passed validation (ids resolve, no cycles). Returns the cycle when
 * the task graph has one, so that callers that skip validation still get a clear answer.
 */
export function preparePlan(plan: Plan): PreparedPlan {
  const calendar = createWorkingCalendar(plan.calendar, plan.kickoff);
  const personIndex = new Map(plan.team.map((person, index) => [person.id, index]));
  const taskIndex = new Map(plan.tasks.map((task, index) => [task.id, index]));

  const people = plan.team.map((person, index): PreparedPerson => {
    const absent = new Uint8Array(calendar.days.length);
    for (const absence of person.absences ?? []) {
      const from = calendar.indexOnOrAfter(toDay(absence.from));
      const to = calendar.indexOnOrAfter(toDay(absence.to) + 1);
      absent.fill(1, from, to);
    }
    return { index, id: person.id, capacity: person.capacity, absent };
  });

  const tasks = plan.tasks.map((task, index): PreparedTask => ({
    index,
    id: task.id,
    kind: taskKind(task),
    estimate: estimateOf(task),
    assignees: (task.assignees ?? []).map((id) => personIndex.get(id)).filter((value): value is number => value !== undefined),
    dependencies: (task.dependsOn ?? []).flatMap((dependency) => {
      const { task: id, lag } = typeof dependency === 'string' ? { task: dependency, lag: 0 } : dependency;
      const predecessor = taskIndex.get(id);
      return predecessor === undefined ? [] : [{ predecessor, lag }];
    }),
    successors: [],
    startIndex: task.start ? calendar.indexOnOrAfter(toDay(task.start)) : 0,
    priority: task.priority,
  }));
  for (const task of tasks) for (const dependency of task.dependencies) tasks[dependency.predecessor].successors.push(task.index);

  const hasThreePointEstimates = plan.tasks.some((task) => typeof task.duration === 'object' || typeof task.effort === 'object');
  return { calendar, tasks, people, topologicalOrder: topologicalOrder(tasks), hasThreePointEstimates };
}

/** Kahn's algorithm in file order; tasks on a cycle are left out (validation reports cycles). */
function topologicalOrder(tasks: PreparedTask[]): number[] {
  const remaining = tasks.map((task) => task.dependencies.length);
  const queue = tasks.filter((task) => remaining[task.index] === 0).map((task) => task.index);
  const order: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const index = queue[head];
    order.push(index);
    for (const successor of tasks[index].successors) if (--remaining[successor] === 0) queue.push(successor);
  }
  return order;
}
