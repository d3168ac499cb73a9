import { formatIsoDay, toDay } from '../dates.ts';
import type { Lang } from '../i18n/lang.ts';
import { DEFAULT_BUFFER_RULE, type PlaybookRules } from '../playbook-rules.ts';
import type { Plan } from '../schema/plan.ts';
import type { Snapshot } from '../schema/snapshot.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { bufferDays } from './buffer.ts';
import { totalFloat } from './critical-path.ts';
import { findingMessage, type FindingCode } from './finding-messages.ts';
import { DEFAULT_ITERATIONS, runMonteCarlo, type MonteCarloResult } from './monte-carlo.ts';
import { bufferUse, chainCompletion, oneDecimal, selectBaseline, taskCompletion, zoneOf, type Zone } from './baseline.ts';
import { preparePlan, type PreparedPlan, type TaskKind, type TaskState } from './prepare.ts';
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
  /** As of the status date; always `planned` without one. */
  state: TaskState;
  start: string;
  finish: string;
  milestone: boolean;
  critical: boolean;
  /** Total float in working days; null for a done task (rule T4). */
  float: number | null;
  /** Scheduled length in working days (0 for milestones). */
  workingDays: number;
  assignees: string[];
  dependsOn: string[];
  progress?: number;
  actualStart?: string;
  actualFinish?: string;
  /** An active task's work left (rule T2), in its unit; null otherwise. */
  remaining: number | null;
  /** Rule B3's weight of the task's done work, 0–1. */
  completion: number;
  /** Dates in the baseline and the slip against it in working days (rule B5); null without one or for a new task. */
  baselineStart: string | null;
  baselineFinish: string | null;
  slip: number | null;
  deadline?: string;
  deadlineMet?: boolean;
  /** Monte Carlo: share of runs meeting the deadline, and share of runs in which the task was critical. */
  deadlineChance?: number;
  criticality?: number;
}

interface ScheduledBuffer {
  method: 'none' | 'percent' | 'fixed' | 'rss';
  /** Rule 9's days, or the baseline's (rule B1). */
  days: number;
  /** The rest of the buffer: from the first working day after the finish to the committed finish; absent when none remains. */
  start?: string;
  finish?: string;
  before?: string;
  /** With a baseline (rules B1, B2): working days left (negative: the promise is broken) and used. */
  remaining: number | null;
  consumed: number | null;
}

export interface Schedule {
  plan: string;
  kickoff: string;
  statusDate?: string;
  finish: string;
  committedFinish: string;
  buffer: ScheduledBuffer;
  baseline: { date: string; finish: string; committedFinish: string } | null;
  /** Rules B2–B5, null without a baseline. */
  slip: number | null;
  completion: number | null;
  consumption: number | null;
  zone: Zone | null;
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
  /** The plan's snapshots; the baseline is chosen among them (rule B1). */
  snapshots?: readonly Snapshot[];
  /** The playbook's rules that bear on this plan; without them, the defaults. */
  rules?: PlaybookRules;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; findings: ScheduleFinding[] };

const NO_RULES: PlaybookRules = { buffer: DEFAULT_BUFFER_RULE, checklistsDone: [] };

/** Applies the scheduling rules 1–11, as of the plan's status date T1–T5, and against its baseline B1–B5. */
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
  const amounts = prepared.tasks.map((task) => (task.state === 'active' ? (task.remaining ?? 0) : task.estimate.likely));
  const outcome = runSchedule(prepared, amounts, { recordBookings: true });
  if (!outcome.ok) {
    const { task, reason } = outcome.error;
    return { ok: false, findings: [finding('error', 'never-finishes', `tasks[${task}]`, { task: titleOf(task), reason })] };
  }
  let run = outcome.result;
  const { calendar } = prepared;
  // Indices below 0 are working days before the kick-off (actual dates recorded there).
  const dayOf = (index: number) => formatIsoDay(calendar.dayAt(index) as number);

  // The finish is the latest task's: a done task's actual finish (which may lie before the first
  // working day, or on a day off), else the scheduled one. The buffer's milestone stays out (rule 9).
  const finishDateOf = (index: number) =>
    prepared.tasks[index].state === 'done' ? (plan.tasks[index].actualFinish as string) : dayOf(run.timing.finish[index]);
  const float = totalFloat(prepared, run.timing);
  const critical = Array.from(float, (value) => value === 0);

  const baseline = selectBaseline(options.snapshots ?? [], plan.baseline);
  const beforeIndex = plan.buffer?.before ? plan.tasks.findIndex((task) => task.id === plan.buffer?.before) : -1;
  const open = beforeIndex >= 0 && prepared.tasks[beforeIndex].state !== 'done';
  // Rule 9a: work that waits for the buffer's milestone (hypercare after a go-live) follows the
  // buffer and lies outside what the buffer protects: finish, buffer and forecasts leave it out.
  const behind = open ? waitingFor(prepared, beforeIndex) : new Set<number>();
  const counted = plan.tasks.map((_, index) => !behind.has(index));
  let lastFinish = Number.NEGATIVE_INFINITY;
  for (const [index, value] of run.timing.finish.entries()) if (counted[index]) lastFinish = Math.max(lastFinish, value);
  // The plan's finish without the buffer.
  const finish = plan.tasks
    .map((_, index) => finishDateOf(index))
    .filter((_, index) => counted[index])
    .reduce((latest, date) => (date > latest ? date : latest));

  let buffer: ScheduledBuffer;
  let committedEnd: number;
  let consumption: number | null = null;
  if (baseline) {
    // Rule B1: the committed finish is the baseline's and does not move.
    committedEnd = calendar.indexOnOrBefore(toDay(baseline.committedFinish));
    const use = bufferUse(baseline.buffer.days, lastFinish, committedEnd);
    consumption = use.consumption;
    buffer = { method: baseline.buffer.method, days: baseline.buffer.days, remaining: use.remaining, consumed: use.consumed };
    if (use.remaining > 0) Object.assign(buffer, { start: dayOf(lastFinish + 1), finish: baseline.committedFinish });
  } else {
    const days = bufferDays(plan.buffer, prepared, run.timing, lastFinish, critical);
    committedEnd = lastFinish + days;
    if (committedEnd >= calendar.days.length) {
      return { ok: false, findings: [finding('error', 'never-finishes', 'buffer', { task: 'buffer', reason: 'no-working-days' })] };
    }
    buffer = { method: plan.buffer?.method ?? 'none', days, remaining: null, consumed: null };
    if (days > 0) Object.assign(buffer, { start: dayOf(lastFinish + 1), finish: dayOf(committedEnd) });
  }
  if (open) {
    buffer.before = plan.buffer?.before;
    const day = Math.max(committedEnd, lastFinish);
    if (behind.size === 0) {
      run.timing.start[beforeIndex] = day;
      run.timing.finish[beforeIndex] = day;
    } else {
      // Rule 9a: the milestone is pinned to the buffer's last day and the work behind it is
      // scheduled again from there.
      const milestone = prepared.tasks[beforeIndex];
      const own = milestone.startIndex;
      milestone.startIndex = day;
      const again = runSchedule(prepared, amounts, { recordBookings: true });
      milestone.startIndex = own;
      if (!again.ok) {
        const { task, reason } = again.error;
        return { ok: false, findings: [finding('error', 'never-finishes', `tasks[${task}]`, { task: titleOf(task), reason })] };
      }
      run = again.result;
    }
  }

  const deadlines = plan.tasks.map((task) => (task.deadline ? calendar.indexOnOrBefore(toDay(task.deadline)) : Number.POSITIVE_INFINITY));
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const monteCarlo =
    prepared.hasThreePointEstimates && iterations > 0 ? runMonteCarlo(prepared, planId, deadlines, iterations, lastFinish, counted) : undefined;

  const slip = (current: string, before: string) => slipBetween(calendar, current, before);
  const tasks = scheduledTasks(plan, prepared, run, { critical, float, dayOf, titleOf, monteCarlo, baseline, slip });
  const committedFinish = baseline ? baseline.committedFinish : buffer.days > 0 ? dayOf(committedEnd) : finish;
  const completionById = new Map(tasks.map((task) => [task.id, task.completion]));
  const completion = baseline ? chainCompletion(baseline, (id) => completionById.get(id)) : null;
  const schedule: Schedule = {
    plan: planId,
    kickoff: plan.kickoff,
    ...(plan.statusDate ? { statusDate: plan.statusDate } : {}),
    finish,
    committedFinish,
    buffer,
    baseline: baseline ? { date: baseline.date, finish: baseline.finish, committedFinish: baseline.committedFinish } : null,
    slip: baseline ? slip(finish, baseline.finish) : null,
    completion: oneDecimal(completion),
    consumption: oneDecimal(consumption),
    zone: zoneOf(consumption, completion),
    tasks,
    findings: [],
    calendar,
    booked: run.booked,
    bookings: run.bookings ?? [],
  };
  // A run that ends before the first working day has everything done: it ends with the plan.
  if (monteCarlo)
    Object.assign(
      schedule,
      monteCarloDates(monteCarlo, (index) => (index < 0 ? finish : dayOf(index)), calendar.days.length),
    );
  schedule.findings = scheduleWarnings({
    plan,
    prepared,
    schedule,
    run,
    lastFinish,
    beforeIndex,
    roles: options.roles ?? [],
    rules: options.rules ?? NO_RULES,
    finding,
  });
  return { ok: true, schedule };
}

/** The tasks that wait, directly or through others, for the given one. */
function waitingFor(prepared: PreparedPlan, index: number): Set<number> {
  const found = new Set<number>();
  const queue = [...prepared.tasks[index].successors];
  while (queue.length > 0) {
    const next = queue.pop() as number;
    if (found.has(next)) continue;
    found.add(next);
    queue.push(...prepared.tasks[next].successors);
  }
  return found;
}

/** Rule B5: working days from one finish to another; a non-working date counts as the next working day. */
function slipBetween(calendar: WorkingCalendar, finish: string, baselineFinish: string): number {
  return calendar.indexOnOrAfter(toDay(finish)) - calendar.indexOnOrAfter(toDay(baselineFinish));
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
  baseline: Snapshot | undefined;
  slip: (finish: string, baselineFinish: string) => number;
}

/** Each task's dates, float, deadline status and, with Monte Carlo, its chances. */
function scheduledTasks(plan: Plan, prepared: PreparedPlan, run: RunResult, context: TaskContext): ScheduledTask[] {
  const { critical, float, dayOf, titleOf, monteCarlo, baseline } = context;
  const inBaseline = new Map(baseline?.tasks.map((task) => [task.id, task]));
  return plan.tasks.map((task, index): ScheduledTask => {
    const { kind, state, actual, remaining, estimate } = prepared.tasks[index];
    // Rules T1 and T2: a done task keeps its actual days, an active one its actual start.
    const start = actual?.start ?? run.timing.start[index];
    const finish = state === 'done' && actual ? actual.finish : run.timing.finish[index];
    const startDate = state === 'planned' ? dayOf(start) : kind === 'milestone' ? (task.actualFinish as string) : (task.actualStart as string);
    const finishDate = state === 'done' ? (task.actualFinish as string) : dayOf(finish);
    const before = inBaseline.get(task.id);
    const scheduled: ScheduledTask = {
      id: task.id,
      title: titleOf(index),
      phase: task.phase,
      kind,
      state,
      start: startDate,
      finish: finishDate,
      milestone: kind === 'milestone',
      critical: critical[index],
      float: Number.isNaN(float[index]) ? null : float[index],
      workingDays: kind === 'milestone' ? 0 : Math.max(0, finish - start + 1),
      assignees: task.assignees ?? [],
      dependsOn: (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? dependency : dependency.task)),
      // R as the plan gives it (2.5 days); a duration task is scheduled on whole working days.
      remaining: state === 'active' && remaining !== undefined ? round(task.remaining ?? remaining) : null,
      completion: taskCompletion(task, state, estimate.likely),
      baselineStart: before?.start ?? null,
      baselineFinish: before?.finish ?? null,
      slip: before ? context.slip(finishDate, before.finish) : null,
    };
    if (task.actualStart !== undefined) scheduled.actualStart = task.actualStart;
    if (task.actualFinish !== undefined) scheduled.actualFinish = task.actualFinish;
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
