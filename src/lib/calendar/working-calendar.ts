import { isoWeekday, toDay, WEEKDAY_NAMES, yearOf, type Day } from '../dates.ts';
import type { Plan } from '../schema/plan.ts';
import { publicHolidayNames } from './public-holidays.ts';

type NonWorkingReason = 'weekend' | 'public-holiday' | 'holiday' | 'closure';

/**
 * The working days of one plan (rule 1), numbered from the kick-off: index 0 is the first
 * working day on or after the kick-off. Scheduling works on these indices, so that "n working
 * days later" is plain addition. The range ends ten years after the kick-off (rule 11).
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
  /** Index of the first working day on or after `day`; `days.length` if there is none. */
  indexOnOrAfter(day: Day): number;
  /** Index of the last working day on or before `day`; -1 if there is none. */
  indexOnOrBefore(day: Day): number;
  /** Working day `offset` working days from `day` (negative: before); may lie before the kick-off. */
  shiftWorkingDays(day: Day, offset: number): Day;
}

const HORIZON_YEARS = 10;

export function createWorkingCalendar(calendar: Plan['calendar'], kickoffText: string): WorkingCalendar {
  const kickoff = toDay(kickoffText);
  const kickoffDate = new Date(kickoff * 86_400_000);
  const horizonDate = new Date(kickoffDate);
  horizonDate.setUTCFullYear(horizonDate.getUTCFullYear() + HORIZON_YEARS);
  const horizon = horizonDate.getTime() / 86_400_000;

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

  // One walk over the ten years, asking for each year's holidays once: building the calendar day
  // by day through `nonWorkingReason` was a third of scheduling a plan. The walk marks each day
  // of the range, so that `isWorkingDay` there is one array read.
  const working = new Uint8Array(horizon - kickoff + 1);
  const days: Day[] = [];
  let weekday = isoWeekday(kickoff);
  let year = yearOf(kickoff);
  let nextYearStart = Date.UTC(year + 1, 0, 1) / 86_400_000;
  let holidays = publicHolidayNames(calendar.region, year);
  for (let day = kickoff; day <= horizon; day++, weekday = weekday === 6 ? 0 : weekday + 1) {
    if (day === nextYearStart) {
      year += 1;
      nextYearStart = Date.UTC(year + 1, 0, 1) / 86_400_000;
      holidays = publicHolidayNames(calendar.region, year);
    }
    if (!workdays.has(weekday) || holidays.has(day) || extraHolidays.has(day)) continue;
    if (closures.some((range) => range.from <= day && day <= range.to)) continue;
    working[day - kickoff] = 1;
    days.push(day);
  }
  const isWorkingDay = (day: Day) => (day >= kickoff && day <= horizon ? working[day - kickoff] === 1 : nonWorkingReason(day) === undefined);

  const indexOnOrAfter = (day: Day) => {
    let low = 0;
    let high = days.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (days[mid] < day) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const indexOnOrBefore = (day: Day) => indexOnOrAfter(day + 1) - 1;

  const shiftWorkingDays = (day: Day, offset: number) => {
    const step = offset < 0 ? -1 : 1;
    let remaining = Math.abs(offset);
    let current = day;
    // Bounded walk: a calendar without any working day for ten years is treated as fixed.
    for (let guard = 0; remaining > 0 && guard < 3653 * 2; guard++) {
      current += step;
      if (isWorkingDay(current)) remaining--;
    }
    return current;
  };

  return { kickoff, horizon, days, isWorkingDay, nonWorkingReason, indexOnOrAfter, indexOnOrBefore, shiftWorkingDays };
}
