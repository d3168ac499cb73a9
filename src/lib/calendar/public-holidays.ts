import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Holidays from 'date-holidays';
import { parseIsoDay, type Day } from '../dates.ts';

/**
 * Statutory full-day public holidays from the date-holidays library (data CC BY-SA 3.0).
 * Observances, bank and school holidays, optional days and half days (24 Dec from 14:00)
 * are not non-working days by law, so they are left out. Note: in Bavaria, Mariä Himmelfahrt
 * is a holiday only in municipalities with a Catholic majority; the library lists it as an
 * observance for the state as a whole, so plans for such towns add it in `calendar.holidays`.
 *
 * The library is loaded when a holiday is first asked for, not with this module: its rules
 * engine (lunar calendars, time zones) takes a good tenth of a second to load, and a run whose
 * schedules all come from the cache never asks. Whether a region exists is read from its data
 * alone, which loads in a fraction of that time.
 */
const require = createRequire(import.meta.url);
let library: typeof Holidays | undefined;
const engines = new Map<string, Holidays | undefined>();
const cache = new Map<string, Map<Day, string>>();

interface RegionData {
  holidays: Record<string, { states?: Record<string, unknown>; regions?: Record<string, unknown> }>;
}
let regionData: RegionData | undefined;

/**
 * The library's data as the JSON file it ships (`data/holidays.json`): parsing it takes about half
 * the time of loading the same data as a module (`date-holidays/data`), which is the fallback.
 */
function readRegionData(): RegionData {
  try {
    const folder = path.dirname(require.resolve('date-holidays/package.json'));
    return JSON.parse(readFileSync(path.join(folder, 'data', 'holidays.json'), 'utf8')) as RegionData;
  } catch {
    return (require('date-holidays/data') as { data: RegionData }).data;
  }
}

function splitRegion(region: string): [string, string | undefined] {
  const [country, state] = region.split('-');
  return [country, state];
}

/**
 * True when date-holidays knows the ISO 3166 country or country subdivision: a country of its
 * data, and a state (or, for countries that have no states, a region) of that country, as the
 * library's own `getCountries` and `getStates` answer.
 */
export function isKnownRegion(region: string): boolean {
  regionData ??= readRegionData();
  const [country, state] = splitRegion(region);
  if (!Object.hasOwn(regionData.holidays, country)) return false;
  if (state === undefined) return true;
  const { states, regions } = regionData.holidays[country];
  const subdivisions = states ?? regions;
  return subdivisions !== undefined && Object.hasOwn(subdivisions, state);
}

function engineFor(region: string): Holidays | undefined {
  if (!engines.has(region)) {
    const [country, state] = splitRegion(region);
    library ??= require('date-holidays') as typeof Holidays;
    engines.set(region, isKnownRegion(region) ? new library(country, state ?? '') : undefined);
  }
  return engines.get(region);
}

const FULL_DAY_MS = 23 * 3_600_000; // at least 23 h: a day that loses an hour to DST still counts

/** The public holidays of `region` in `year`, day number → name; computed once per region and year. */
export function publicHolidayNames(region: string, year: number): ReadonlyMap<Day, string> {
  const key = `${region}:${year}`;
  let days = cache.get(key);
  if (days) return days;
  days = new Map<Day, string>();
  for (const holiday of engineFor(region)?.getHolidays(year) ?? []) {
    const fullDay = holiday.date.slice(11) === '00:00:00' && holiday.end.getTime() - holiday.start.getTime() >= FULL_DAY_MS;
    if (holiday.type !== 'public' || !fullDay) continue;
    const day = parseIsoDay(holiday.date.slice(0, 10));
    if (day !== undefined && !days.has(day)) days.set(day, holiday.name);
  }
  cache.set(key, days);
  return days;
}

/** The public holidays of `region` in `year`, as day numbers. */
export function publicHolidays(region: string, year: number): ReadonlySet<Day> {
  return new Set(publicHolidayNames(region, year).keys());
}
