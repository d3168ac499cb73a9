import type { PreparedPlan } from './prepare.ts';
import type { Timing } from './run-schedule.ts';

/**
 * Rule 10: a backward pass over the dependency graph with each task's scheduled length.
 * Total float (working days) = latest start − scheduled start; zero float means critical.
 * The project end is the latest scheduled finish.
 */
export function totalFloat(plan: PreparedPlan, timing: Timing): Int32Array {
  const { tasks, topologicalOrder } = plan;
  let projectEnd = 0;
  for (const index of topologicalOrder) projectEnd = Math.max(projectEnd, timing.finish[index]);
  const latestStart = new Int32Array(tasks.length);
  const float = new Int32Array(tasks.length);
  for (let position = topologicalOrder.length - 1; position >= 0; position--) {
    const index = topologicalOrder[position];
    const task = tasks[index];
    let latestFinish = projectEnd;
    for (const successorIndex of task.successors) {
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
