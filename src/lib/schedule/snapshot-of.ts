import type { Snapshot } from '../schema/snapshot.ts';
import type { Schedule } from './schedule-plan.ts';

/**
 * The snapshot `kickoff snapshot` writes: the schedule as of its status date (or the kick-off),
 * with what the baseline rules and the charts need of each task.
 */
export function snapshotOf(schedule: Schedule, label?: string): Snapshot {
  return {
    plan: schedule.plan,
    date: schedule.statusDate ?? schedule.kickoff,
    ...(label ? { label } : {}),
    finish: schedule.finish,
    committedFinish: schedule.committedFinish,
    buffer: { method: schedule.buffer.method, days: schedule.buffer.days },
    ...(schedule.p50 ? { p50: schedule.p50 } : {}),
    ...(schedule.p85 ? { p85: schedule.p85 } : {}),
    tasks: schedule.tasks.map((task) => ({
      id: task.id,
      start: task.start,
      finish: task.finish,
      milestone: task.milestone,
      critical: task.critical,
      workingDays: task.workingDays,
      state: task.state,
      completion: Math.round(task.completion * 1000) / 1000,
    })),
  };
}
