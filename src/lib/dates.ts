/**
 * Calendar days as integers (days since 1970-01-01, UTC). Scheduling works on whole days
 * without time zones, so plain integers are both the fastest and the least surprising model.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; returns undefined for malformed or impossible dates (2027-02-30). */
export function parseIsoDay(text: string): Day | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** Like parseIsoDay, for input that has already been validated. */
export function toDay(text: string): Day {
  const day = parseIsoDay(text);
  if (day === undefined) throw new Error(`not a calendar date: ${text}`);
  return day;
}

export function formatIsoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
