import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Holidays from 'date-holidays';
import { parseIsoDay, yearOf, type Day } from '../dates.ts';

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
 * alone, which loads in a fraction of that time. The engine the package wraps around its data
 * (date-holidays-parser, the very copy the package itself loads) is given that same data:
 * loading the package would load the data a second time, as a module.
 */
const require = createRequire(import.meta.url);
/** Loads modules as the date-holidays package does: its engine is the one its data was made for. */
let dataRequire: NodeJS.Require | undefined;
const requireFromData = () => (dataRequire ??= createRequire(require.resolve('date-holidays/package.json')));

/** The versions of the holiday data and of its engine: what every holiday depends on besides the code. */
export function holidaySourceVersions(): string[] {
  const version = (load: NodeJS.Require, name: string) => (load(`${name}/package.json`) as { version: string }).version;
  return [version(require, 'date-holidays'), version(requireFromData(), 'date-holidays-parser')];
}
/** The engine's class (its instances are what the date-holidays package's are). */
type HolidayEngine = new (data: object, country: string, state: string) => Holidays;
let engine: HolidayEngine | undefined;
const engines = new Map<string, Holidays | undefined>();
const cache = new Map<string, Map<Day, string>>();

interface RegionData {
  holidays: Record<string, { states?: Record<string, unknown>; regions?: Record<string, unknown> }>;
}
let regionData: RegionData | undefined;
/** The library's data, read once: for region checks and as the engine's data. */
const loadedRegionData = () => (regionData ??= readRegionData());

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
  const data = loadedRegionData();
  const [country, state] = splitRegion(region);
  if (!Object.hasOwn(data.holidays, country)) return false;
  if (state === undefined) return true;
  const { states, regions } = data.holidays[country];
  const subdivisions = states ?? regions;
  return subdivisions !== undefined && Object.hasOwn(subdivisions, state);
}

function engineFor(region: string): Holidays | undefined {
  if (!engines.has(region)) {
    const [country, state] = splitRegion(region);
    engine ??= (requireFromData()('date-holidays-parser') as { default: HolidayEngine }).default;
    engines.set(region, isKnownRegion(region) ? new engine(loadedRegionData(), country, state ?? '') : undefined);
  }
  return engines.get(region);
}

const listed = new Map<string, ReturnType<Holidays['getHolidays']>>();

/** The library's holidays of `region` in `year`, all types; each year is read for itself and for the next. */
function libraryHolidays(region: string, year: number) {
  const key = `${region}:${year}`;
  let holidays = listed.get(key);
  if (holidays === undefined) listed.set(key, (holidays = engineFor(region)?.getHolidays(year) ?? []));
  return holidays;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The days a statutory holiday takes off, as `[first, count]`: whole days from the date it is named
 * for (none for a half day). The library gives each holiday a start and an end; a holiday that starts in the middle of its
 * day (Christmas Eve from 14:00) takes none. Holidays of the Islamic and Hebrew calendars begin at
 * sunset the evening before (the date reads `… 00:00:00 -0600`) and last until sunset, so they are
 * counted in days of their length rather than by the midnights they cover. An hour is allowed for
 * the night the clocks change (a day of 23 hours still counts), not more: Turkey's 90 hours of
 * Ramazan Bayramı are three days off.
 */
function daysOff(holiday: { date: string; start: Date; end: Date }): [Day, number] | undefined {
  if (holiday.date.slice(11, 19) !== '00:00:00') return undefined;
  const first = parseIsoDay(holiday.date.slice(0, 10));
  const count = Math.floor((holiday.end.getTime() - holiday.start.getTime() + HOUR_MS) / DAY_MS);
  return first === undefined ? undefined : [first, count];
}

/**
 * The public holidays of `region` in `year`, day number → name; computed once per region and year.
 * A holiday that lasts several days marks each of them, also those in the next year (Eswatini's
 * Incwala from 28 December for six days); a day keeps the name of the holiday that begins on it
 * before one that continues over it.
 */
export function publicHolidayNames(region: string, year: number): ReadonlyMap<Day, string> {
  const key = `${region}:${year}`;
  let days = cache.get(key);
  if (days) return days;
  days = new Map<Day, string>();
  const continued: [Day, string][] = [];
  for (const holidayYear of [year - 1, year]) {
    for (const holiday of libraryHolidays(region, holidayYear)) {
      const off = holiday.type === 'public' ? daysOff(holiday) : undefined;
      if (off === undefined) continue;
      const [first, count] = off;
      for (let day = first; day < first + count; day++) {
        if (yearOf(day) !== year) continue;
        if (day !== first) continued.push([day, holiday.name]);
        else if (!days.has(day)) days.set(day, holiday.name);
      }
    }
  }
  for (const [day, name] of continued) if (!days.has(day)) days.set(day, name);
  days = new Map([...days].sort(([a], [b]) => a - b));
  cache.set(key, days);
  return days;
}

/** The public holidays of `region` in `year`, as day numbers. */
export function publicHolidays(region: string, year: number): ReadonlySet<Day> {
  return new Set(publicHolidayNames(region, year).keys());
}
