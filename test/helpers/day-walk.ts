/**
 * An oracle of working days that shares no code with src/lib/calendar: it walks the calendar one
 * date at a time and asks the date-holidays package itself for the public holidays, so the
 * scheduler's dates can be checked against it (rule 1: a working day is one of the plan's
 * workdays that is no statutory full-day public holiday of its region, no company holiday and
 * lies in no closure).
 */
import Holidays from 'date-holidays';

interface CalendarSpec {
  region: string;
  workdays: readonly string[];
  holidays?: readonly { date: string }[];
  closures?: readonly { from: string; to: string }[];
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Statutory public holidays by ISO date: each whole day a public holiday of the library lasts, from
 * the date it is named for (the library writes `… 00:00:00 -0600` for those that begin at sunset the
 * evening before); one that starts later in its day (24 December from 14:00) takes none. A 24-hour
 * block short of at most an hour (the night the clocks change) still counts. Holidays of the year
 * before that run into `year` count too.
 */
export function fullDayPublicHolidays(region: string, year: number): Set<string> {
  const [country, state] = region.split('-');
  const engine = state === undefined ? new Holidays(country) : new Holidays(country, state);
  const days = new Set<string>();
  for (const holiday of [...engine.getHolidays(year - 1), ...engine.getHolidays(year)]) {
    if (holiday.type !== 'public' || !/^\d{4}-\d{2}-\d{2} 00:00:00( [+-]\d{4})?$/.test(holiday.date)) continue;
    const length = holiday.end.getTime() - holiday.start.getTime();
    for (let block = 1; block * DAY_MS - HOUR_MS <= length; block++) {
      const date = iso(timeOf(holiday.date.slice(0, 10)) + (block - 1) * DAY_MS);
      if (date.startsWith(`${year}-`)) days.add(date);
    }
  }
  return days;
}

export class DayWalk {
  private readonly calendar: CalendarSpec;
  private readonly workdays: Set<number>;
  private readonly companyHolidays: Set<string>;
  private readonly publicHolidays = new Map<number, Set<string>>();
  /** Working dates from the kick-off on, extended as far as asked. */
  private readonly dates: string[] = [];
  private next: number;

  constructor(calendar: CalendarSpec, kickoff: string) {
    this.calendar = calendar;
    this.workdays = new Set(calendar.workdays.map((name) => WEEKDAYS.indexOf(name)));
    this.companyHolidays = new Set((calendar.holidays ?? []).map((holiday) => holiday.date));
    this.next = timeOf(kickoff);
  }

  isWorkingDay(date: string): boolean {
    const time = timeOf(date);
    if (!this.workdays.has(new Date(time).getUTCDay())) return false;
    const year = Number(date.slice(0, 4));
    if (!this.publicHolidays.has(year)) this.publicHolidays.set(year, fullDayPublicHolidays(this.calendar.region, year));
    if (this.publicHolidays.get(year)?.has(date) || this.companyHolidays.has(date)) return false;
    return !(this.calendar.closures ?? []).some((closure) => closure.from <= date && date <= closure.to);
  }

  /** The date of working day `index` (0: the first working day on or after the kick-off). */
  dateAt(index: number): string {
    while (this.dates.length <= index) {
      const date = iso(this.next);
      if (this.isWorkingDay(date)) this.dates.push(date);
      this.next += DAY_MS;
    }
    return this.dates[index];
  }

  /** The index of the first working day on or after `date` (which must not lie before the kick-off). */
  indexOnOrAfter(date: string): number {
    let index = 0;
    while (this.dateAt(index) < date) index++;
    return index;
  }
}
