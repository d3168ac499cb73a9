import type { Buffer } from '../schema/plan.ts';
import type { PreparedPlan } from './prepare.ts';
import type { Timing } from './run-schedule.ts';

/**
 * Rule 9: the buffer's length in working days. `lastFinish` is the working-day index of the
 * latest finish, so the scheduled length is lastFinish + 1 working days from the kick-off.
 */
export function bufferDays(buffer: Buffer | undefined, plan: PreparedPlan, timing: Timing, lastFinish: number, critical: ArrayLike<boolean>): number {
  if (!buffer) return 0;
  switch (buffer.method) {
    case 'none':
      return 0;
    case 'fixed':
      return buffer.value ?? 0;
    case 'percent':
      // The small epsilon keeps 15 % of 20 days at exactly 3, not 4 through float error.
      return Math.ceil(((buffer.value ?? 0) * (lastFinish + 1)) / 100 - 1e-9);
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
