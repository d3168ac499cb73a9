import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Plan } from '../schema/plan.ts';
import type { Schedule, ScheduleResult } from './schedule-plan.ts';

/**
 * A schedule result as text and back, for the schedule cache. Everything but the working
 * calendar is data; the calendar is rebuilt from the plan when first asked for (it depends on
 * nothing else), so that reading a cached result needs no holiday computation. Booked shares are
 * written per person as [index, share] pairs of the days that carry any. Numbers JSON cannot
 * hold (NaN, ±Infinity, and -0, which it writes as 0) are written as tagged strings.
 */
export function encodeScheduleResult(result: ScheduleResult): string {
  if (!result.ok) return JSON.stringify(result, writeNumber);
  // The calendar is left out: it is rebuilt from the plan.
  const { calendar: _calendar, booked, ...rest } = result.schedule;
  const encoded = { ok: true, schedule: { ...rest, booked: booked.map(sparseRow) } };
  return JSON.stringify(encoded, writeNumber);
}

/** The result written by `encodeScheduleResult` for `plan`; undefined when the text is not one. */
export function decodeScheduleResult(text: string, plan: Plan): ScheduleResult | undefined {
  let value: unknown;
  try {
    // The reviver costs as much as the parse itself; only texts with a tagged number need it.
    value = text.includes(ESCAPED_TAG) ? JSON.parse(text, readNumber) : JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (value.ok === false) return Array.isArray(value.findings) ? (value as ScheduleResult) : undefined;
  const encoded = value.schedule;
  if (value.ok !== true || !isObject(encoded) || !Array.isArray(encoded.tasks) || !Array.isArray(encoded.booked)) return undefined;
  const { booked: sparse, ...rest } = encoded as { booked: SparseRow[] } & Record<string, unknown>;
  // Built when first asked for: validation reads only the findings.
  let calendar: WorkingCalendar | undefined;
  let booked: Float64Array[] | undefined;
  const schedule = Object.defineProperties(rest, {
    calendar: { enumerable: true, get: () => (calendar ??= createWorkingCalendar(plan.calendar, plan.kickoff)) },
    booked: { enumerable: true, get: () => (booked ??= sparse.map(denseRow)) },
  });
  return { ok: true, schedule: schedule as unknown as Schedule };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A row of booked shares: its length and the [index, share] pairs of the days that carry any. */
interface SparseRow {
  length: number;
  shares: [number, number][];
}

function sparseRow(row: Float64Array): SparseRow {
  const shares: [number, number][] = [];
  row.forEach((share, index) => {
    if (share !== 0) shares.push([index, share]);
  });
  return { length: row.length, shares };
}

function denseRow({ length, shares }: SparseRow): Float64Array {
  const row = new Float64Array(length);
  for (const [index, share] of shares) row[index] = share;
  return row;
}

const NUMBER_TAG = '\u0000number:';
/** The tag as it stands in JSON text. */
const ESCAPED_TAG = JSON.stringify(NUMBER_TAG).slice(1, -1);

function writeNumber(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Object.is(value, -0)) return `${NUMBER_TAG}-0`;
  return Number.isFinite(value) ? value : `${NUMBER_TAG}${value}`;
}

function readNumber(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.startsWith(NUMBER_TAG) ? Number(value.slice(NUMBER_TAG.length)) : value;
}
