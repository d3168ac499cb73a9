import { isoWeekday, SCHEDULE_DAYS, scheduleHorizon, toDay, WEEKDAY_NAMES, yearOf, type Day } from '../dates.ts';
import type { Plan } from '../schema/plan.ts';
import { publicHolidayNames } from './public-holidays.ts';

type NonWorkingReason = 'weekend' | 'public-holiday' | 'holiday' | 'closure';

/**
 * The working days of one plan (rule 1), numbered from the kick-off: index 0 is the first
 * working day on or after the kick-off. Scheduling works on these indices, so that "n working
 * days later" is plain addition. The range ends ten years after the kick-off (rule 11). Days
 * before it have indices below 0 (-1 is the last working day before index 0): actual dates may
 * lie before the kick-off (work begun early, a baseline taken before the kick-off moved), and
 * the working days counted across it must hold.
 */
export interface WorkingCalendar {
  kickoff: Day;
  /** Last calendar day the schedule may use. */
  horizon: Day;
  /** Working days in order; `days[i]` is the date of working-day index i. */
  days: readonly Day[];
  isWorkingDay(day: Day): boolean;
  /** Why a day is not a working day (undefined for working days), with a label where known. */
  nonWorkingReason(day: Day): { reason: NonWorkingReason; label?: string } | undefined;
  /** Index of the first working day on or after `day`, below 0 before the kick-off; `days.length` if there is none. */
  indexOnOrAfter(day: Day): number;
  /** Index of the last working day on or before `day`, below 0 before the first working day of the range. */
  indexOnOrBefore(day: Day): number;
  /** Working day `offset` working days from `day` (negative: before); may lie before the kick-off. */
  shiftWorkingDays(day: Day, offset: number): Day;
  /** The working day of an index, also of one below 0 (before the kick-off); undefined past the range. */
  dayAt(index: number): Day | undefined;
}

export function createWorkingCalendar(calendar: Plan['calendar'], kickoffText: string): WorkingCalendar {
  const kickoff = toDay(kickoffText);
  const horizon = scheduleHorizon(kickoff);

  const workdays = new Set(calendar.workdays.map((name) => WEEKDAY_NAMES.indexOf(name)));
  const extraHolidays = new Map<Day, string>();
  for (const holiday of calendar.holidays ?? []) extraHolidays.set(toDay(holiday.date), holiday.label);
  const closures = (calendar.closures ?? []).map((closure) => ({ from: toDay(closure.from), to: toDay(closure.to), label: closure.label }));

  const nonWorkingReason = (day: Day) => {
    if (!workdays.has(isoWeekday(day))) return { reason: 'weekend' as const };
    const holiday = publicHolidayNames(calendar.region, yearOf(day)).get(day);
    if (holiday !== undefined) return { reason: 'public-holiday' as const, label: holiday };
    const extra = extraHolidays.get(day);
    if (extra !== undefined) return { reason: 'holiday' as const, label: extra };
    const closure = closures.find((range) => range.from <= day && day <= range.to);
    if (closure) return { reason: 'closure' as const, label: closure.label };
    return undefined;
  };

  // The range is marked in a day map: workdays first, then holidays and closures struck out.
  // Building it day by day through `nonWorkingReason` was a third of scheduling a plan; this is
  // a few array writes per day, and each year's holidays are looked up once.
  const working = new Uint8Array(horizon - kickoff + 1);
  const isWorkday = WEEKDAY_NAMES.map((_, weekday) => (workdays.has(weekday) ? 1 : 0));
  for (let index = 0, weekday = isoWeekday(kickoff); index < working.length; index++, weekday = weekday === 6 ? 0 : weekday + 1) {
    working[index] = isWorkday[weekday];
  }
  const strike = (day: Day) => {
    if (day >= kickoff && day <= horizon) working[day - kickoff] = 0;
  };
  for (let year = yearOf(kickoff); year <= yearOf(horizon); year++) for (const day of publicHolidayNames(calendar.region, year).keys()) strike(day);
  for (const day of extraHolidays.keys()) strike(day);
  for (const { from, to } of closures) for (let day = Math.max(from, kickoff); day <= Math.min(to, horizon); day++) strike(day);
  const days: Day[] = [];
  for (let index = 0; index < working.length; index++) if (working[index] === 1) days.push(kickoff + index);
  const isWorkingDay = (day: Day) => (day >= kickoff && day <= horizon ? working[day - kickoff] === 1 : nonWorkingReason(day) === undefined);

  /** How many working days lie from `day` up to the day before the kick-off. */
  const workingDaysBeforeKickoff = (day: Day) => {
    let count = 0;
    for (let current = day; current < kickoff; current++) if (isWorkingDay(current)) count++;
    return count;
  };

  const indexOnOrAfter = (day: Day) => {
    if (day < kickoff) return -workingDaysBeforeKickoff(day);
    let low = 0;
    let high = days.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (days[mid] < day) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const indexOnOrBefore = (day: Day) => {
    if (day >= kickoff) return indexOnOrAfter(day + 1) - 1;
    return -workingDaysBeforeKickoff(day) - (isWorkingDay(day) ? 0 : 1);
  };

  const shiftWorkingDays = (day: Day, offset: number) => {
    const step = offset < 0 ? -1 : 1;
    let remaining = Math.abs(offset);
    let current = day;
    // The walk gives up only where no working day comes for twice the schedule's length, as in a
    // calendar closed for good; a limit on the whole walk would cut short a long offset in a
    // calendar of one working day a week, and answer a date short of it without a word.
    for (let idle = 0; remaining > 0 && idle < SCHEDULE_DAYS * 2;) {
      current += step;
      if (isWorkingDay(current)) {
        remaining--;
        idle = 0;
      } else idle++;
    }
    return current;
  };

  const dayAt = (index: number) => (index >= 0 ? days[index] : shiftWorkingDays(days[0] ?? kickoff, index));

  return { kickoff, horizon, days, isWorkingDay, nonWorkingReason, indexOnOrAfter, indexOnOrBefore, shiftWorkingDays, dayAt };
}
