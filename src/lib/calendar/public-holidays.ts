import Holidays from 'date-holidays';
import { parseIsoDay, type Day } from '../dates.ts';

/**
 * Statutory full-day public holidays from the date-holidays library (data CC BY-SA 3.0).
 * Observances, bank and school holidays, optional days and half days (24 Dec from 14:00)
 * are not non-working days by law, so they are left out. Note: in Bavaria, Mariä Himmelfahrt
 * is a holiday only in municipalities with a Catholic majority; the library lists it as an
 * observance for the state as a whole, so plans for such towns add it in `calendar.holidays`.
 */
const engines = new Map<string, Holidays | undefined>();
const cache = new Map<string, Map<Day, string>>();
const knownRegions = new Map<string, boolean>();
let known: Holidays | undefined;

function splitRegion(region: string): [string, string | undefined] {
  const [country, state] = region.split('-');
  return [country, state];
}

/** True when date-holidays knows the ISO 3166 country or country subdivision; asked once per region (the library lists every country anew on each call). */
export function isKnownRegion(region: string): boolean {
  let answer = knownRegions.get(region);
  if (answer === undefined) {
    answer = lookUpRegion(region);
    knownRegions.set(region, answer);
  }
  return answer;
}

function lookUpRegion(region: string): boolean {
  known ??= new Holidays();
  const [country, state] = splitRegion(region);
  const countries = known.getCountries() ?? {};
  if (!(country in countries)) return false;
  if (state === undefined) return true;
  return state in (known.getStates(country) ?? {});
}

function engineFor(region: string): Holidays | undefined {
  if (!engines.has(region)) {
    const [country, state] = splitRegion(region);
    engines.set(region, isKnownRegion(region) ? new Holidays(country, state ?? '') : undefined);
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
