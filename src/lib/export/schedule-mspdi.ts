import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { formatIsoDay, toDay, WEEKDAY_NAMES } from '../dates.ts';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Plan, Task } from '../schema/plan.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';
import {
  AS_SOON_AS_POSSIBLE,
  BUFFER_MARK,
  DAY_END,
  DAY_START,
  DURATION_FORMAT_DAYS,
  durationOfMinutes,
  durationOfSeconds,
  FINISH_TO_START,
  LAG_FORMAT_DAYS,
  LAG_UNITS_PER_DAY,
  MAX_LENGTH,
  MINUTES_PER_DAY,
  START_NO_EARLIER_THAN,
  TASK_TEXT1,
  TASK_TYPE,
  WORK_RESOURCE,
  splitWhole,
  WORKING_TIMES,
} from './mspdi-format.ts';
import { distinctShortened, shortened } from './shortened.ts';

export interface MspdiOptions {
  title: string;
  lang: Lang;
  phaseTitles?: ReadonlyMap<string, string>;
}

/** Days off written as calendar exceptions: the kick-off to a year after the committed finish. */
const EXCEPTION_YEARS_AFTER_FINISH = 1;

/** An element with its children, or nothing when it has no value. */
type Node = string | undefined;
/** A carriage return as a reference: written as it is, every XML reader turns CRLF into LF. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
const element = (name: string, value: string | number | undefined | null): Node =>
  value === undefined || value === null ? undefined : `<${name}>${typeof value === 'number' ? String(value) : escapeXml(value)}</${name}>`;
/** An element of text, shortened to the length the schema allows it. */
const text = (name: string, value: string | undefined, limit: number = MAX_LENGTH.text): Node =>
  value === undefined ? undefined : element(name, shortened(value, limit));
const group = (name: string, children: readonly Node[], attributes = ''): string =>
  `<${name}${attributes}>${children.filter((child) => child !== undefined).join('')}</${name}>`;
const startOf = (day: string) => `${day}T${DAY_START}`;
const finishOf = (day: string) => `${day}T${DAY_END}`;
const likely = (value: number | { likely: number }) => (typeof value === 'number' ? value : value.likely);

/**
 * A plan and its schedule as Microsoft Project XML (MSPDI), for MS Project, ProjectLibre and
 * every tool that reads that format: the project calendar (working weekdays, public and company
 * holidays and closures as exceptions), each person as a work resource with their capacity as
 * maximum units and their absences in a calendar of their own, each task with its computed start
 * and finish, duration or work, finish-to-start links with their lags, milestones, start
 * constraints, deadlines, priorities, assignments, per cent complete and the actual and baseline
 * dates of a tracked plan. Tasks of one phase that follow each other sit under a summary task
 * with the phase's title; the rest of the buffer is a task of its own before the milestone it
 * protects. Our ids travel in the task field Text1 and the resource code.
 */
export function formatScheduleMspdi(schedule: Schedule, plan: Plan, options: MspdiOptions): string {
  const words = translation(options.lang);
  const calendar = schedule.calendar;
  const uidOf = new Map<string, number>();
  let nextUid = 1;
  const rows: string[] = [];
  const taskAt = (index: number) => plan.tasks[index];

  // Summary tasks: each run of consecutive tasks of one phase.
  const runs: { phase?: string; indices: number[] }[] = [];
  schedule.tasks.forEach((task, index) => {
    const last = runs.at(-1);
    if (last && task.phase !== undefined && last.phase === task.phase) last.indices.push(index);
    else runs.push({ phase: task.phase, indices: [index] });
  });
  for (const task of schedule.tasks) uidOf.set(task.id, nextUid++);
  const bufferDays = schedule.buffer.start && schedule.buffer.finish ? workingDaysBetween(calendar, schedule.buffer.start, schedule.buffer.finish) : 0;
  const hasBufferTask = plan.buffer !== undefined && (bufferDays > 0 || plan.buffer.before !== undefined);
  const bufferUid = hasBufferTask ? nextUid++ : undefined;

  let row = 1;
  let outline = 0;
  for (const run of runs) {
    const grouped = run.phase !== undefined;
    if (grouped) {
      outline++;
      const members = run.indices.map((index) => schedule.tasks[index]);
      rows.push(
        group('Task', [
          element('UID', nextUid++),
          element('ID', row++),
          text('Name', options.phaseTitles?.get(run.phase as string) ?? run.phase),
          element('Type', TASK_TYPE.fixedDuration),
          element('IsNull', 0),
          element('OutlineNumber', String(outline)),
          element('OutlineLevel', 1),
          element('Start', startOf(members.map((task) => task.start).sort()[0])),
          element(
            'Finish',
            finishOf(
              members
                .map((task) => task.finish)
                .sort()
                .at(-1) as string,
            ),
          ),
          element('Milestone', 0),
          element('Summary', 1),
        ]),
      );
    }
    run.indices.forEach((index, position) => {
      if (!grouped) outline++;
      const number = grouped ? `${outline}.${position + 1}` : String(outline);
      rows.push(taskElement(schedule.tasks[index], taskAt(index), { row: row++, number, level: grouped ? 2 : 1 }));
    });
  }
  if (bufferUid !== undefined) {
    outline++;
    rows.push(bufferElement(bufferUid, row++, String(outline), bufferDays));
  }

  function links(task: Task, scheduled: ScheduledTask): Node[] {
    const dependencies = (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? { task: dependency, lag: 0 } : dependency));
    const own = dependencies.map((dependency) => link(uidOf.get(dependency.task) as number, dependency.lag));
    return bufferUid !== undefined && plan.buffer?.before === scheduled.id ? [...own, link(bufferUid, 0)] : own;
  }

  function taskElement(scheduled: ScheduledTask, task: Task, place: { row: number; number: string; level: number }): string {
    const people = scheduled.assignees.map((id) => plan.team.find((person) => person.id === id)).filter((person) => person !== undefined);
    const workMinutes = taskWorkMinutes(task, scheduled, people);
    const progress = msProgress(scheduled, task, calendar, schedule.statusDate, workMinutes);
    const active = scheduled.state === 'active';
    return group('Task', [
      element('UID', uidOf.get(scheduled.id) as number),
      element('ID', place.row),
      text('Name', scheduled.title),
      element('Type', task.effort !== undefined ? TASK_TYPE.fixedWork : TASK_TYPE.fixedDuration),
      element('IsNull', 0),
      element('OutlineNumber', place.number),
      element('OutlineLevel', place.level),
      element('Priority', task.priority),
      element('Start', scheduled.milestone ? finishOf(scheduled.start) : startOf(scheduled.start)),
      element('Finish', finishOf(scheduled.finish)),
      element('Duration', durationOfMinutes(scheduled.workingDays * MINUTES_PER_DAY)),
      element('DurationFormat', DURATION_FORMAT_DAYS),
      element('Work', durationOfMinutes(workMinutes)),
      element('EffortDriven', task.effort !== undefined ? 1 : 0),
      element('Estimated', 0),
      element('Milestone', scheduled.milestone ? 1 : 0),
      element('Summary', 0),
      element('Critical', scheduled.critical ? 1 : 0),
      element('TotalSlack', scheduled.float === null ? undefined : scheduled.float * LAG_UNITS_PER_DAY),
      element('PercentComplete', progress.complete),
      element('PercentWorkComplete', progress.workComplete),
      element(
        'ActualStart',
        scheduled.actualStart ? startOf(scheduled.actualStart) : scheduled.milestone && scheduled.actualFinish ? finishOf(scheduled.actualFinish) : undefined,
      ),
      element('ActualFinish', scheduled.actualFinish ? finishOf(scheduled.actualFinish) : undefined),
      element('ActualDuration', progress.actualDays === undefined ? undefined : durationOfMinutes(progress.actualDays * MINUTES_PER_DAY)),
      element(
        'RemainingDuration',
        active && task.duration !== undefined && progress.actualDays !== undefined
          ? durationOfMinutes((scheduled.workingDays - progress.actualDays) * MINUTES_PER_DAY)
          : undefined,
      ),
      element('RemainingWork', active && task.effort !== undefined ? durationOfMinutes((scheduled.remaining ?? 0) * MINUTES_PER_DAY) : undefined),
      element('ConstraintType', task.start ? START_NO_EARLIER_THAN : AS_SOON_AS_POSSIBLE),
      element('ConstraintDate', task.start ? startOf(task.start) : undefined),
      element('Deadline', task.deadline ? finishOf(task.deadline) : undefined),
      element('PhysicalPercentComplete', active ? scheduled.progress : undefined),
      ...links(task, scheduled),
      group('ExtendedAttribute', [element('FieldID', TASK_TEXT1), element('Value', scheduled.id)]),
      scheduled.baselineStart && scheduled.baselineFinish
        ? group('Baseline', [element('Number', 0), element('Start', startOf(scheduled.baselineStart)), element('Finish', finishOf(scheduled.baselineFinish))])
        : undefined,
    ]);
  }

  function bufferElement(uid: number, id: number, number: string, days: number): string {
    // The buffer follows the work ahead of it: every task that nothing else waits for, except
    // the milestone it protects and the work behind that milestone (rule 9a).
    const behind = behindMilestone(plan, plan.buffer?.before);
    const ahead = plan.tasks.filter((task) => !behind.has(task.id));
    const waitedFor = new Set(
      ahead.flatMap((task) => (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? dependency : dependency.task))),
    );
    const ends = ahead.filter((task) => !waitedFor.has(task.id));
    const start = schedule.buffer.start ?? schedule.finish;
    return group('Task', [
      element('UID', uid),
      element('ID', id),
      text('Name', words.ui.buffer),
      element('Type', TASK_TYPE.fixedDuration),
      element('IsNull', 0),
      element('OutlineNumber', number),
      element('OutlineLevel', 1),
      element('Start', days === 0 ? finishOf(start) : startOf(start)),
      element('Finish', finishOf(schedule.buffer.finish ?? schedule.finish)),
      element('Duration', durationOfMinutes(days * MINUTES_PER_DAY)),
      element('DurationFormat', DURATION_FORMAT_DAYS),
      element('Milestone', days === 0 ? 1 : 0),
      element('Summary', 0),
      ...ends.map((task) => link(uidOf.get(task.id) as number, 0)),
      group('ExtendedAttribute', [element('FieldID', TASK_TEXT1), element('Value', BUFFER_MARK)]),
    ]);
  }

  const last = [schedule.committedFinish, ...schedule.tasks.map((task) => task.finish)].sort().at(-1) as string;
  const horizon = toDay(last) + 366 * EXCEPTION_YEARS_AFTER_FINISH;
  // People may share a name, or names that are one once shortened; their calendars may not.
  const [baseName, ...personal] = distinctShortened([`Standard (${plan.calendar.region})`, ...plan.team.map((person) => person.name)], MAX_LENGTH.text);
  const calendars = [
    calendarElement(1, baseName, { base: true, workdays: plan.calendar.workdays }, daysOff(calendar, schedule.kickoff, horizon)),
    ...plan.team.map((person, index) =>
      calendarElement(
        index + 2,
        personal[index],
        { base: false },
        withoutOverlaps(
          (person.absences ?? []).map((absence) => ({ from: absence.from, to: absence.to, name: absence.label ?? words.ui.reasons[absence.reason] })),
        ),
      ),
    ),
  ];
  const resources = plan.team.map((person, index) =>
    group('Resource', [
      element('UID', index + 1),
      element('ID', index + 1),
      text('Name', person.name),
      element('Type', WORK_RESOURCE),
      element('IsNull', 0),
      text('Code', person.id),
      text('Group', person.role),
      element('MaxUnits', person.capacity),
      element('CalendarUID', index + 2),
    ]),
  );
  let assignmentUid = 1;
  const assignments = schedule.tasks.flatMap((scheduled, index) => {
    const task = taskAt(index);
    const people = scheduled.assignees.map((id) => plan.team.findIndex((person) => person.id === id)).filter((at) => at >= 0);
    const work = taskWorkMinutes(
      task,
      scheduled,
      people.map((at) => plan.team[at]),
    );
    // Whole seconds that add up to the task's work, so that MS Project finds no difference to spread.
    const shares = splitWhole(
      Math.round(work * 60),
      people.map((at) => plan.team[at].capacity),
    );
    return people.map((at, position) =>
      group('Assignment', [
        element('UID', assignmentUid++),
        element('TaskUID', uidOf.get(scheduled.id) as number),
        element('ResourceUID', at + 1),
        element('Finish', finishOf(scheduled.finish)),
        element('Start', scheduled.milestone ? finishOf(scheduled.start) : startOf(scheduled.start)),
        element('Units', plan.team[at].capacity),
        element('Work', durationOfSeconds(shares[position])),
      ]),
    );
  });

  const project = group(
    'Project',
    [
      element('SaveVersion', 14),
      // The file name keeps its extension.
      element('Name', `${shortened(schedule.plan, MAX_LENGTH.projectName - '.xml'.length)}.xml`),
      text('Title', options.title),
      text('Company', plan.customer),
      text('Author', plan.vendor),
      element('CreationDate', startOf(schedule.kickoff)),
      element('ScheduleFromStart', 1),
      element('StartDate', startOf(schedule.kickoff)),
      element('FinishDate', finishOf(last)),
      // MS Project's schema requires a currency; a plan has no costs, so ISO 4217's "no currency".
      element('CurrencyCode', 'XXX'),
      element('CalendarUID', 1),
      element('DefaultStartTime', DAY_START),
      element('DefaultFinishTime', DAY_END),
      element('MinutesPerDay', MINUTES_PER_DAY),
      element('MinutesPerWeek', MINUTES_PER_DAY * plan.calendar.workdays.length),
      element('DaysPerMonth', 20),
      element('DefaultTaskType', TASK_TYPE.fixedDuration),
      element('DurationFormat', DURATION_FORMAT_DAYS),
      element('WorkFormat', 3),
      element('HonorConstraints', 1),
      element('NewTasksEffortDriven', 0),
      element('StatusDate', schedule.statusDate ? finishOf(schedule.statusDate) : undefined),
      group('ExtendedAttributes', [
        group('ExtendedAttribute', [element('FieldID', TASK_TEXT1), element('FieldName', 'Text1'), element('Alias', 'kickoff id')]),
      ]),
      group('Calendars', calendars),
      group('Tasks', [summaryOfProject(schedule, options.title, last), ...rows]),
      group('Resources', resources),
      group('Assignments', assignments),
    ],
    ' xmlns="http://schemas.microsoft.com/project"',
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${project}\n`;
}

function link(predecessor: number, lag: number): string {
  return group('PredecessorLink', [
    element('PredecessorUID', predecessor),
    element('Type', FINISH_TO_START),
    element('CrossProject', 0),
    element('LinkLag', lag * LAG_UNITS_PER_DAY),
    element('LagFormat', LAG_FORMAT_DAYS),
  ]);
}

/** The project's own summary task (UID 0), as MS Project writes it. */
function summaryOfProject(schedule: Schedule, title: string, last: string): string {
  return group('Task', [
    element('UID', 0),
    element('ID', 0),
    text('Name', title),
    element('Type', TASK_TYPE.fixedDuration),
    element('IsNull', 0),
    element('OutlineNumber', '0'),
    element('OutlineLevel', 0),
    element('Start', startOf(schedule.kickoff)),
    element('Finish', finishOf(last)),
    element('Milestone', 0),
    element('Summary', 1),
  ]);
}

/**
 * A task's progress as MS Project reads it, consistent with the durations and work it is given:
 * % Complete is the actual duration (its working days up to the status date) over the duration,
 * % Work Complete the work done over the work. Given both ways MS Project would recompute one of
 * them; the `progress` of a task in progress travels as Physical % Complete, which it keeps apart.
 */
function msProgress(
  scheduled: ScheduledTask,
  task: Task,
  calendar: WorkingCalendar,
  statusDate: string | undefined,
  workMinutes: number,
): { complete: number; workComplete: number; actualDays?: number } {
  if (scheduled.state === 'done') return { complete: 100, workComplete: 100 };
  if (scheduled.state !== 'active' || scheduled.actualStart === undefined || statusDate === undefined) {
    return { complete: scheduled.progress ?? 0, workComplete: scheduled.progress ?? 0 };
  }
  const actualDays = Math.max(0, calendar.indexOnOrBefore(toDay(statusDate)) - calendar.indexOnOrAfter(toDay(scheduled.actualStart)) + 1);
  const complete = Math.round((100 * actualDays) / Math.max(1, scheduled.workingDays));
  const doneMinutes = workMinutes - (scheduled.remaining ?? 0) * MINUTES_PER_DAY;
  const workComplete = task.effort !== undefined && workMinutes > 0 ? Math.round((100 * Math.max(0, doneMinutes)) / workMinutes) : complete;
  return { complete, workComplete, actualDays };
}

/** Work in minutes: an effort task's person-days, a duration task's days at each assignee's capacity. */
function taskWorkMinutes(task: Task, scheduled: ScheduledTask, people: readonly { capacity: number }[]): number {
  if (task.effort !== undefined) return likely(task.effort) * MINUTES_PER_DAY;
  return scheduled.workingDays * MINUTES_PER_DAY * people.reduce((sum, person) => sum + person.capacity, 0);
}

/** The tasks that wait, directly or through others, for the milestone the buffer protects. */
function behindMilestone(plan: Plan, milestone: string | undefined): Set<string> {
  const behind = new Set<string>(milestone ? [milestone] : []);
  for (let grown = true; grown;) {
    grown = false;
    for (const task of plan.tasks) {
      if (behind.has(task.id)) continue;
      if ((task.dependsOn ?? []).some((dependency) => behind.has(typeof dependency === 'string' ? dependency : dependency.task))) {
        behind.add(task.id);
        grown = true;
      }
    }
  }
  return behind;
}

function workingDaysBetween(calendar: WorkingCalendar, first: string, last: string): number {
  return calendar.indexOnOrBefore(toDay(last)) - calendar.indexOnOrAfter(toDay(first)) + 1;
}

export interface DayOff {
  from: string;
  to: string;
  name: string;
}

/** Non-working days on working weekdays (public and company holidays, closures), runs of one label joined. */
function daysOff(calendar: WorkingCalendar, kickoff: string, horizon: number): DayOff[] {
  const ranges: DayOff[] = [];
  let previous: { day: number; name: string } | undefined;
  for (let day = toDay(kickoff); day <= horizon; day++) {
    const why = calendar.nonWorkingReason(day);
    if (why === undefined || why.reason === 'weekend') continue;
    const name = why.label ?? why.reason;
    const current = ranges.at(-1);
    if (current && previous && previous.name === name && onlyWeekendsBetween(calendar, previous.day, day)) current.to = formatIsoDay(day);
    else ranges.push({ from: formatIsoDay(day), to: formatIsoDay(day), name });
    previous = { day, name };
  }
  return ranges;
}

/**
 * The ranges in order of their first day, each starting after the ones before it end: MS Project
 * refuses exceptions that overlap in one calendar, while a person's absences may (a training
 * within a vacation). Each range keeps its name; one wholly inside an earlier one is left out.
 */
export function withoutOverlaps(ranges: readonly DayOff[]): DayOff[] {
  const separate: DayOff[] = [];
  for (const range of [...ranges].sort((a, b) => a.from.localeCompare(b.from) || b.to.localeCompare(a.to))) {
    const previousEnd = separate.at(-1)?.to;
    if (previousEnd === undefined || range.from > previousEnd) separate.push({ ...range });
    else if (range.to > previousEnd) separate.push({ ...range, from: formatIsoDay(toDay(previousEnd) + 1) });
  }
  return separate;
}

function onlyWeekendsBetween(calendar: WorkingCalendar, from: number, to: number): boolean {
  for (let day = from + 1; day < to; day++) if (calendar.nonWorkingReason(day)?.reason !== 'weekend') return false;
  return true;
}

function calendarElement(
  uid: number,
  name: string,
  kind: { base: true; workdays: readonly string[] } | { base: false },
  exceptions: readonly DayOff[],
): string {
  // MSPDI numbers weekdays from Sunday (1) to Saturday (7).
  const weekDays = kind.base
    ? group(
        'WeekDays',
        [6, 0, 1, 2, 3, 4, 5].map((weekday, index) => {
          const working = kind.workdays.includes(WEEKDAY_NAMES[weekday]);
          return group('WeekDay', [
            element('DayType', index + 1),
            element('DayWorking', working ? 1 : 0),
            working
              ? group(
                  'WorkingTimes',
                  WORKING_TIMES.map(([from, to]) => group('WorkingTime', [element('FromTime', from), element('ToTime', to)])),
                )
              : undefined,
          ]);
        }),
      )
    : undefined;
  return group('Calendar', [
    element('UID', uid),
    text('Name', name),
    element('IsBaseCalendar', kind.base ? 1 : 0),
    element('BaseCalendarUID', kind.base ? -1 : 1),
    weekDays,
    exceptions.length > 0
      ? group(
          'Exceptions',
          exceptions.map((exception) =>
            group('Exception', [
              element('EnteredByOccurrences', 0),
              group('TimePeriod', [element('FromDate', `${exception.from}T00:00:00`), element('ToDate', `${exception.to}T23:59:00`)]),
              element('Occurrences', 1),
              text('Name', exception.name),
              element('Type', 1),
              element('DayWorking', 0),
            ]),
          ),
        )
      : undefined,
  ]);
}
