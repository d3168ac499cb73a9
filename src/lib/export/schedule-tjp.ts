import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { formatIsoDay, isoWeekday, toDay, WEEKDAY_NAMES, type Day } from '../dates.ts';
import type { Plan } from '../schema/plan.ts';
import { scheduleAsPlanned } from '../schedule/as-planned.ts';

type Task = Plan['tasks'][number];

/**
 * A plan as a TaskJuggler 3 project (`kickoff schedule ID --format tjp`), to continue it there or
 * to check our dates against an independent scheduler. The project's working day is one time
 * slot (one hour, `dailyworkinghours 1`), so that TaskJuggler, like our rules, plans in whole
 * days: a task that ends on a day lets its successor start the next working day (rule 3), not
 * that afternoon. What both tools then mean the same way: tasks with their titles, duration
 * (`length`), effort (`effort` with the people's capacity as their `efficiency`, rule 5),
 * milestones, finish-to-start dependencies with a lag in working days (`gaplength`), a task's
 * `start`, the assignees of duration tasks (booked, not waited for: rule 4), priorities (the same
 * 1–1000 scale), absences as annual leave, and every day off on a working weekday (public and
 * company holidays, closures) as a global holiday. Where the tools differ by design, the docs
 * ("`--format tjp`") say so.
 */
export function toTaskJuggler(plan: Plan): string {
  const calendar = createWorkingCalendar(plan.calendar, plan.kickoff);
  const kickoff = toDay(plan.kickoff);
  const planned = scheduleAsPlanned(plan);
  // Three years, or a year beyond the last finish: room to continue the plan there.
  const horizonYears = Math.max(3, Math.floor(((planned?.finish ?? kickoff) - kickoff) / 365) + 2);
  const workdays = WEEKDAY_NAMES.filter((name) => plan.calendar.workdays.includes(name));
  const daysOff = WEEKDAY_NAMES.filter((name) => !plan.calendar.workdays.includes(name));
  const lines = [
    `project p "${tjText(plan.title)}" ${plan.kickoff} +${horizonYears}y {`,
    '  timezone "UTC"',
    '  timeformat "%Y-%m-%d"',
    '  dailyworkinghours 1',
    `  workinghours ${workdays.join(', ')} 9:00 - 10:00`,
    ...(daysOff.length > 0 ? [`  workinghours ${daysOff.join(', ')} off`] : []),
    '}',
  ];
  const end = new Date(kickoff * 86_400_000);
  end.setUTCFullYear(end.getUTCFullYear() + horizonYears);
  for (let day = kickoff; day < end.getTime() / 86_400_000; day++) {
    if (plan.calendar.workdays.includes(WEEKDAY_NAMES[isoWeekday(day)]) && !calendar.isWorkingDay(day)) lines.push(`leaves holiday "h" ${formatIsoDay(day)}`);
  }
  for (const person of plan.team) {
    // TaskJuggler intervals end before their last date, ours include it.
    const leaves = (person.absences ?? []).map((absence) => `leaves annual ${absence.from} - ${formatIsoDay(toDay(absence.to) + 1)}`);
    lines.push(`resource ${tjId(person.id)} "${tjText(person.name)}" { ${[`efficiency ${tjEfficiency(person.capacity)}`, ...leaves].join(' ')} }`);
  }
  const rank = new Map((planned?.order ?? []).map((id, index) => [id, index]));
  for (const task of plan.tasks) lines.push(...taskLines(task, calendar, kickoff, rank.get(task.id)));
  // `tj3 plan.tjp` writes the computed dates to out.csv.
  lines.push('taskreport "out" { formats csv columns id, start, end hideresource 1 }');
  return `${lines.join('\n')}\n`;
}

/** One task, preceded by the milestone that holds its `start` when it also has dependencies. */
function taskLines(task: Task, calendar: WorkingCalendar, kickoff: Day, rank: number | undefined): string[] {
  const lines: string[] = [];
  const parts: string[] = [];
  const title = tjText(task.title ?? task.id);
  const dependencies = (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? { task: dependency, lag: 0 } : dependency));
  const links = dependencies.map((dependency) => `!${tjId(dependency.task)}${dependency.lag > 0 ? ` { gaplength ${dependency.lag}d }` : ''}`);
  const notBefore = notBeforeDate(task, calendar, kickoff);
  if (links.length === 0) parts.push(`start ${notBefore}`);
  else {
    // TaskJuggler takes a fixed start as the day the task starts (an error when a dependency
    // ends later); a milestone at the `start` that the task depends on keeps both parts of rule 3.
    if (task.start !== undefined) {
      lines.push(`task ${notBeforeId(task.id)} "${title} (start)" { start ${notBefore} milestone }`);
      links.push(`!${notBeforeId(task.id)}`);
    }
    parts.push(`depends ${links.join(', ')}`);
  }
  if (task.milestone) parts.push('milestone');
  else if (task.duration !== undefined) parts.push(`length ${likely(task.duration)}d`);
  else if (task.effort !== undefined) parts.push(`effort ${wholeDays(likely(task.effort))}d`);
  // A duration task books its assignees where they are free and does not wait for them (rule 4),
  // as `allocate` does with `length`; an effort task waits for them (rule 5).
  if (!task.milestone && (task.assignees ?? []).length > 0) parts.push(`allocate ${(task.assignees ?? []).map(tjId).join(', ')}`);
  // TaskJuggler gives a person to the first ready task by priority, then by its own path
  // criticalness; rule 7 takes the higher priority, then the task that could start earlier, and
  // waits with a milestone's successors until the milestone's turn. Priorities falling in the
  // order rule 7 placed the tasks make TaskJuggler place them in that order.
  const priority = rank === undefined ? task.priority : Math.max(1, 1000 - rank);
  if (priority !== 500) parts.push(`priority ${priority}`);
  const notes = [
    ...(task.effort !== undefined && likely(task.effort) !== wholeDays(likely(task.effort)) ? [`effort ${likely(task.effort)} person-days`] : []),
    ...(task.priority !== 500 ? [`priority ${task.priority}`] : []),
  ];
  lines.push(`task ${tjId(task.id)} "${title}" { ${parts.join(' ')} }${notes.length > 0 ? ` # in the plan: ${notes.join(', ')}` : ''}`);
  return lines;
}

/**
 * The earliest start of rule 3 without dependencies: the kick-off or the task's `start`.
 * TaskJuggler moves a task to the next working slot itself, but a milestone keeps its date:
 * ours is a whole working day (rule 6), so it sits at the end of the first working day on or
 * after that date, and its successors start the next working day.
 */
function notBeforeDate(task: Task, calendar: WorkingCalendar, kickoff: Day): string {
  const earliest = Math.max(kickoff, task.start === undefined ? kickoff : toDay(task.start));
  if (!task.milestone) return formatIsoDay(earliest);
  const day = calendar.days[calendar.indexOnOrAfter(earliest)] ?? earliest;
  return `${formatIsoDay(day)}-10:00`;
}

/**
 * An effort in whole person-days, at least one: TaskJuggler counts effort in time slots, and the
 * project's day is one slot.
 */
const wholeDays = (effort: number) => Math.max(1, Math.round(effort));

const likely = (value: number | { likely: number }) => (typeof value === 'number' ? value : value.likely);

/**
 * The capacity as efficiency. TaskJuggler adds efficiencies in floating point and stops only once
 * the sum reaches the effort, so ten days at 0.1 fall short of one person-day by a rounding error
 * and take an eleventh; our rule 5 counts a total within a billionth of the effort as reached. A
 * capacity that binary fractions cannot hold exactly is therefore written a billionth higher.
 */
const tjEfficiency = (capacity: number) => (Number.isInteger(capacity * 1024) ? capacity : Number((capacity + 1e-9).toPrecision(12)));

/** A TaskJuggler id: letters, digits and underscores, not starting with a digit (`1-kickoff` → `_1_kickoff`). */
export const tjId = (id: string) => id.replace(/-/g, '_').replace(/^(?=[0-9])/, '_');

/** The id of the milestone that holds a dependent task's `start` (capitals: no kebab id has them). */
const notBeforeId = (id: string) => `NotBefore_${tjId(id)}`;

/**
 * A TaskJuggler string: double quotes and backslashes escaped, on one line. TaskJuggler expands
 * `${name}` (a macro) and `$(NAME)` (an environment variable) inside strings too and has no
 * escape for them: a zero-width space after such a `$` keeps the text as it reads.
 */
const tjText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\s+/g, ' ')
    .replace(/\$(?=[{(])/g, '$\u200B');
