// Scheduler benchmark (not a test): node scripts/bench-schedule.ts
// Goals: 10,000 tasks with 200 people in under 1 s, also as of a status date with 40 % done;
// 1,000 Monte Carlo runs of 100 tasks in under 1 s.
import os from 'node:os';
import { planSchema } from '../src/lib/schema/plan.ts';
import { schedulePlan } from '../src/lib/schedule/schedule-plan.ts';
import { preparePlan } from '../src/lib/schedule/prepare.ts';
import { runMonteCarlo, DEFAULT_ITERATIONS } from '../src/lib/schedule/monte-carlo.ts';
import { syntheticPlan } from './bench/synthetic-plan.ts';
import { toDay } from '../src/lib/dates.ts';

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const time = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};
// Warm up the holiday data and the JIT once, as a build would.
schedulePlan('warm', planSchema.parse(syntheticPlan(50, 10)), { iterations: 0 });

const rows: string[][] = [];
for (const [tasks, people] of [
  [1_000, 200],
  [10_000, 200],
]) {
  const plan = planSchema.parse(syntheticPlan(tasks, people));
  const [result, ms] = time(() => schedulePlan(`bench-${tasks}`, plan, { iterations: 0 }));
  if (!result.ok) throw new Error(result.findings[0].message);
  rows.push([
    `schedule ${tasks.toLocaleString('en')} tasks, ${people} people`,
    `${ms.toFixed(0)} ms`,
    ms < 1000 ? 'yes' : 'no',
    `finish ${result.schedule.finish}`,
  ]);
}

// Tracking: the 10,000-task plan as of the day by which 40 % of its tasks are done, the tasks
// under way on that day active with half their work left.
{
  const plan = planSchema.parse(syntheticPlan(10_000, 200));
  const before = schedulePlan('bench-tracked', plan, { iterations: 0 });
  if (!before.ok) throw new Error(before.findings[0].message);
  const finishes = before.schedule.tasks.map((task) => task.finish).sort();
  const statusDate = finishes[Math.floor(finishes.length * 0.4)];
  const tasks = plan.tasks.map((task, index) => {
    const { start, finish, milestone } = before.schedule.tasks[index];
    if (finish <= statusDate) return milestone ? { ...task, actualFinish: finish } : { ...task, actualStart: start, actualFinish: finish };
    if (start <= statusDate && !milestone) return { ...task, actualStart: start, progress: 50 };
    return task;
  });
  const tracked = planSchema.parse({ ...plan, statusDate, tasks });
  const done = tracked.tasks.filter((task) => task.actualFinish !== undefined).length;
  const [result, ms] = time(() => schedulePlan('bench-tracked', tracked, { iterations: 0 }));
  if (!result.ok) throw new Error(result.findings[0].message);
  rows.push([
    `schedule 10,000 tasks as of a status date, ${Math.round((100 * done) / tracked.tasks.length)} % done`,
    `${ms.toFixed(0)} ms`,
    ms < 1000 ? 'yes' : 'no',
    `status ${statusDate}, finish ${result.schedule.finish}`,
  ]);
}

const plan100 = planSchema.parse(syntheticPlan(100, 20, { threePoint: true }));
const prepared = preparePlan(plan100);
const deadlines = plan100.tasks.map(() => Number.POSITIVE_INFINITY);
const likely = schedulePlan('bench', plan100, { iterations: 0 });
const likelyFinish = likely.ok ? likely.schedule.calendar.indexOnOrAfter(toDay(likely.schedule.finish)) : 0;
const [mc, mcMs] = time(() => runMonteCarlo(prepared, 'bench', deadlines, 1000, likelyFinish));
rows.push(['Monte Carlo 1,000 runs × 100 tasks', `${mcMs.toFixed(0)} ms`, mcMs < 1000 ? 'yes' : 'no', `P50 index ${mc.p50}, P85 index ${mc.p85}`]);
const [, defaultMs] = time(() => runMonteCarlo(prepared, 'bench', deadlines, DEFAULT_ITERATIONS, likelyFinish));
const plan50 = planSchema.parse(syntheticPlan(50, 10, { threePoint: true }));
const [, fullMs] = time(() => schedulePlan('bench-50', plan50, {}));
rows.push([`schedulePlan with Monte Carlo (default runs), 50 tasks, 10 people`, `${fullMs.toFixed(0)} ms`, '', 'what a build spends per plan']);
rows.push([
  `Monte Carlo ${DEFAULT_ITERATIONS.toLocaleString('en')} runs (default) × 100 tasks`,
  `${defaultMs.toFixed(0)} ms`,
  defaultMs < 1000 ? 'yes' : 'no',
  '',
]);

// How stable is P85 at the default count? Spread over 20 different seeds, in working days.
const p85s = Array.from({ length: 20 }, (_, seed) => runMonteCarlo(prepared, `seed-${seed}`, deadlines, DEFAULT_ITERATIONS, likelyFinish).p85);
const spread = Math.max(...p85s) - Math.min(...p85s);
rows.push([`P85 spread over 20 seeds at ${DEFAULT_ITERATIONS} runs`, `${spread} working days`, '', `P85 about ${mc.p85} working days after the kick-off`]);

console.log(`| measurement | result | goal met | note |\n| --- | --- | --- | --- |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nNode ${process.versions.node}, ${os.cpus().length} cores, peak RSS ${peakMb()} MB`);
