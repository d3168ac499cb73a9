import { isKnownRegion, publicHolidayNames } from '../calendar/public-holidays.ts';
import { formatIsoDay, isoWeekday, SCHEDULE_DAYS, toDay, WEEKDAY_NAMES, yearOf } from '../dates.ts';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import type { Translation } from '../i18n/translation.ts';
import { KEBAB_ID } from '../schema/common.ts';
import { isKickoffDate, KICKOFF_YEARS } from '../schema/plan.ts';
import {
  BUFFER_MARK,
  CONSTRAINTS,
  DURATION_FORMAT_DAYS,
  ELAPSED_FORMATS,
  FINISH_TO_START,
  LAG_FORMAT_DAYS,
  LINK_TYPES,
  MINUTES_PER_DAY,
  START_NO_EARLIER_THAN,
  TASK_TEXT1,
  TASK_TYPE,
  WORK_RESOURCE,
  WORKING_TIME_FORMATS,
} from '../export/mspdi-format.ts';
import { checkedValues, problemList, type CheckedValues, type ImportProblem } from './problems.ts';
import { childOf, dayOf, lineOf, listOf, textOf, type XmlNode } from './read-mspdi.ts';

/** What the playbook offers a plan to refer to. */
export interface ImportContext {
  phases: readonly { id: string; title: string }[];
  roles: readonly { id: string; title: string }[];
  /** Region assumed when the file's calendar names none. */
  defaultRegion: string;
  words: Translation['importer'];
}

/** Something the file holds that the plan cannot express, named by the task or resource it concerns. */
export interface ImportFinding {
  subject: string;
  message: string;
}

type Missing = 'startDate' | 'tasks' | 'resources';

export type ImportResult =
  { ok: true; plan: Record<string, unknown>; findings: ImportFinding[] } | { ok: false; missing: Missing } | { ok: false; problems: ImportProblem[] };

const DEFAULT_WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** Public holidays the file treats as working days are looked for up to a year after its last date. */
const HOLIDAY_CHECK_DAYS = 366;
/** The priorities MS Project writes (500 its default), and the range of a per cent. */
const PRIORITIES = { min: 0, max: 1000 };
const PER_CENT = { min: 0, max: 100 };

interface RawTask {
  node: XmlNode;
  uid: string;
  name: string;
  level: number;
  summary: boolean;
  /** The task's ID: its row in MS Project. */
  order: number;
}

/**
 * An MSPDI project as the front matter of a plan: tasks (durations or efforts, milestones,
 * finish-to-start links with lags, start constraints, deadlines, priorities, actual dates), the
 * team from the work resources (capacity from maximum units, absences from their calendars), the
 * calendar (working weekdays, days off; the region from our export's calendar name), summary tasks
 * as phases where their title is a phase's, and our buffer task back as the buffer. Whatever a
 * plan cannot say is a finding naming the task or resource, never dropped without a word; what
 * the file lacks or holds in a form the import does not read (a task without a UID, a lag that is
 * no number) is a problem with its line, and the file is refused.
 */
export function mspdiToPlan(project: XmlNode, context: ImportContext): ImportResult {
  const words = context.words;
  const findings: ImportFinding[] = [];
  const note = (subject: string, message: string) => findings.push({ subject, message });
  const problems = problemList();
  const values = checkedValues(problems, words);
  // The problems come first: a task without a UID may be the one task the file would have.
  const refuse = (missing: Missing): ImportResult => (problems.all().length > 0 ? { ok: false, problems: problems.all() } : { ok: false, missing });
  const kickoff = values.day(project, 'StartDate');
  if (kickoff !== undefined && !isKickoffDate(kickoff))
    problems.report(lineOf(project, 'StartDate'), words.notExpected('StartDate', textOf(project, 'StartDate') as string, words.aKickoffDate(KICKOFF_YEARS)));
  if (kickoff === undefined || !isKickoffDate(kickoff)) return refuse('startDate');
  // Durations and lags are divided by it: 0 would make them infinite, a negative number negative.
  const minutesPerDay = values.number(project, 'MinutesPerDay', { expected: words.positiveMinutes, holds: (minutes) => minutes > 0 }) ?? MINUTES_PER_DAY;
  const daysOf = (minutes: number) => minutes / minutesPerDay;
  const hoursPerDay = roundTo(minutesPerDay / 60, 2);

  const taskList = childOf(project, 'Tasks');
  const listed: RawTask[] = [];
  for (const [index, node] of listOf(taskList, 'Task').entries()) {
    if (values.flag(node, 'IsNull') === true) continue;
    const uid = textOf(node, 'UID');
    // Links and assignments name a task by its UID: without one it would be left out, or unlinked.
    if (uid === undefined) {
      problems.report(lineOf(taskList, 'Task', index), words.taskWithoutUid(textOf(node, 'Name'), textOf(node, 'ID')));
      continue;
    }
    const level = values.number(node, 'OutlineLevel') ?? 1;
    const summary = values.flag(node, 'Summary') === true || level === 0 || uid === '0';
    listed.push({ node, uid, name: textOf(node, 'Name') ?? `UID ${uid}`, level, summary, order: values.number(node, 'ID') ?? 0 });
  }
  listed.sort((a, b) => a.order - b.order);
  // A UID names one task; a broken file that repeats one keeps the first, as links cannot tell them apart.
  const firstOfUid = new Map<string, RawTask>();
  for (const task of listed) if (!firstOfUid.has(task.uid)) firstOfUid.set(task.uid, task);
  const raw = listed.filter((task) => {
    const first = firstOfUid.get(task.uid) as RawTask;
    if (first !== task) note(words.task(task.name), words.skippedTask(words.repeatedUid(task.uid, first.name)));
    return first === task;
  });

  // Phases from summary tasks: each task takes the phase of its nearest summary ancestor that names one.
  const phaseByTitle = new Map(context.phases.map((phase) => [normalize(phase.title), phase.id]));
  const phaseOf = new Map<string, string | undefined>();
  const ancestors: { level: number; phase?: string }[] = [];
  const kept: RawTask[] = [];
  for (const task of raw) {
    while (ancestors.length > 0 && (ancestors.at(-1) as { level: number }).level >= task.level) ancestors.pop();
    if (task.summary) {
      const phase = phaseByTitle.get(normalize(task.name));
      if (task.level > 0 && phase === undefined) note(words.task(task.name), words.summaryNoPhase);
      if (task.level > 0 && listOf(task.node, 'PredecessorLink').length > 0) note(words.task(task.name), words.summaryLinks);
      ancestors.push({ level: task.level, phase: phase ?? ancestors.at(-1)?.phase });
      continue;
    }
    if (values.flag(task.node, 'ExternalTask') === true) {
      note(words.task(task.name), words.skippedTask(words.external));
      continue;
    }
    if (values.flag(task.node, 'Active') === false) {
      note(words.task(task.name), words.skippedTask(words.inactive));
      continue;
    }
    phaseOf.set(task.uid, ancestors.at(-1)?.phase);
    kept.push(task);
  }
  const bufferTask = kept.find((task) => ownId(task.node, values) === BUFFER_MARK);
  const tasks = kept.filter((task) => task !== bufferTask);
  if (tasks.length === 0) return refuse('tasks');

  // People from the work resources. MS Project writes a resource of UID 0 without a name into
  // every file, which is no one; any other without a name is someone, named after their UID.
  const someone = (node: XmlNode) => textOf(node, 'Name') !== undefined || (textOf(node, 'UID') ?? '0') !== '0';
  const resources = listOf(childOf(project, 'Resources'), 'Resource').filter((node) => values.flag(node, 'IsNull') !== true && someone(node));
  const personIds = uniqueIds('person');
  const personOf = new Map<string, string>();
  const calendars = new Map(listOf(childOf(project, 'Calendars'), 'Calendar').map((node) => [textOf(node, 'UID'), node]));
  const team: Record<string, unknown>[] = [];
  for (const resource of resources) {
    const name = textOf(resource, 'Name') ?? `UID ${textOf(resource, 'UID')}`;
    if ((values.number(resource, 'Type') ?? WORK_RESOURCE) !== WORK_RESOURCE) {
      note(words.resource(name), words.notWork);
      continue;
    }
    if (textOf(resource, 'Name') === undefined) note(words.resource(name), words.unnamedResource);
    const id = personIds.take(textOf(resource, 'Code'), name);
    personOf.set(textOf(resource, 'UID') as string, id);
    // No units at all would make a person who never works, and the plan would be a different one without a word.
    const units = values.number(resource, 'MaxUnits', { expected: words.positiveUnits, holds: (value) => value > 0 }) ?? 1;
    if (units > 1) note(words.resource(name), words.capacityCut(units));
    const role = roleOf(textOf(resource, 'Group'), context);
    const group = textOf(resource, 'Group');
    if (!role.matched) note(words.resource(name), group === undefined ? words.noGroup(role.id) : words.noRole(group, role.id));
    const absences = daysOffIn(
      calendars.get(textOf(resource, 'CalendarUID')),
      (from, to) => note(words.resource(name), words.workingException(from, to)),
      values,
    ).map(({ from, to, name: label }) => absenceOf(from, to, label));
    team.push({
      id,
      name,
      role: role.id,
      ...(units < 1 ? { capacity: units } : {}),
      ...(absences.length > 0 ? { absences } : {}),
    });
  }
  if (team.length === 0) return refuse('resources');

  // Tasks.
  const taskIds = uniqueIds('task');
  const idOf = new Map(tasks.map((task) => [task.uid, taskIds.take(ownId(task.node, values), task.name)]));
  const nameOf = new Map(raw.map((task) => [task.uid, task.name]));
  const assigned = new Map<string, string[]>();
  const assignmentList = childOf(project, 'Assignments');
  for (const [index, assignment] of listOf(assignmentList, 'Assignment').entries()) {
    const task = textOf(assignment, 'TaskUID');
    const resource = textOf(assignment, 'ResourceUID');
    if (task === undefined || resource === undefined) {
      problems.report(lineOf(assignmentList, 'Assignment', index), words.assignmentWithout(task === undefined ? 'TaskUID' : 'ResourceUID'));
      continue;
    }
    if (!idOf.has(task)) continue;
    const person = personOf.get(resource);
    // MS Project writes an assignment to the unassigned resource (UID -65535) for unassigned tasks.
    if (person === undefined) {
      if (Number(resource) >= 0 && !resources.some((node) => textOf(node, 'UID') === resource))
        note(words.task(nameOf.get(task) ?? task), words.unknownResource(resource));
      continue;
    }
    assigned.set(task, [...(assigned.get(task) ?? []), person]);
  }

  const actualDates: string[] = [];
  const planTasks = tasks.map((task) => {
    const node = task.node;
    const subject = words.task(task.name);
    if (textOf(node, 'Name') === undefined) note(subject, words.unnamedTask);
    const people = [...new Set(assigned.get(task.uid) ?? [])];
    const out: Record<string, unknown> = { id: idOf.get(task.uid) };
    const phase = phaseOf.get(task.uid);
    if (phase) out.phase = phase;
    out.title = task.name;
    const durationMinutes = values.minutes(node, 'Duration') ?? 0;
    const workMinutes = values.minutes(node, 'Work') ?? 0;
    const milestone = values.flag(node, 'Milestone') === true || durationMinutes === 0;
    if (milestone) {
      if (values.flag(node, 'Milestone') !== true) note(subject, words.zeroDuration);
      out.milestone = true;
    } else if (values.number(node, 'Type') === TASK_TYPE.fixedWork && workMinutes > 0 && people.length > 0) {
      out.effort = roundTo(daysOf(workMinutes), 4);
    } else {
      if (values.number(node, 'Type') === TASK_TYPE.fixedWork && workMinutes > 0) note(subject, words.effortWithoutPeople);
      const days = daysOf(durationMinutes);
      // MS Project writes an elapsed duration in hours around the clock (an elapsed day is
      // PT24H0M0S): taken as working hours, like an elapsed lag, it is a longer task than it was.
      if (ELAPSED_FORMATS.has(values.number(node, 'DurationFormat') ?? DURATION_FORMAT_DAYS))
        note(subject, words.elapsedDuration(roundTo(durationMinutes / 60, 2), roundTo(days, 2), hoursPerDay));
      const whole = Math.max(1, Math.ceil(days - 1e-9));
      if (Math.abs(days - whole) > 1e-9) note(subject, words.durationRounded(whole));
      out.duration = whole;
    }
    if (people.length > 0) out.assignees = people;

    const dependsOn: unknown[] = [];
    for (const [index, link] of listOf(node, 'PredecessorLink').entries()) {
      const from = textOf(link, 'PredecessorUID');
      if (from === undefined) {
        problems.report(lineOf(node, 'PredecessorLink', index), words.linkWithoutPredecessor(subject));
        continue;
      }
      const predecessor = nameOf.get(from) ?? from;
      if (bufferTask && from === bufferTask.uid) continue;
      const target = idOf.get(from);
      if (target === undefined) {
        note(subject, words.unknownPredecessor(from));
        continue;
      }
      const type = values.number(link, 'Type') ?? FINISH_TO_START;
      if (type !== FINISH_TO_START) {
        note(subject, words.linkType(predecessor, LINK_TYPES[type as keyof typeof LINK_TYPES] ?? String(type)));
        continue;
      }
      const format = values.number(link, 'LagFormat') ?? LAG_FORMAT_DAYS;
      const lagDays = (values.number(link, 'LinkLag') ?? 0) / 10 / minutesPerDay;
      if (lagDays !== 0 && !WORKING_TIME_FORMATS.has(format)) note(subject, words.lagFormat(predecessor, hoursPerDay));
      let lag = Math.ceil(lagDays - 1e-9);
      if (lagDays < 0) {
        note(subject, words.lead(predecessor));
        lag = 0;
      } else if (Math.abs(lagDays - lag) > 1e-9) note(subject, words.lagRounded(predecessor, lag));
      dependsOn.push(lag === 0 ? target : { task: target, lag });
    }
    if (dependsOn.length > 0) out.dependsOn = dependsOn;

    const constraint = values.number(node, 'ConstraintType') ?? 0;
    // Only these two constraints bring their date into the plan; another is left out with its date.
    const dated = constraint === START_NO_EARLIER_THAN || constraint === 2;
    const constraintDate = dated ? values.day(node, 'ConstraintDate') : undefined;
    if (dated && constraintDate) {
      if (constraint === 2) note(subject, words.mustStartOn);
      if (constraintDate > kickoff) out.start = constraintDate;
    } else if (constraint !== 0) {
      note(subject, words.constraint(CONSTRAINTS[constraint as keyof typeof CONSTRAINTS] ?? String(constraint)));
    }
    const deadline = values.day(node, 'Deadline');
    if (deadline) out.deadline = deadline;
    // MS Project's priorities run from 0 to 1000, a plan's from 1: its lowest is taken as ours.
    const priority = values.wholeNumber(node, 'Priority', PRIORITIES);
    if (priority === 0) note(subject, words.priorityZero);
    if (priority !== undefined && priority !== 500) out.priority = Math.max(1, priority);

    const actualStart = milestone ? undefined : values.day(node, 'ActualStart');
    const actualFinish = values.day(node, 'ActualFinish');
    if (actualStart) out.actualStart = actualStart;
    if (actualFinish && (milestone || actualStart)) out.actualFinish = actualFinish;
    actualDates.push(...[out.actualStart, out.actualFinish].filter((day): day is string => typeof day === 'string'));
    // Physical % Complete is the progress as reported, where % Complete follows the durations;
    // MS Project writes it for every task, as 0 unless the task's earned value method is
    // physical (EarnedValueMethod 1), so a 0 there means no report: % Complete counts then. A
    // % Work Complete outside its range is as broken a record of the progress, though not taken.
    const [physical, complete] = ['PhysicalPercentComplete', 'PercentComplete', 'PercentWorkComplete'].map((name) => values.wholeNumber(node, name, PER_CENT));
    const reportsPhysical = physical !== undefined && (physical > 0 || textOf(node, 'EarnedValueMethod') === '1');
    const percent = (reportsPhysical ? physical : complete) ?? 0;
    const active = out.actualStart !== undefined && out.actualFinish === undefined;
    if (active) {
      const left = values.minutes(node, out.effort !== undefined ? 'RemainingWork' : 'RemainingDuration');
      if (left !== undefined && left > 0) out.remaining = roundTo(daysOf(left), 4);
      if (percent > 0 && percent < 100) out.progress = percent;
    } else if (out.actualFinish === undefined && percent > 0 && percent < 100) {
      out.progress = percent;
    }
    return out;
  });

  // The buffer: our export's buffer task, before the milestone that links to it.
  let buffer: Record<string, unknown> | undefined;
  if (bufferTask) {
    const days = Math.round(daysOf(values.minutes(bufferTask.node, 'Duration') ?? 0));
    const protectedTask = tasks.find((task) => listOf(task.node, 'PredecessorLink').some((link) => textOf(link, 'PredecessorUID') === bufferTask.uid));
    buffer = { method: 'fixed', value: days, ...(protectedTask ? { before: idOf.get(protectedTask.uid) } : {}) };
  }

  // A status date is kept with the actual dates it stands for; on its own it would push all planned work after it.
  const fileStatusDate = values.day(project, 'StatusDate');
  const latestActual = actualDates.sort().at(-1);
  let statusDate: string | undefined;
  if (latestActual === undefined) {
    if (fileStatusDate !== undefined) note(words.project, words.statusDateDropped(fileStatusDate));
  } else if (fileStatusDate === undefined || fileStatusDate < latestActual) {
    note(words.project, fileStatusDate === undefined ? words.statusDateMissing(latestActual) : words.statusDateMoved(fileStatusDate, latestActual));
    statusDate = latestActual;
  } else {
    statusDate = fileStatusDate;
  }

  const lastDate = [kickoff, ...tasks.map((task) => dayOf(task.node, 'Finish') ?? kickoff)].sort().at(-1) as string;
  const calendar = calendarOf(project, calendars, kickoff, lastDate, context, note, values);
  const title = textOf(project, 'Title') ?? textOf(project, 'Name') ?? kickoff;
  const customer = textOf(project, 'Company');
  const vendor = textOf(project, 'Author') ?? textOf(project, 'Manager');
  if (customer === undefined) note(words.project, words.noCompany(title));
  if (vendor === undefined) note(words.project, words.noAuthor(title));
  if (problems.all().length > 0) return { ok: false, problems: problems.all() };
  return {
    ok: true,
    findings,
    plan: {
      title,
      customer: customer ?? title,
      vendor: vendor ?? title,
      kickoff,
      ...(statusDate ? { statusDate } : {}),
      status: 'active',
      calendar,
      team,
      tasks: planTasks,
      ...(buffer ? { buffer } : {}),
    },
  };
}

/** Our export's id of a task (the Text1 field). */
function ownId(node: XmlNode, values: CheckedValues): string | undefined {
  return textOf(
    listOf(node, 'ExtendedAttribute').find((attribute) => values.number(attribute, 'FieldID') === TASK_TEXT1),
    'Value',
  );
}

function calendarOf(
  project: XmlNode,
  calendars: ReadonlyMap<string | undefined, XmlNode>,
  kickoff: string,
  lastDate: string,
  context: ImportContext,
  note: (subject: string, message: string) => void,
  values: CheckedValues,
): Record<string, unknown> {
  const words = context.words;
  const base = calendars.get(textOf(project, 'CalendarUID')) ?? [...calendars.values()].find((node) => values.flag(node, 'IsBaseCalendar') === true);
  const named = /\(([A-Z]{2}(?:-[A-Z0-9]{1,3})?)\)\s*$/.exec(textOf(base, 'Name') ?? '')?.[1];
  const region = named !== undefined && isKnownRegion(named) ? named : context.defaultRegion;
  if (region !== named) note(words.calendar, words.regionGuessed(region));
  const weekDays = listOf(childOf(base, 'WeekDays'), 'WeekDay').filter((day) => (values.number(day, 'DayType') ?? 0) >= 1);
  // MSPDI DayType 1 is Sunday … 7 Saturday.
  const workdays =
    weekDays.length > 0
      ? WEEKDAY_NAMES.filter((_, weekday) => {
          const entry = weekDays.find((day) => values.number(day, 'DayType') === ((weekday + 1) % 7) + 1);
          return entry === undefined ? DEFAULT_WORKDAYS.includes(WEEKDAY_NAMES[weekday]) : values.flag(entry, 'DayWorking') === true;
        })
      : DEFAULT_WORKDAYS;
  const isWorkday = (day: number) => workdays.includes(WEEKDAY_NAMES[isoWeekday(day)]);
  const publicHoliday = (day: number) => publicHolidayNames(region, yearOf(day)).has(day);

  const holidays: { date: string; label: string }[] = [];
  const closures: { from: string; to: string; label: string }[] = [];
  const off = new Set<number>();
  // Days are walked one by one only within the plan's reach: an exception from 0001 to 9999 or a
  // finish in 9999 (both valid MSPDI) took half a minute and half a gigabyte.
  const first = toDay(kickoff);
  const last = Math.min(toDay(lastDate), first + SCHEDULE_DAYS) + HOLIDAY_CHECK_DAYS;
  const hasWorkingDay = (from: number, to: number) => {
    // Every year has working days that are no public holiday, so a longer range needs no more looking.
    for (let day = from; day <= Math.min(to, from + HOLIDAY_CHECK_DAYS); day++) if (isWorkday(day) && !publicHoliday(day)) return true;
    return false;
  };
  for (const range of daysOffIn(base, (from, to) => note(words.calendar, words.workingException(from, to)), values)) {
    for (let day = Math.max(toDay(range.from), first); day <= Math.min(toDay(range.to), last); day++) off.add(day);
    if (!hasWorkingDay(toDay(range.from), toDay(range.to))) continue;
    if (range.from === range.to) holidays.push({ date: range.from, label: range.name });
    else closures.push({ from: range.from, to: range.to, label: range.name });
  }
  const workingHolidays: string[] = [];
  for (let day = first; day <= last; day++) {
    if (isWorkday(day) && publicHoliday(day) && !off.has(day)) workingHolidays.push(formatIsoDay(day));
  }
  if (workingHolidays.length > 0) note(words.calendar, words.publicHolidays(region, workingHolidays.join(', ')));
  return {
    region,
    ...(workdays.join() === DEFAULT_WORKDAYS.join() ? {} : { workdays }),
    ...(holidays.length > 0 ? { holidays } : {}),
    ...(closures.length > 0 ? { closures } : {}),
  };
}

/** A calendar's non-working exceptions as day ranges; working ones are reported. */
function daysOffIn(
  calendar: XmlNode | undefined,
  working: (from: string, to: string) => void,
  values: CheckedValues,
): { from: string; to: string; name: string }[] {
  const ranges: { from: string; to: string; name: string }[] = [];
  for (const exception of listOf(childOf(calendar, 'Exceptions'), 'Exception')) {
    const period = childOf(exception, 'TimePeriod');
    const from = values.day(period, 'FromDate');
    const to = values.day(period, 'ToDate');
    if (from === undefined || to === undefined) continue;
    if (values.flag(exception, 'DayWorking') === true) working(from, to);
    else ranges.push({ from, to, name: textOf(exception, 'Name') ?? from });
  }
  // MS Project 2003 wrote exceptions as week days of type 0.
  for (const day of listOf(childOf(calendar, 'WeekDays'), 'WeekDay').filter((entry) => values.number(entry, 'DayType') === 0)) {
    const period = childOf(day, 'TimePeriod');
    const from = values.day(period, 'FromDate');
    const to = values.day(period, 'ToDate');
    if (from === undefined || to === undefined) continue;
    if (values.flag(day, 'DayWorking') === true) working(from, to);
    else ranges.push({ from, to, name: from });
  }
  return ranges;
}

/** An absence; the reason is recognised from its name in either language, else `other` with the name as label. */
function absenceOf(from: string, to: string, name: string): Record<string, unknown> {
  for (const table of [de, en]) {
    const reason = Object.entries(table.ui.reasons).find(([, word]) => word === name)?.[0];
    if (reason) return { from, to, reason };
  }
  return { from, to, reason: 'other', label: name };
}

function roleOf(group: string | undefined, context: ImportContext): { id: string; matched: boolean } {
  const wanted = normalize(group ?? '');
  const role = context.roles.find((candidate) => candidate.id === group || normalize(candidate.title) === wanted);
  return role ? { id: role.id, matched: true } : { id: context.roles[0].id, matched: false };
}

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Unique kebab-case ids: the file's own where it is one, else made from the name. */
function uniqueIds(fallback: string): { take(own: string | undefined, name: string): string } {
  const taken = new Set<string>();
  // Where the numbering of each base goes on: every number below it is taken (30,000 tasks of one
  // name took 80 s when each counted up from 2).
  const nextNumber = new Map<string, number>();
  return {
    take(own, name) {
      const base = own !== undefined && KEBAB_ID.test(own) ? own : slug(name) || fallback;
      let id = base;
      if (taken.has(id)) {
        let number = nextNumber.get(base) ?? 2;
        while (taken.has(`${base}-${number}`)) number++;
        id = `${base}-${number}`;
        nextNumber.set(base, number + 1);
      }
      taken.add(id);
      return id;
    },
  };
}

/** `Größe & Maß` → `groesse-mass`. */
function slug(text: string): string {
  return text
    .replace(/ä/gi, 'ae')
    .replace(/ö/gi, 'oe')
    .replace(/ü/gi, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
