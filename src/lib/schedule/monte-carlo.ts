import { drawBetaPert } from './beta-pert.ts';
import { totalFloat } from './critical-path.ts';
import type { PreparedPlan, PreparedTask } from './prepare.ts';
import { seededRandom } from './random.ts';
import { runSchedule } from './run-schedule.ts';

/**
 * At 1,000 runs a 100-task plan takes about 0.6 s on this machine and P85 varies by about
 * 3 working days between seeds on a 630-day plan (scripts/bench-schedule.ts).
 */
export const DEFAULT_ITERATIONS = 1000;

export interface MonteCarloResult {
  iterations: number;
  /** Working-day indices of the latest finish at the 50th and 85th percentile. */
  p50: number;
  p85: number;
  /** Per task, the share of runs in which it finished on or before its deadline (NaN without one). */
  deadlineChance: Float64Array;
  /** Per task, the share of runs in which it was critical. */
  criticality: Float64Array;
  /** Runs in which a task could not finish within the horizon (counted as finishing after it). */
  failedRuns: number;
}

/**
 * One run's amount of a task. Rule T5: only remaining work is drawn; a done task is fixed, an
 * active task's work left is scaled by the drawn value over the likely one.
 */
function drawnAmount(task: PreparedTask, random: () => number): number {
  if (task.kind === 'milestone' || task.state === 'done') return 0;
  const draw = drawBetaPert(task.estimate, random);
  const amount = task.state === 'active' ? ((task.remaining ?? 0) * draw) / task.estimate.likely : draw;
  return task.kind === 'duration' ? Math.max(1, Math.round(amount)) : amount;
}

/** Rule 8: the same rules many times with Beta-PERT draws, seeded from `seed` (the plan id). */
export function runMonteCarlo(
  plan: PreparedPlan,
  seed: string,
  deadlines: ArrayLike<number>,
  iterations = DEFAULT_ITERATIONS,
  likelyFinish = 0,
  /** The tasks whose finish counts for P50 and P85 (rule 9a leaves out the work behind the buffer); all by default. */
  counted?: readonly boolean[],
): MonteCarloResult {
  const random = seededRandom(seed);
  const taskCount = plan.tasks.length;
  const amounts = new Float64Array(taskCount);
  const finishes = new Int32Array(iterations);
  const met = new Float64Array(taskCount);
  const critical = new Float64Array(taskCount);
  const beyond = plan.calendar.days.length;
  // Runs rarely end later than a few times the likely finish; arrays for the full ten-year
  // horizon would be cleared on every run (the main cost on plans with many people).
  const dayLimit = Math.min(beyond, Math.max(260, 3 * (likelyFinish + 1)));
  let reuse: { booked: Float64Array[] } | undefined;
  let failedRuns = 0;
  for (let run = 0; run < iterations; run++) {
    for (const task of plan.tasks) amounts[task.index] = drawnAmount(task, random);
    let outcome = runSchedule(plan, amounts, { dayLimit, reuse });
    if (!outcome.ok && dayLimit < beyond) outcome = runSchedule(plan, amounts);
    else if (outcome.ok) reuse = { booked: outcome.result.booked };
    if (!outcome.ok) {
      failedRuns++;
      finishes[run] = beyond;
      continue;
    }
    const { timing } = outcome.result;
    // -1 when every counted task was done before the first working day: the plan's own finish then.
    let last = -1;
    for (let i = 0; i < taskCount; i++) {
      if (timing.finish[i] > last && (counted?.[i] ?? true)) last = timing.finish[i];
      if (timing.finish[i] <= deadlines[i]) met[i]++;
    }
    finishes[run] = last;
    const float = totalFloat(plan, timing);
    for (let i = 0; i < taskCount; i++) if (float[i] === 0) critical[i]++;
  }
  finishes.sort();
  const deadlineChance = new Float64Array(taskCount);
  for (let i = 0; i < taskCount; i++) deadlineChance[i] = Number.isFinite(deadlines[i]) ? met[i] / iterations : Number.NaN;
  return {
    iterations,
    p50: percentile(finishes, 0.5),
    p85: percentile(finishes, 0.85),
    deadlineChance,
    criticality: critical.map((count) => count / iterations),
    failedRuns,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Int32Array, share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}
