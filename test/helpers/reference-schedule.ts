/**
 * A second, deliberately simple scheduler: the test oracle for `schedulePlan`. It implements
 * rules 1–7 and 11 of the content model and T1–T3 of the tracking contract straight from their
 * wording, on calendar days counted one by one. It shares no code with src/lib/schedule/ or
 * src/lib/calendar/ (only the plan's type and the `date-holidays` package); keep it that way,
 * because an oracle that reuses the code under test only repeats its mistakes.
 *
 * Decisions where the contracts are open (they mirror docs/content-model.md, "Rules we chose"):
 * - public holidays are the `date-holidays` entries of type `public` that begin at midnight (or
 *   at sunset the evening before), one day off per whole day they last (half days such as 24 Dec
 *   from 14:00 and every other type are working days);
 * - the ten-year horizon runs from the kick-off to the same calendar date ten years later, both
 *   included (29 February rolls over to 1 March);
 * - on the last day of an effort task only the missing effort is booked, shared among the
 *   assignees in proportion to the capacity each has free that day;
 * - a milestone competes in rule 7 with its own date as its "possible start";
 * - tracking: a done task counts for its successors as finishing on the last working day on or
 *   before `actualFinish`; an active task's remaining work R starts exactly on N, and a fractional
 *   `remaining` of a duration task is rounded up to whole working days.
 */
import Holidays from 'date-holidays';
import type { Plan } from '../../src/lib/schema/plan.ts';

export type ReferenceResult = { ok: true; tasks: { id: string; start: string; finish: string }[] } | { ok: false };

/** The tracking fields (tracking.md, "New fields"); read this way so that the oracle does not wait for the schema. */
type TrackedTask = Plan['tasks'][number] & { actualStart?: string; actualFinish?: string; remaining?: number };
type TrackedPlan = Omit<Plan, 'tasks'> & { statusDate?: string; tasks: TrackedTask[] };

/** A calendar day as the number of days since 1970-01-01. */
type Day = number;

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Capacity and effort below this are rounding noise, not work. */
const EPSILON = 1e-9;

function dayOf(date: string): Day {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function dateOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const likelyOf = (value: number | { likely: number }) => (typeof value === 'number' ? value : value.likely);

/** Rule 1: which calendar days are working days. */
class WorkingDays {
  private readonly workdays: Set<string>;
  private readonly extraHolidays: Set<Day>;
  private readonly closures: { from: Day; to: Day }[];
  private readonly holidays: Holidays;
  private readonly publicHolidaysByYear = new Map<number, Set<Day>>();

  constructor(calendar: Plan['calendar']) {
    this.workdays = new Set(calendar.workdays);
    this.extraHolidays = new Set((calendar.holidays ?? []).map((holiday) => dayOf(holiday.date)));
    this.closures = (calendar.closures ?? []).map((closure) => ({ from: dayOf(closure.from), to: dayOf(closure.to) }));
    const [country, subdivision] = calendar.region.split('-');
    this.holidays = subdivision === undefined ? new Holidays(country) : new Holidays(country, subdivision);
  }

  /**
   * Full-day statutory holidays only: type `public`, starting at midnight of the date they are named
   * for (or at sunset before it, `… 00:00:00 -0600`), one day off per full 24 hours they last, an
   * hour short allowed for a change of the clocks; those of the year before may reach into `year`.
   */
  private publicHolidays(year: number): Set<Day> {
    let days = this.publicHolidaysByYear.get(year);
    if (days === undefined) {
      days = new Set<Day>();
      for (const holiday of [...(this.holidays.getHolidays(year - 1) || []), ...(this.holidays.getHolidays(year) || [])]) {
        if (holiday.type !== 'public' || holiday.date.slice(11, 19) !== '00:00:00') continue;
        const hours = (holiday.end.getTime() - holiday.start.getTime()) / 3_600_000;
        for (let offset = 0; 24 * (offset + 1) - 1 <= hours; offset++) {
          const day = dayOf(holiday.date.slice(0, 10)) + offset;
          if (new Date(day * MS_PER_DAY).getUTCFullYear() === year) days.add(day);
        }
      }
      this.publicHolidaysByYear.set(year, days);
    }
    return days;
  }

  isWorkingDay(day: Day): boolean {
    const date = new Date(day * MS_PER_DAY);
    if (!this.workdays.has(WEEKDAYS[date.getUTCDay()])) return false;
    if (this.publicHolidays(date.getUTCFullYear()).has(day)) return false;
    if (this.extraHolidays.has(day)) return false;
    return !this.closures.some((closure) => closure.from <= day && day <= closure.to);
  }

  onOrAfter(day: Day): Day {
    while (!this.isWorkingDay(day)) day++;
    return day;
  }

  onOrBefore(day: Day): Day {
    while (!this.isWorkingDay(day)) day--;
    return day;
  }

  /** The n-th working day after `day`; n = 0 is `day` itself. */
  nthAfter(day: Day, n: number): Day {
    for (let i = 0; i < n; i++) day = this.onOrAfter(day + 1);
    return day;
  }
}

export function referenceSchedule(input: Plan): ReferenceResult {
  const plan = input as TrackedPlan;
  const calendar = new WorkingDays(plan.calendar);
  const kickoff = dayOf(plan.kickoff);
  // Rule 11: the horizon is the same calendar date ten years after the kick-off, included.
  const [kickoffYear, kickoffMonth, kickoffDay] = plan.kickoff.split('-').map(Number);
  const horizon = Date.UTC(kickoffYear + 10, kickoffMonth - 1, kickoffDay) / MS_PER_DAY;
  // Tracking: S and N; without a status date none of T1–T3 applies.
  const statusDay = plan.statusDate === undefined ? undefined : dayOf(plan.statusDate);
  const firstOpenDay = statusDay === undefined ? undefined : calendar.onOrAfter(statusDay + 1);

  const people = new Map(plan.team.map((person) => [person.id, person]));
  /** What tasks placed so far booked, per person and day. */
  const booked = new Map(plan.team.map((person) => [person.id, new Map<Day, number>()]));
  const bookedOn = (person: string, day: Day) => booked.get(person)?.get(day) ?? 0;
  const book = (person: string, day: Day, amount: number) => booked.get(person)?.set(day, bookedOn(person, day) + amount);
  const absent = (person: string, day: Day) => (people.get(person)?.absences ?? []).some((absence) => dayOf(absence.from) <= day && day <= dayOf(absence.to));
  const assigneesOf = (task: TrackedTask) => [...new Set(task.assignees ?? [])];

  /** Per task (file order): the dates shown, and the working day its successors count as its finish. */
  const shown: ({ start: Day; finish: Day } | undefined)[] = plan.tasks.map(() => undefined);
  const finishForSuccessors: (Day | undefined)[] = plan.tasks.map(() => undefined);
  const indexOf = new Map(plan.tasks.map((task, index) => [task.id, index]));
  const dependenciesOf = (task: TrackedTask) =>
    (task.dependsOn ?? []).map((dependency) =>
      typeof dependency === 'string'
        ? { task: indexOf.get(dependency) as number, lag: 0 }
        : { task: indexOf.get(dependency.task) as number, lag: dependency.lag },
    );

  /** Rule 4: `days` consecutive working days from `first` (a working day), assignees booked at capacity. */
  function placeDuration(task: TrackedTask, first: Day, days: number): Day | undefined {
    let day = first;
    for (let i = 0; i < days; i++) {
      if (i > 0) day = calendar.onOrAfter(day + 1);
      if (day > horizon) return undefined; // rule 11
      for (const person of assigneesOf(task)) book(person, day, people.get(person)?.capacity ?? 0);
    }
    return day;
  }

  /** Rules 2 and 5: book `effort` person-days of the assignees' free capacity from `first` on. */
  function placeEffort(task: TrackedTask, first: Day, effort: number): { start: Day; finish: Day } | undefined {
    let missing = effort;
    let start: Day | undefined;
    for (let day = first; day <= horizon; day++) {
      if (!calendar.isWorkingDay(day)) continue;
      const free = assigneesOf(task).map((person) => {
        if (absent(person, day)) return { person, amount: 0 }; // rule 2: an absence gives nothing
        return { person, amount: Math.max(0, (people.get(person)?.capacity ?? 0) - bookedOn(person, day)) };
      });
      const offered = free.reduce((sum, { amount }) => sum + amount, 0);
      if (offered <= EPSILON) continue;
      start ??= day;
      if (offered >= missing - EPSILON) {
        // The last day: only what is still missing, shared in proportion to the free capacity.
        for (const { person, amount } of free) book(person, day, Math.min(amount, (amount * missing) / offered));
        return { start, finish: day };
      }
      for (const { person, amount } of free) book(person, day, amount);
      missing -= offered;
    }
    return undefined; // rule 11: not within ten years
  }

  // T1: done tasks keep their actual dates and book nobody.
  for (const [index, task] of plan.tasks.entries()) {
    if (statusDay === undefined || task.actualFinish === undefined) continue;
    const finish = dayOf(task.actualFinish);
    shown[index] = { start: task.milestone ? finish : dayOf(task.actualStart as string), finish };
    finishForSuccessors[index] = calendar.onOrBefore(finish);
  }

  // T2: active tasks before all planned ones, higher priority first, then file order; their
  // remaining work R starts on N, whatever their predecessors and their `start` say.
  const active = plan.tasks
    .map((task, index) => ({ task, index }))
    .filter(({ task }) => statusDay !== undefined && task.actualStart !== undefined && task.actualFinish === undefined)
    .sort((a, b) => b.task.priority - a.task.priority || a.index - b.index);
  for (const { task, index } of active) {
    const from = firstOpenDay as Day;
    const left = (likely: number) => (likely * (100 - (task.progress ?? 0))) / 100; // likely × (1 − progress/100), exact for whole numbers
    let finish: Day | undefined;
    if (task.duration !== undefined) {
      const days = Math.ceil(task.remaining ?? left(likelyOf(task.duration))); // R in whole working days (rule 4)
      finish = placeDuration(task, from, days);
    } else if (task.effort !== undefined) {
      const effort = task.remaining ?? left(likelyOf(task.effort)); // R in person-days (rule 5)
      finish = placeEffort(task, from, effort)?.finish;
    }
    if (finish === undefined) return { ok: false };
    shown[index] = { start: dayOf(task.actualStart as string), finish };
    finishForSuccessors[index] = finish;
  }

  /** Rule 3 (with T3: never before N): the first day a planned task may start. */
  function earliestStart(task: TrackedTask): Day {
    let day = Math.max(kickoff, task.start === undefined ? kickoff : dayOf(task.start), firstOpenDay ?? kickoff);
    for (const { task: predecessor, lag } of dependenciesOf(task)) {
      day = Math.max(day, calendar.nthAfter(finishForSuccessors[predecessor] as Day, lag + 1));
    }
    return calendar.onOrAfter(day);
  }

  /** Rule 6 (with T3: never before N): a planned milestone's date. */
  function milestoneDate(task: TrackedTask): Day {
    const dependencies = dependenciesOf(task);
    const candidates = dependencies.map(({ task: predecessor, lag }) => calendar.nthAfter(finishForSuccessors[predecessor] as Day, lag));
    if (dependencies.length === 0 || task.start !== undefined) {
      candidates.push(calendar.onOrAfter(Math.max(kickoff, task.start === undefined ? kickoff : dayOf(task.start))));
    }
    if (firstOpenDay !== undefined) candidates.push(firstOpenDay);
    return Math.max(...candidates);
  }

  // Rule 7: place the planned tasks one at a time; a task is ready when all its predecessors are
  // placed (done and active tasks are); of the ready ones the higher priority goes first, then the
  // earlier possible start, then the earlier in the file.
  const waiting = new Set(plan.tasks.map((_, index) => index).filter((index) => shown[index] === undefined));
  while (waiting.size > 0) {
    let next: { index: number; day: Day } | undefined;
    for (const index of waiting) {
      const task = plan.tasks[index];
      if (dependenciesOf(task).some(({ task: predecessor }) => finishForSuccessors[predecessor] === undefined)) continue;
      const day = task.milestone ? milestoneDate(task) : earliestStart(task);
      const best = next === undefined ? undefined : plan.tasks[next.index];
      if (
        next === undefined ||
        best === undefined ||
        task.priority > best.priority ||
        (task.priority === best.priority && (day < next.day || (day === next.day && index < next.index)))
      ) {
        next = { index, day };
      }
    }
    if (next === undefined) throw new Error('reference schedule: dependency cycle'); // valid plans have none
    const { index, day } = next;
    const task = plan.tasks[index];
    waiting.delete(index);
    let placed: { start: Day; finish: Day } | undefined;
    if (task.milestone) {
      placed = day > horizon ? undefined : { start: day, finish: day }; // rule 6
    } else if (task.duration !== undefined) {
      const finish = placeDuration(task, day, likelyOf(task.duration)); // rule 4
      placed = finish === undefined ? undefined : { start: day, finish };
    } else if (task.effort !== undefined) {
      placed = placeEffort(task, day, likelyOf(task.effort)); // rule 5
    }
    if (placed === undefined) return { ok: false }; // rule 11
    shown[index] = placed;
    finishForSuccessors[index] = placed.finish;
  }

  return {
    ok: true,
    tasks: plan.tasks.map((task, index) => {
      const { start, finish } = shown[index] as { start: Day; finish: Day };
      return { id: task.id, start: dateOf(start), finish: dateOf(finish) };
    }),
  };
}
