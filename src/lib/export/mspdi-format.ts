/**
 * The parts of Microsoft Project's XML format (MSPDI) that the export writes and the import
 * reads, in one place: working time, units of durations and lags, codes of link and constraint
 * types and the custom field that carries our ids.
 */

/** One working day: 8:00–12:00 and 13:00–17:00, 480 minutes. */
export const MINUTES_PER_DAY = 480;
export const DAY_START = '08:00:00';
export const DAY_END = '17:00:00';
export const WORKING_TIMES = [
  ['08:00:00', '12:00:00'],
  ['13:00:00', '17:00:00'],
] as const;

/** Link lags are counted in tenths of a minute; `LagFormat` 7 shows them in days. */
export const LAG_UNITS_PER_DAY = MINUTES_PER_DAY * 10;
export const LAG_FORMAT_DAYS = 7;
/** `DurationFormat` 7: days. */
export const DURATION_FORMAT_DAYS = 7;

/**
 * `DurationFormat` and `LagFormat` codes of working time: 3 minutes, 5 hours, 7 days, 9 weeks,
 * 11 months, and 35 to 43 the same estimated (`?`). Of the others, those of elapsed time count
 * around the clock, 24 hours a day: 4, 6, 8, 10, 12 and 36 to 44 (estimated), and 20 and 52,
 * elapsed per cent; 19 and 51 are per cent, 21 and 53 none.
 */
export const WORKING_TIME_FORMATS: ReadonlySet<number> = new Set([3, 5, 7, 9, 11, 35, 37, 39, 41, 43]);
export const ELAPSED_FORMATS: ReadonlySet<number> = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);

/** `PredecessorLink/Type`: 0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3 start-to-start. */
export const LINK_TYPES = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' } as const;
export const FINISH_TO_START = 1;

/** `Task/Type`: 0 fixed units, 1 fixed duration, 2 fixed work. */
export const TASK_TYPE = { fixedUnits: 0, fixedDuration: 1, fixedWork: 2 } as const;

/** `Task/ConstraintType`: 0 as soon as possible, 4 start no earlier than; the others have no equivalent in a plan. */
export const CONSTRAINTS = {
  0: 'as soon as possible',
  1: 'as late as possible',
  2: 'must start on',
  3: 'must finish on',
  4: 'start no earlier than',
  5: 'start no later than',
  6: 'finish no earlier than',
  7: 'finish no later than',
} as const;
export const AS_SOON_AS_POSSIBLE = 0;
export const START_NO_EARLIER_THAN = 4;

/** The task field Text1 carries our task id, so that an export imports with the same ids. */
export const TASK_TEXT1 = 188743731;
/** The Text1 value of the task that stands for the buffer (not a valid id, so it never clashes with one). */
export const BUFFER_MARK = ':buffer';

/**
 * The longest texts MS Project's schema (mspdi_pj12.xsd, `maxLength`, counted in characters)
 * allows in the elements the export writes: the project's file name, and every other name,
 * title, code and group. MS Project refuses a file with a longer one as a whole.
 */
export const MAX_LENGTH = { projectName: 255, text: 512 } as const;

/** `Resource/Type`: 1 work; 0 material and 2 cost resources are no people. */
export const WORK_RESOURCE = 1;

/**
 * `PT8H0M0S` for 480 minutes: an ISO 8601 duration in whole seconds, as MS Project writes it.
 * Minutes from person-days and capacities carry binary rounding errors (`PT7H59M59.999S`); whole
 * seconds keep efforts to the hundredth of a person-day (4.8 minutes) exact.
 */
export function durationOfMinutes(minutes: number): string {
  return durationOfSeconds(Math.round(minutes * 60));
}

/** `PT1H1M30S` for 3,690 seconds, a whole number. */
export function durationOfSeconds(seconds: number): string {
  return `PT${Math.floor(seconds / 3600)}H${Math.floor(seconds / 60) % 60}M${seconds % 60}S`;
}

/**
 * A whole number split in proportion to the shares into whole numbers that add up to it again:
 * each gets its share rounded down, and what is left goes one by one to the largest remainders
 * (the earlier of equal ones first). All shares 0: all to none.
 */
export function splitWhole(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum <= 0) return shares.map(() => 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(Math.floor);
  const left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - parts[index] })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order.slice(0, left)) parts[index]++;
  return parts;
}

/** Minutes of an ISO 8601 duration such as `PT40H0M0S` or `PT2H24M0S`; undefined when it is no such duration. */
export function minutesOfDuration(text: string): number | undefined {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!match || text.trim() === 'P' || text.trim() === 'PT') return undefined;
  const [, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return days * 24 * 60 + hours * 60 + minutes + seconds / 60;
}
