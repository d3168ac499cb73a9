import type { Task } from '../schema/plan.ts';
import type { Snapshot } from '../schema/snapshot.ts';
import type { TaskState } from './prepare.ts';

/** The buffer fever chart's zones (rule B4). */
export type Zone = 'green' | 'yellow' | 'red';

/** The snapshot a plan is compared with: the one its `baseline` names, else its earliest. */
export function selectBaseline(snapshots: readonly Snapshot[], date: string | undefined): Snapshot | undefined {
  if (date !== undefined) return snapshots.find((snapshot) => snapshot.date === date);
  return [...snapshots].sort((a, b) => a.date.localeCompare(b.date))[0];
}

export interface BufferUse {
  /** Working days left after the current finish up to and including the committed finish (negative: past it). */
  remaining: number;
  /** Baseline buffer days less the remaining ones (rule B2). */
  consumed: number;
  /** consumed as a share of the baseline buffer in percent; null without a baseline buffer. */
  consumption: number | null;
}

/**
 * Rules B1 and B2 on working-day indices: `finish` is the current finish, `committed` the last
 * working day on or before the committed finish.
 */
export function bufferUse(baselineDays: number, finish: number, committed: number): BufferUse {
  const remaining = committed - finish;
  const consumed = baselineDays - remaining;
  return { remaining, consumed, consumption: baselineDays > 0 ? (100 * consumed) / baselineDays : null };
}

/**
 * Rule B3, one task's weight of done work: 1 when done, its progress when active (or, without
 * progress, the share of the likely work no longer remaining), 0 when planned.
 */
export function taskCompletion(task: Pick<Task, 'progress' | 'remaining'>, state: TaskState, likely: number): number {
  if (state === 'done') return 1;
  if (state === 'planned') return 0;
  if (task.progress !== undefined) return task.progress / 100;
  return Math.max(0, 1 - (task.remaining ?? likely) / likely);
}

/**
 * Rule B3: the done share of the baseline's critical chain in percent, weighted by baseline
 * working days, over its critical tasks that are not milestones and still exist. Null when the
 * baseline has no such task (nothing to measure against).
 */
export function chainCompletion(baseline: Snapshot, completionOf: (id: string) => number | undefined): number | null {
  let weight = 0;
  let done = 0;
  for (const task of baseline.tasks) {
    if (!task.critical || task.milestone) continue;
    const share = completionOf(task.id);
    if (share === undefined) continue;
    weight += task.workingDays;
    done += task.workingDays * share;
  }
  return weight > 0 ? (100 * done) / weight : null;
}

/**
 * How far apart two percentages may be and still be the same value. Both are quotients of
 * working days and decimal estimates: exactly on a zone line (3 of 14 buffer days at 4 of 21
 * days done), floating point lands a hair beside it, while two values that really differ are
 * at least a ten-thousandth of a point apart.
 */
const SAME_PERCENT = 1e-9;

/** Rule B4: green below 10 + 0.6 × completion, red from 30 + 0.6 × completion, yellow between. */
export function zoneOf(consumption: number | null, completion: number | null): Zone | null {
  if (consumption === null || completion === null) return null;
  if (consumption < 10 + 0.6 * completion - SAME_PERCENT) return 'green';
  if (consumption >= 30 + 0.6 * completion - SAME_PERCENT) return 'red';
  return 'yellow';
}

/**
 * One decimal, halves up, as the JSON shows completion and consumption (the zone uses the
 * exact values): 18.75 is 18.8 also where floating point makes it 18.749999999999996.
 */
export const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10 + 10 * SAME_PERCENT) / 10);

/** A task is late when it is not done although the baseline had it finished by the status date. */
export function isLate<T extends { state: TaskState; baselineFinish: string | null }>(task: T, statusDate: string): task is T & { baselineFinish: string } {
  return task.state !== 'done' && task.baselineFinish !== null && task.baselineFinish <= statusDate;
}
