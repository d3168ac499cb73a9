import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { toDay } from '../dates.ts';
import type { Plan, Task } from '../schema/plan.ts';
import type { ThreePoint } from '../schema/common.ts';

export type TaskKind = 'duration' | 'effort' | 'milestone';

/** As of the status date: done (has `actualFinish`), active (started, not done) or planned. */
export type TaskState = 'done' | 'active' | 'planned';

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
  state: TaskState;
  /**
   * Done tasks (rule T1): the working-day indices of `actualStart` (first working day on or
   * after it) and `actualFinish` (last working day on or before it: successors start after it).
   * Active tasks: `actualStart`'s index. Undefined for planned tasks.
   */
  actual?: { start: number; finish: number };
  /** Active tasks (rule T2): the work R left, in working days (duration) or person-days (effort). */
  remaining?: number;
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
  /** N, the first working day after the status date (rule T3): nothing planned starts before it. 0 without a status date. */
  firstOpenDay: number;
  /** Active tasks in the order rule T2 places them: higher priority first, then file order. */
  activeOrder: number[];
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
      // Days before the kick-off have indices below 0, which `fill` would count from the end.
      const from = Math.max(0, calendar.indexOnOrAfter(toDay(absence.from)));
      const to = Math.max(0, calendar.indexOnOrAfter(toDay(absence.to) + 1));
      absent.fill(1, from, to);
    }
    return { index, id: person.id, capacity: person.capacity, absent };
  });

  const statusDay = plan.statusDate === undefined ? undefined : toDay(plan.statusDate);
  const tasks = plan.tasks.map((task, index): PreparedTask => ({
    ...trackedState(task, statusDay, calendar),
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
    // Nothing is planned before the kick-off (rule 3), whatever start a task names.
    startIndex: task.start ? Math.max(0, calendar.indexOnOrAfter(toDay(task.start))) : 0,
    priority: task.priority,
  }));
  for (const task of tasks) for (const dependency of task.dependencies) tasks[dependency.predecessor].successors.push(task.index);

  const hasThreePointEstimates = plan.tasks.some((task) => typeof task.duration === 'object' || typeof task.effort === 'object');
  const firstOpenDay = statusDay === undefined ? 0 : calendar.indexOnOrAfter(statusDay + 1);
  const activeOrder = tasks
    .filter((task) => task.state === 'active')
    .sort((a, b) => b.priority - a.priority || a.index - b.index)
    .map((task) => task.index);
  return { calendar, tasks, people, topologicalOrder: topologicalOrder(tasks), hasThreePointEstimates, firstOpenDay, activeOrder };
}

/**
 * A task's state as of the status date and what rules T1 and T2 need of it. Without a status
 * date every task is planned (validation rejects actual dates without one).
 */
function trackedState(
  task: Task,
  statusDay: number | undefined,
  { indexOnOrAfter, indexOnOrBefore }: WorkingCalendar,
): Pick<PreparedTask, 'state' | 'actual' | 'remaining'> {
  if (statusDay === undefined) return { state: 'planned' };
  if (task.actualFinish !== undefined) {
    const finish = toDay(task.actualFinish);
    const start = task.milestone ? finish : toDay(task.actualStart ?? task.actualFinish);
    // A milestone takes its day itself (as in rule 6); work counts its working days.
    const startIndex = task.milestone ? indexOnOrBefore(start) : indexOnOrAfter(start);
    return { state: 'done', actual: { start: startIndex, finish: indexOnOrBefore(finish) } };
  }
  if (task.actualStart !== undefined && !task.milestone) {
    return { state: 'active', actual: { start: indexOnOrAfter(toDay(task.actualStart)), finish: -1 }, remaining: remainingWork(task) };
  }
  return { state: 'planned' };
}

/**
 * Rule T2: `remaining` if given, else the likely amount less the recorded progress (whole
 * working days for a duration task, person-days for an effort task).
 */
function remainingWork(task: Task): number {
  const left = task.remaining ?? estimateOf(task).likely * (1 - (task.progress ?? 0) / 100);
  // A duration task takes whole working days: what is left of one still takes that day.
  return task.effort !== undefined ? left : Math.ceil(left - 1e-9);
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
