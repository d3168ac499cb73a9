/**
 * Calendar days as integers (days since 1970-01-01, UTC). Scheduling works on whole days
 * without time zones, so plain integers are both the fastest and the least surprising model.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD`; returns undefined for malformed or impossible dates (2027-02-30). */
export function parseIsoDay(text: string): Day | undefined {
  // Read by character codes: dates are parsed by the hundred thousand in a large playbook.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

const DASH = 45;
const ZERO = 48;

/** The decimal number written in `text` from `start` to `end`; -1 when any character is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar, by counting whole
 * 400-year eras (146,097 days each) from 1 March of year 0, so that the leap day ends a year
 * (H. Hinnant, "chrono-compatible low-level date algorithms").
 */
function daysFromCivil(year: number, month: number, day: number): Day {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Like parseIsoDay, for input that has already been validated. */
export function toDay(text: string): Day {
  const day = parseIsoDay(text);
  if (day === undefined) throw new Error(`not a calendar date: ${text}`);
  return day;
}

/** `YYYY-MM-DD` of a day (years 0 to 9999, as ISO 8601 writes them without a sign). */
export function formatIsoDay(day: Day): string {
  // The inverse of `daysFromCivil`; like it, with no Date object per call.
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** 0 = Monday … 6 = Sunday (ISO order, matching `mon`…`sun`). */
export function isoWeekday(day: Day): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** How many years after its kick-off a plan is scheduled: its calendar ends there. */
export const SCHEDULE_YEARS = 10;

/** The most days `SCHEDULE_YEARS` years hold (three leap days): no plan's calendar is longer. */
export const SCHEDULE_DAYS = 3653;

/** The last day a plan with this kick-off is scheduled on: the same date `SCHEDULE_YEARS` later (29 February: 1 March). */
export function scheduleHorizon(kickoff: Day): Day {
  const date = new Date(kickoff * MS_PER_DAY);
  date.setUTCFullYear(date.getUTCFullYear() + SCHEDULE_YEARS);
  return date.getTime() / MS_PER_DAY;
}
