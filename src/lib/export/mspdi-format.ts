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

/** `PT8H0M0S` for 480 minutes, `PT0H59M2.4S` for 59.04: an ISO 8601 duration as MSPDI writes it, to the millisecond. */
export function durationOfMinutes(minutes: number): string {
  const milliseconds = Math.round(minutes * 60_000);
  const wholeMinutes = Math.floor(milliseconds / 60_000);
  const seconds = (milliseconds - wholeMinutes * 60_000) / 1000;
  return `PT${Math.floor(wholeMinutes / 60)}H${wholeMinutes % 60}M${seconds}S`;
}

/** Minutes of an ISO 8601 duration such as `PT40H0M0S` or `PT2H24M0S`; undefined when it is no such duration. */
export function minutesOfDuration(text: string): number | undefined {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!match || text.trim() === 'P' || text.trim() === 'PT') return undefined;
  const [, days, hours, minutes, seconds] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return days * 24 * 60 + hours * 60 + minutes + seconds / 60;
}
