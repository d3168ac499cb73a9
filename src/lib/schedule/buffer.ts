import type { Buffer } from '../schema/plan.ts';
import type { PreparedPlan } from './prepare.ts';
import type { Timing } from './run-schedule.ts';

/**
 * The working days from the kick-off up to and including the latest finish, whose working-day
 * index is `lastFinish`: none when everything finished before the kick-off (indices below 0).
 */
export const scheduledLength = (lastFinish: number) => Math.max(0, lastFinish + 1);

/**
 * Rule 9: the buffer's length in working days. `lastFinish` is the working-day index of the
 * latest finish (see `scheduledLength`).
 */
export function bufferDays(buffer: Buffer | undefined, plan: PreparedPlan, timing: Timing, lastFinish: number, critical: ArrayLike<boolean>): number {
  if (!buffer) return 0;
  switch (buffer.method) {
    case 'none':
      return 0;
    case 'fixed':
      return buffer.value ?? 0;
    case 'percent':
      // The small epsilon keeps 15 % of 20 days at exactly 3, not 4 through float error (and 0 at -0).
      return Math.max(0, Math.ceil(((buffer.value ?? 0) * scheduledLength(lastFinish)) / 100 - 1e-9));
    case 'rss': {
      let sum = 0;
      for (const task of plan.tasks) {
        if (!critical[task.index] || task.kind === 'milestone') continue;
        const spread = task.estimate.pessimistic - task.estimate.likely;
        const days = task.kind === 'duration' ? spread : (spread / task.estimate.likely) * (timing.finish[task.index] - timing.start[task.index] + 1);
        sum += days * days;
      }
      return Math.ceil(Math.sqrt(sum) - 1e-9);
    }
  }
}
