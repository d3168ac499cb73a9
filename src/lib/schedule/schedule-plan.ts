import { formatIsoDay, toDay } from '../dates.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Plan } from '../schema/plan.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { bufferDays } from './buffer.ts';
import { totalFloat } from './critical-path.ts';
import { findingMessage, type FindingCode } from './finding-messages.ts';
import { DEFAULT_ITERATIONS, runMonteCarlo, type MonteCarloResult } from './monte-carlo.ts';
import { preparePlan, type PreparedPlan, type TaskKind } from './prepare.ts';
import { runSchedule, type Booking, type RunResult } from './run-schedule.ts';
import { scheduleWarnings, type MakeFinding } from './schedule-warnings.ts';

export interface ScheduleFinding {
  severity: 'error' | 'warning';
  code: FindingCode;
  /** Field path in the plan, such as `tasks[4]`. */
  path: string;
  message: string;
}

export interface ScheduledTask {
  id: string;
  title: string;
  phase?: string;
  kind: TaskKind;
  start: string;
  finish: string;
  milestone: boolean;
  critical: boolean;
  /** Total float in working days. */
  float: number;
  /** Scheduled length in working days (0 for milestones). */
  workingDays: number;
  assignees: string[];
  dependsOn: string[];
  progress?: number;
  deadline?: string;
  deadlineMet?: boolean;
  /** Monte Carlo: share of runs meeting the deadline, and share of runs in which the task was critical. */
  deadlineChance?: number;
  criticality?: number;
}

interface ScheduledBuffer {
  method: 'none' | 'percent' | 'fixed' | 'rss';
  days: number;
  start?: string;
  finish?: string;
  before?: string;
}

export interface Schedule {
  plan: string;
  kickoff: string;
  finish: string;
  committedFinish: string;
  buffer: ScheduledBuffer;
  p50?: string;
  p85?: string;
  iterations?: number;
  tasks: ScheduledTask[];
  findings: ScheduleFinding[];
  /** For presentation: the working calendar and each person's booked share per working day. */
  calendar: WorkingCalendar;
  booked: Float64Array[];
  bookings: Booking[][];
}

export interface RoleInfo {
  id: string;
  title: string;
  kickoff: 'required' | 'recommended' | 'optional';
}

export interface ScheduleOptions {
  lang?: Lang;
  /** Roles of the playbook, for the required-at-kick-off check. */
  roles?: readonly RoleInfo[];
  /** Titles of phases, used when a task has no title of its own. */
  phaseTitles?: ReadonlyMap<string, string>;
  /** Monte Carlo iterations; 0 turns it off. */
  iterations?: number;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; findings: ScheduleFinding[] };

/** Applies the scheduling rules 1–11 to a validated plan. */
export function schedulePlan(planId: string, plan: Plan, options: ScheduleOptions = {}): ScheduleResult {
  const lang = options.lang ?? 'de';
  const finding: MakeFinding = (severity, code, path, params) => ({
    severity,
    code,
    path,
    message: findingMessage(code, params, lang),
  });
  const titleOf = (index: number) => {
    const task = plan.tasks[index];
    return task.title ?? options.phaseTitles?.get(task.phase ?? '') ?? task.phase ?? task.id;
  };

  const prepared = preparePlan(plan);
  const amounts = prepared.tasks.map((task) => task.estimate.likely);
  const outcome = runSchedule(prepared, amounts, { recordBookings: true });
  if (!outcome.ok) {
    const { task, reason } = outcome.error;
    return { ok: false, findings: [finding('error', 'never-finishes', `tasks[${task}]`, { task: titleOf(task), reason })] };
  }
  const run = outcome.result;
  const { calendar } = prepared;
  const dayOf = (index: number) => formatIsoDay(calendar.days[index]);

  const float = totalFloat(prepared, run.timing);
  const critical = Array.from(float, (value) => value === 0);
  let lastFinish = 0;
  for (const value of run.timing.finish) lastFinish = Math.max(lastFinish, value);

  const days = bufferDays(plan.buffer, prepared, run.timing, lastFinish, critical);
  const bufferEnd = lastFinish + days;
  if (bufferEnd >= calendar.days.length) {
    return { ok: false, findings: [finding('error', 'never-finishes', 'buffer', { task: 'buffer', reason: 'no-working-days' })] };
  }
  const buffer: ScheduledBuffer = { method: plan.buffer?.method ?? 'none', days };
  if (days > 0) Object.assign(buffer, { start: dayOf(lastFinish + 1), finish: dayOf(bufferEnd) });
  const beforeIndex = plan.buffer?.before ? plan.tasks.findIndex((task) => task.id === plan.buffer?.before) : -1;
  if (beforeIndex >= 0) {
    buffer.before = plan.buffer?.before;
    run.timing.start[beforeIndex] = bufferEnd;
    run.timing.finish[beforeIndex] = bufferEnd;
  }

  const deadlines = plan.tasks.map((task) => (task.deadline ? calendar.indexOnOrAfter(toDay(task.deadline) + 1) - 1 : Number.POSITIVE_INFINITY));
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const monteCarlo = prepared.hasThreePointEstimates && iterations > 0 ? runMonteCarlo(prepared, planId, deadlines, iterations, lastFinish) : undefined;

  const tasks = scheduledTasks(plan, prepared, run, { critical, float, dayOf, titleOf, monteCarlo });

  const schedule: Schedule = {
    plan: planId,
    kickoff: plan.kickoff,
    finish: dayOf(lastFinish),
    committedFinish: dayOf(bufferEnd),
    buffer,
    tasks,
    findings: [],
    calendar,
    booked: run.booked,
    bookings: run.bookings ?? [],
  };
  if (monteCarlo) Object.assign(schedule, monteCarloDates(monteCarlo, dayOf, calendar.days.length));
  schedule.findings = scheduleWarnings({ plan, prepared, schedule, run, lastFinish, beforeIndex, roles: options.roles ?? [], finding });
  return { ok: true, schedule };
}

function monteCarloDates(result: MonteCarloResult, dayOf: (index: number) => string, dayCount: number) {
  const date = (index: number) => (index < dayCount ? dayOf(index) : undefined);
  return { p50: date(result.p50), p85: date(result.p85), iterations: result.iterations };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

interface TaskContext {
  critical: boolean[];
  float: ArrayLike<number>;
  dayOf: (index: number) => string;
  titleOf: (index: number) => string;
  monteCarlo: MonteCarloResult | undefined;
}

/** Each task's dates, float, deadline status and, with Monte Carlo, its chances. */
function scheduledTasks(plan: Plan, prepared: PreparedPlan, run: RunResult, context: TaskContext): ScheduledTask[] {
  const { critical, float, dayOf, titleOf, monteCarlo } = context;
  return plan.tasks.map((task, index): ScheduledTask => {
    const start = run.timing.start[index];
    const finish = run.timing.finish[index];
    const kind = prepared.tasks[index].kind;
    const scheduled: ScheduledTask = {
      id: task.id,
      title: titleOf(index),
      phase: task.phase,
      kind,
      start: dayOf(start),
      finish: dayOf(finish),
      milestone: kind === 'milestone',
      critical: critical[index],
      float: float[index],
      workingDays: kind === 'milestone' ? 0 : finish - start + 1,
      assignees: task.assignees ?? [],
      dependsOn: (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? dependency : dependency.task)),
    };
    if (task.progress !== undefined) scheduled.progress = task.progress;
    if (task.deadline) {
      scheduled.deadline = task.deadline;
      scheduled.deadlineMet = scheduled.finish <= task.deadline;
    }
    if (monteCarlo) {
      scheduled.criticality = round(monteCarlo.criticality[index]);
      if (task.deadline) scheduled.deadlineChance = round(monteCarlo.deadlineChance[index]);
    }
    return scheduled;
  });
}
