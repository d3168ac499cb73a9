import { toDay } from '../dates.ts';
import type { Plan } from '../schema/plan.ts';
import type { Snapshot } from '../schema/snapshot.ts';
import { isLate, type Zone } from '../schedule/baseline.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';

/** How far ahead the report lists work about to start, in working days. */
const LOOKAHEAD_WORKING_DAYS = 10;

interface ReportTask {
  id: string;
  title: string;
  /** Names of the assigned people. */
  people: string[];
}

/**
 * What a project lead reports as of the status date: the forecast against the baseline and the
 * promise, the buffer, and the work done, under way, about to start and late. The terminal
 * report and the report page both show this.
 */
export interface StatusReport {
  plan: string;
  title: string;
  statusDate?: string;
  finish: string;
  committedFinish: string;
  baseline: Schedule['baseline'];
  slip: number | null;
  buffer: { days: number; remaining: number | null; consumed: number | null };
  completion: number | null;
  consumption: number | null;
  zone: Zone | null;
  /** Done after the latest earlier snapshot (all done work when there is none). */
  doneSince: { since?: string; tasks: (ReportTask & { finish: string })[] };
  active: (ReportTask & { finish: string; remaining: number | null; unit: 'days' | 'person-days'; progress?: number })[];
  upcoming: (ReportTask & { start: string })[];
  late: (ReportTask & { baselineFinish: string; finish: string; slip: number | null })[];
  deadlines: (ReportTask & { deadline: string; finish: string; met: boolean; chance?: number })[];
}

export function statusReport(schedule: Schedule, plan: Plan, snapshots: readonly Snapshot[]): StatusReport {
  const names = new Map(plan.team.map((person) => [person.id, person.name]));
  const reportTask = (task: ScheduledTask): ReportTask => ({ id: task.id, title: task.title, people: task.assignees.map((id) => names.get(id) ?? id) });
  const statusDate = schedule.statusDate;
  const since = statusDate === undefined ? undefined : latestBefore(snapshots, statusDate);
  const open = statusDate === undefined ? undefined : schedule.calendar.indexOnOrAfter(toDay(statusDate) + 1);
  const horizon = open === undefined ? undefined : schedule.calendar.days[Math.min(open + LOOKAHEAD_WORKING_DAYS - 1, schedule.calendar.days.length - 1)];
  return {
    plan: schedule.plan,
    title: plan.title,
    ...(statusDate ? { statusDate } : {}),
    finish: schedule.finish,
    committedFinish: schedule.committedFinish,
    baseline: schedule.baseline,
    slip: schedule.slip,
    buffer: { days: schedule.buffer.days, remaining: schedule.buffer.remaining, consumed: schedule.buffer.consumed },
    completion: schedule.completion,
    consumption: schedule.consumption,
    zone: schedule.zone,
    doneSince: {
      ...(since ? { since } : {}),
      tasks: schedule.tasks
        .filter((task) => task.state === 'done' && (since === undefined || (task.actualFinish ?? task.finish) > since))
        .map((task) => ({ ...reportTask(task), finish: task.finish })),
    },
    active: schedule.tasks
      .filter((task) => task.state === 'active')
      .map((task) => ({
        ...reportTask(task),
        finish: task.finish,
        remaining: task.remaining,
        unit: task.kind === 'effort' ? ('person-days' as const) : ('days' as const),
        ...(task.progress !== undefined ? { progress: task.progress } : {}),
      })),
    upcoming:
      horizon === undefined
        ? []
        : schedule.tasks
            .filter((task) => task.state === 'planned' && !task.milestone && toDay(task.start) <= horizon)
            .sort((a, b) => a.start.localeCompare(b.start))
            .map((task) => ({ ...reportTask(task), start: task.start })),
    late: schedule.tasks
      .filter((task) => statusDate !== undefined && isLate(task, statusDate))
      .map((task) => ({ ...reportTask(task), baselineFinish: task.baselineFinish as string, finish: task.finish, slip: task.slip })),
    deadlines: schedule.tasks
      .filter((task) => task.deadline !== undefined)
      .map((task) => ({
        ...reportTask(task),
        deadline: task.deadline as string,
        finish: task.finish,
        met: task.deadlineMet === true,
        ...(task.deadlineChance !== undefined ? { chance: task.deadlineChance } : {}),
      })),
  };
}

/** The date of the latest snapshot before the status date. */
function latestBefore(snapshots: readonly Snapshot[], statusDate: string): string | undefined {
  return snapshots
    .map((snapshot) => snapshot.date)
    .filter((date) => date < statusDate)
    .sort()
    .at(-1);
}
