import type { PreparedPlan } from './prepare.ts';
import type { Timing } from './run-schedule.ts';

/**
 * Rule 10: a backward pass over the dependency graph with each task's scheduled length.
 * Total float (working days) = latest start − scheduled start; zero float means critical.
 * The project end is the latest scheduled finish. Rule T4: done tasks take no part (their
 * float is NaN), an active task counts with its remaining part.
 */
export function totalFloat(plan: PreparedPlan, timing: Timing): Float64Array {
  const { tasks, topologicalOrder } = plan;
  const open = (index: number) => tasks[index].state !== 'done';
  let projectEnd = Number.NEGATIVE_INFINITY;
  for (const index of topologicalOrder) if (open(index)) projectEnd = Math.max(projectEnd, timing.finish[index]);
  const latestStart = new Int32Array(tasks.length);
  const float = new Float64Array(tasks.length).fill(Number.NaN);
  for (let position = topologicalOrder.length - 1; position >= 0; position--) {
    const index = topologicalOrder[position];
    if (!open(index)) continue;
    const task = tasks[index];
    let latestFinish = projectEnd;
    for (const successorIndex of task.successors) {
      if (!open(successorIndex)) continue;
      const successor = tasks[successorIndex];
      for (const dependency of successor.dependencies) {
        if (dependency.predecessor !== index) continue;
        // A milestone may fall on its predecessor's finish day; any other successor starts a day later.
        const gap = successor.kind === 'milestone' ? dependency.lag : dependency.lag + 1;
        latestFinish = Math.min(latestFinish, latestStart[successorIndex] - gap);
      }
    }
    const length = timing.finish[index] - timing.start[index];
    latestStart[index] = latestFinish - length;
    float[index] = latestStart[index] - timing.start[index];
  }
  return float;
}
