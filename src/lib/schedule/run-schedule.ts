import { MinHeap } from './min-heap.ts';
import type { PreparedPlan, PreparedTask } from './prepare.ts';

/**
 * Working-day indices of each task; a milestone has start = finish = its day. For an active
 * task the remaining part (rule T2), for a done task its actual days (rule T1).
 */
export interface Timing {
  start: Int32Array;
  finish: Int32Array;
}

export interface Booking {
  person: number;
  index: number;
  amount: number;
}

export interface RunResult {
  timing: Timing;
  /** Per person, the share of each working day booked by tasks (index = working-day index). */
  booked: Float64Array[];
  /** Per task, what it booked; only when `recordBookings` is set. */
  bookings?: Booking[][];
  /** The planned tasks' indices in the order rule 7 placed them; only when `recordOrder` is set. */
  order?: number[];
}

export interface NeverFinishes {
  task: number;
  reason: 'no-working-days' | 'no-capacity';
  /** Effort still open when the horizon was reached (effort tasks). */
  remaining?: number;
}

const EPSILON = 1e-9;

export interface RunOptions {
  recordBookings?: boolean;
  recordOrder?: boolean;
  /**
   * Schedule within the first `dayLimit` working days only (a task beyond them fails as if it
   * never finished). Monte Carlo uses this to keep its per-run arrays small; it retries a run
   * that hits the limit with the full ten-year horizon.
   */
  dayLimit?: number;
  /** Arrays from an earlier run to reuse (cleared here), to spare an allocation per run. */
  reuse?: { booked: Float64Array[] };
}

/**
 * Rules 3–7 and 11: schedules every task once, in the order of rule 7, with the given amounts
 * (working days for duration tasks, person-days for effort tasks, ignored for milestones).
 * As of a status date (rules T1–T3): done tasks keep their actual days and book nobody; active
 * tasks come first and place their amount (the work left) from the first open day; planned
 * tasks start no earlier than that day.
 */
export function runSchedule(
  plan: PreparedPlan,
  amounts: ArrayLike<number>,
  options: RunOptions = {},
): { ok: true; result: RunResult } | { ok: false; error: NeverFinishes } {
  const { tasks, people, calendar } = plan;
  const dayCount = Math.min(calendar.days.length, options.dayLimit ?? Number.POSITIVE_INFINITY);
  const start = new Int32Array(tasks.length);
  const finish = new Int32Array(tasks.length);
  const booked = reusableRows(options.reuse?.booked, people.length, dayCount);
  const bookings = options.recordBookings ? tasks.map((): Booking[] => []) : undefined;
  const order: number[] | undefined = options.recordOrder ? [] : undefined;
  const missing = tasks.map((task) => task.dependencies.length);

  type Ready = { task: PreparedTask; earliest: number };
  const ready = new MinHeap<Ready>(
    (a, b) =>
      a.task.priority > b.task.priority ||
      (a.task.priority === b.task.priority && (a.earliest < b.earliest || (a.earliest === b.earliest && a.task.index < b.task.index))),
  );

  /** Rule 3 (and rule 6 for milestones): the earliest day the task may take, given its predecessors; rule T3: never before the first open day. */
  const earliestOf = (task: PreparedTask): number => {
    let day = Math.max(task.startIndex, plan.firstOpenDay);
    if (task.kind === 'milestone') {
      for (const { predecessor, lag } of task.dependencies) day = Math.max(day, finish[predecessor] + lag);
      return day;
    }
    for (const { predecessor, lag } of task.dependencies) day = Math.max(day, finish[predecessor] + lag + 1);
    return day;
  };

  const release = (task: PreparedTask) => {
    for (const successor of task.successors) {
      if (--missing[successor] === 0 && tasks[successor].state === 'planned') ready.push({ task: tasks[successor], earliest: earliestOf(tasks[successor]) });
    }
  };

  // Rule T1: done tasks are fixed in the past.
  for (const task of tasks) {
    if (task.state !== 'done' || !task.actual) continue;
    start[task.index] = task.actual.start;
    finish[task.index] = task.actual.finish;
  }
  for (const task of tasks) if (task.state === 'done') release(task);
  // Rule T2: active tasks first, their work left from the first open day, whatever their predecessors.
  for (const index of plan.activeOrder) {
    const task = tasks[index];
    // The timing holds the remaining part; the task's own start stays `actualStart`.
    const placed = place(task, plan.firstOpenDay, amounts[index]);
    if (!placed.ok) return placed;
  }
  for (const index of plan.activeOrder) release(tasks[index]);
  // Planned tasks with predecessors joined the queue when their last predecessor was placed.
  for (const task of tasks) if (task.state === 'planned' && task.dependencies.length === 0) ready.push({ task, earliest: earliestOf(task) });

  while (ready.size > 0) {
    const { task, earliest: first } = ready.pop() as Ready;
    const placed = place(task, first, amounts[task.index]);
    if (!placed.ok) return placed;
    order?.push(task.index);
    release(task);
  }
  return { ok: true, result: { timing: { start, finish }, booked, bookings, order } };

  /** Rules 4–6: puts one task's amount on the working days from `first` on and books its people. */
  function place(task: PreparedTask, first: number, amount: number): { ok: true } | { ok: false; error: NeverFinishes } {
    if (task.kind === 'milestone') {
      if (first >= dayCount) return { ok: false, error: { task: task.index, reason: 'no-working-days' } };
      start[task.index] = first;
      finish[task.index] = first;
    } else if (task.kind === 'duration') {
      const last = first + amount - 1;
      if (last >= dayCount) return { ok: false, error: { task: task.index, reason: 'no-working-days' } };
      start[task.index] = first;
      finish[task.index] = last;
      for (const person of task.assignees) {
        const capacity = people[person].capacity;
        const row = booked[person];
        for (let day = first; day <= last; day++) row[day] += capacity;
        if (bookings) for (let day = first; day <= last; day++) bookings[task.index].push({ person, index: day, amount: capacity });
      }
    } else {
      let remaining = amount;
      let began = -1;
      let day = first;
      for (; day < dayCount && remaining > EPSILON; day++) {
        let offered = 0;
        for (const person of task.assignees) offered += freeCapacity(people[person], booked[person], day);
        if (offered <= EPSILON) continue;
        if (began < 0) began = day;
        // On the last day only what is still needed is booked, shared in proportion to what is free.
        const share = Math.min(1, remaining / offered);
        for (const person of task.assignees) {
          const taken = freeCapacity(people[person], booked[person], day) * share;
          if (taken <= 0) continue;
          booked[person][day] += taken;
          if (bookings) bookings[task.index].push({ person, index: day, amount: taken });
        }
        remaining -= offered * share;
      }
      if (remaining > EPSILON) {
        const reason = first >= dayCount ? 'no-working-days' : 'no-capacity';
        return { ok: false, error: { task: task.index, reason, remaining } };
      }
      start[task.index] = began;
      finish[task.index] = day - 1;
    }
    return { ok: true };
  }
}

function reusableRows(rows: Float64Array[] | undefined, count: number, length: number): Float64Array[] {
  if (!rows || rows.length !== count || rows.some((row) => row.length !== length)) {
    return Array.from({ length: count }, () => new Float64Array(length));
  }
  for (const row of rows) row.fill(0);
  return rows;
}

function freeCapacity(person: { capacity: number; absent: Uint8Array }, booked: Float64Array, day: number): number {
  if (person.absent[day]) return 0;
  const free = person.capacity - booked[day];
  return free > EPSILON ? free : 0;
}
