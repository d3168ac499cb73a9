import { formatIsoDay, isoWeekday, toDay } from '../dates.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

/** Weekday names as mermaid compares them (`dayjs().format('dddd').toLowerCase()`), ISO order. */
const MERMAID_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * The `excludes` tokens that shade exactly the non-working days between `first` and `last`
 * (inclusive, `YYYY-MM-DD`): the plan's free weekdays by name (works for any `workdays`, unlike
 * the keyword `weekends`), then every public holiday, extra holiday and closure day on a
 * working weekday as a date.
 *
 * Mermaid 12.3 merges all `excludes` statements (`mergeTokens` in ganttDb splits on commas and
 * spaces), but older versions kept only the last one; the caller writes all tokens on a single
 * line, which both read the same. Our bars have explicit end dates, so excludes only shade days
 * and never move a bar (`checkTaskDates` skips tasks with a date-valued end).
 */
export function excludedDayTokens(calendar: WorkingCalendar, first: string, last: string): string[] {
  const from = toDay(first);
  const to = toDay(last);
  const weekdays = new Set<number>();
  // Which weekdays are off: the calendar reports them as `weekend` whatever else falls on them.
  for (let day = from; day < from + 7; day++) {
    if (calendar.nonWorkingReason(day)?.reason === 'weekend') weekdays.add(isoWeekday(day));
  }
  const dates: string[] = [];
  for (let day = from; day <= to; day++) {
    const reason = calendar.nonWorkingReason(day);
    if (reason && reason.reason !== 'weekend') dates.push(formatIsoDay(day));
  }
  return [...[...weekdays].sort().map((weekday) => MERMAID_WEEKDAYS[weekday]), ...dates];
}
