import { formatIsoDay, toDay } from '../dates.ts';
import { isLate } from './baseline.ts';
import { scheduledLength } from './buffer.ts';
import { phaseStart } from '../plan-checklists.ts';
import type { PlaybookRules } from '../playbook-rules.ts';
import type { Plan } from '../schema/plan.ts';
import type { FindingCode, FindingParams } from './finding-messages.ts';
import type { PreparedPlan } from './prepare.ts';
import type { RunResult } from './run-schedule.ts';
import type { RoleInfo, Schedule, ScheduleFinding } from './schedule-plan.ts';

/** Makes a finding with its message in the plan's language. */
export type MakeFinding = <Code extends FindingCode>(
  severity: ScheduleFinding['severity'],
  code: Code,
  path: string,
  params: FindingParams[Code],
) => ScheduleFinding;

/** What every check may look at: the plan, its prepared form, the schedule and the run behind it. */
export interface WarningContext {
  plan: Plan;
  prepared: PreparedPlan;
  schedule: Schedule;
  run: RunResult;
  /** Working-day index of the last task's finish, before the buffer. */
  lastFinish: number;
  /** Index of the milestone the buffer sits before, or -1. */
  beforeIndex: number;
  roles: readonly RoleInfo[];
  /** The playbook's rules for this plan (thresholds and order), or the defaults. */
  rules: PlaybookRules;
  finding: MakeFinding;
}

type Check = (context: WarningContext) => ScheduleFinding[];

/** The kick-off is a working day (else the plan starts on the next one). */
const kickoffCheck: Check = ({ plan, prepared, finding }) => {
  const { calendar } = prepared;
  if (calendar.isWorkingDay(toDay(plan.kickoff)) || calendar.days.length === 0) return [];
  return [finding('warning', 'kickoff-not-working-day', 'kickoff', { kickoff: plan.kickoff, first: formatIsoDay(calendar.days[0]) })];
};

/** Every role required at the kick-off is held by someone in the team. */
const requiredRolesCheck: Check = ({ plan, roles, finding }) => {
  const staffed = new Set(plan.team.map((person) => person.role));
  return roles
    .filter((role) => role.kickoff === 'required' && !staffed.has(role.id))
    .map((role) => finding('warning', 'required-role-missing', 'team', { role: role.id, roleTitle: role.title }));
};

/** There is a buffer, as large as the playbook asks (10 % without a rule). */
const bufferCheck: Check = ({ schedule, lastFinish, rules, finding }) => {
  const warnings: ScheduleFinding[] = [];
  const length = scheduledLength(lastFinish);
  const { minPercent, source } = rules.buffer;
  const percent = (schedule.buffer.days / length) * 100;
  if (schedule.buffer.days === 0) warnings.push(finding('warning', 'no-buffer', 'buffer', {}));
  else if (percent < minPercent) {
    warnings.push(finding('warning', 'small-buffer', 'buffer', { days: schedule.buffer.days, percent, min: minPercent, source: source ?? null }));
  }
  return warnings;
};

/**
 * The buffer sits where the playbook asks: before the milestone of the named phase, that is a
 * milestone of that phase or one that follows only tasks of it. A plan without that phase is
 * not held to the rule.
 */
const bufferPlaceCheck: Check = ({ plan, schedule, beforeIndex, rules, finding }) => {
  const { before, source } = rules.buffer;
  if (!before || !source || schedule.buffer.days === 0 || !plan.tasks.some((task) => task.phase === before.phase)) return [];
  if (beforeIndex >= 0 && isMilestoneOf(plan, beforeIndex, before.phase)) return [];
  const milestone = beforeIndex >= 0 ? schedule.tasks[beforeIndex].title : null;
  return [finding('warning', 'buffer-misplaced', plan.buffer?.before ? 'buffer.before' : 'buffer', { phase: before.title, milestone, source })];
};

function isMilestoneOf(plan: Plan, index: number, phase: string): boolean {
  const task = plan.tasks[index];
  if (task.phase !== undefined) return task.phase === phase;
  const predecessors = (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? dependency : dependency.task));
  return predecessors.length > 0 && predecessors.every((id) => plan.tasks.find((other) => other.id === id)?.phase === phase);
}

/** Checklists the playbook wants done before a phase have their last item due before the plan starts it. */
const checklistOrderCheck: Check = ({ schedule, rules, finding }) =>
  rules.checklistsDone.flatMap((rule) => {
    const start = phaseStart(schedule, rule.phase);
    const from = rule.checklistPhase ? phaseStart(schedule, rule.checklistPhase) : undefined;
    if (start === undefined || from === undefined || rule.lastDue === undefined) return [];
    const due = formatIsoDay(schedule.calendar.shiftWorkingDays(toDay(from), rule.lastDue));
    if (due < start) return [];
    const params = { checklist: rule.checklistTitle, phase: rule.phaseTitle, due, start, source: rule.source };
    return [finding('warning', 'checklist-late', 'checklists', params)];
  });

/** Nobody is absent during a fixed-duration task they work on (such a task does not move). */
const absenceCheck: Check = ({ plan, prepared, schedule, run, finding }) => {
  const warnings: ScheduleFinding[] = [];
  for (const task of prepared.tasks) {
    // A done task is history; an active one is checked on the days of its remaining part.
    if (task.kind !== 'duration' || task.state === 'done') continue;
    for (const person of task.assignees) {
      let days = 0;
      let first = -1;
      for (let day = run.timing.start[task.index]; day <= run.timing.finish[task.index]; day++) {
        if (!prepared.people[person].absent[day]) continue;
        days++;
        if (first < 0) first = day;
      }
      if (days > 0) {
        const params = { person: plan.team[person].name, task: schedule.tasks[task.index].title, days, first: formatIsoDay(prepared.calendar.days[first]) };
        warnings.push(finding('warning', 'absent-during-task', `tasks[${task.index}]`, params));
      }
    }
  }
  return warnings;
};

/** Nobody is booked beyond the capacity they committed, on any working day. */
const capacityCheck: Check = ({ plan, prepared, run, finding }) => {
  const warnings: ScheduleFinding[] = [];
  for (const person of prepared.people) {
    let days = 0;
    let first = -1;
    let peak = 0;
    const row = run.booked[person.index];
    for (let day = 0; day < row.length; day++) {
      if (row[day] <= person.capacity + 1e-9) continue;
      days++;
      if (first < 0) first = day;
      peak = Math.max(peak, row[day]);
    }
    if (days > 0) {
      const params = { person: plan.team[person.index].name, days, first: formatIsoDay(prepared.calendar.days[first]), peak };
      warnings.push(finding('warning', 'overbooked', `team[${person.index}]`, params));
    }
  }
  return warnings;
};

/** Every task with a deadline finishes by it. */
const deadlineCheck: Check = ({ schedule, finding }) =>
  schedule.tasks.flatMap((task, index) =>
    task.deadline && task.deadlineMet === false
      ? [finding('warning', 'deadline-missed', `tasks[${index}].deadline`, { task: task.title, deadline: task.deadline, finish: task.finish })]
      : [],
  );

/** With Monte Carlo: the P85 finish is no later than the committed finish (also when it lies beyond the horizon). */
const confidenceCheck: Check = ({ schedule, finding }) => {
  const late = schedule.p85 !== undefined ? schedule.p85 > schedule.committedFinish : schedule.iterations !== undefined;
  return late ? [finding('warning', 'p85-after-committed', 'buffer', { p85: schedule.p85 ?? '—', committed: schedule.committedFinish })] : [];
};

/** As of the status date: planned or active work that the baseline had finished by then. */
const lateCheck: Check = ({ plan, schedule, finding }) => {
  const statusDate = plan.statusDate;
  if (statusDate === undefined) return [];
  return schedule.tasks.flatMap((task, index) =>
    isLate(task, statusDate) ? [finding('warning', 'task-late', `tasks[${index}]`, { task: task.title, baselineFinish: task.baselineFinish, statusDate })] : [],
  );
};

/** Work that started while one of its predecessors was not done. */
const startedEarlyCheck: Check = ({ prepared, schedule, finding }) =>
  prepared.tasks.flatMap((task) => {
    if (task.state === 'planned') return [];
    const open = task.dependencies.find(({ predecessor }) => prepared.tasks[predecessor].state !== 'done');
    if (!open) return [];
    return [
      finding('warning', 'started-early', `tasks[${task.index}]`, {
        task: schedule.tasks[task.index].title,
        predecessor: schedule.tasks[open.predecessor].title,
      }),
    ];
  });

/** Rule B4: the buffer fever chart's red zone. */
const zoneCheck: Check = ({ schedule, finding }) =>
  schedule.zone === 'red' && schedule.consumption !== null && schedule.completion !== null
    ? [finding('warning', 'red-zone', 'statusDate', { consumption: schedule.consumption, completion: schedule.completion })]
    : [];

/** Rule B1: the finish has run past the committed finish. */
const overrunCheck: Check = ({ schedule, finding }) =>
  schedule.buffer.remaining !== null && schedule.buffer.remaining < 0
    ? [finding('warning', 'buffer-overrun', 'statusDate', { days: -schedule.buffer.remaining, committed: schedule.committedFinish })]
    : [];

const CHECKS: readonly Check[] = [
  kickoffCheck,
  requiredRolesCheck,
  bufferCheck,
  bufferPlaceCheck,
  checklistOrderCheck,
  absenceCheck,
  capacityCheck,
  deadlineCheck,
  confidenceCheck,
  lateCheck,
  startedEarlyCheck,
  zoneCheck,
  overrunCheck,
];

/** The schedule's warnings, in a fixed order: each check asks one lesson of past kick-offs. */
export function scheduleWarnings(context: WarningContext): ScheduleFinding[] {
  return CHECKS.flatMap((check) => check(context));
}
