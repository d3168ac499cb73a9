import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../src/lib/calendar/working-calendar.ts';
import { isKnownRegion, publicHolidays } from '../../../src/lib/calendar/public-holidays.ts';
import { formatIsoDay, toDay } from '../../../src/lib/dates.ts';

const calendar = (region: string, extra: Record<string, unknown> = {}) =>
  createWorkingCalendar({ region, workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], ...extra }, '2027-01-01');

describe('working calendar (rule 1)', () => {
  it('knows Bavaria’s Fronleichnam and Allerheiligen, which Berlin works on', () => {
    const bavaria = calendar('DE-BY');
    const berlin = calendar('DE-BE');
    for (const day of ['2027-05-27', '2027-11-01', '2027-01-06']) {
      expect(bavaria.isWorkingDay(toDay(day)), day).toBe(false);
      expect(berlin.isWorkingDay(toDay(day)), day).toBe(true);
    }
  });

  it('knows Saxony’s Buß- und Bettag, which in Bavaria is a school holiday only', () => {
    expect(calendar('DE-SN').isWorkingDay(toDay('2027-11-17'))).toBe(false);
    expect(calendar('DE-BY').isWorkingDay(toDay('2027-11-17'))).toBe(true);
  });

  it('counts only full-day statutory holidays (not 24 Dec afternoon, not observances)', () => {
    const germany = calendar('DE');
    expect(germany.isWorkingDay(toDay('2027-12-24'))).toBe(true);
    expect(germany.isWorkingDay(toDay('2027-12-31'))).toBe(true);
    expect(germany.isWorkingDay(toDay('2027-10-04'))).toBe(true);
    expect(germany.isWorkingDay(toDay('2027-10-03'))).toBe(false); // a Sunday anyway
    expect([...publicHolidays('DE', 2027)].map(formatIsoDay)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-17',
      '2027-10-03',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('handles Austria and Swiss cantons', () => {
    expect(calendar('AT').isWorkingDay(toDay('2027-12-08'))).toBe(false); // Mariä Empfängnis
    expect(calendar('CH-ZH').isWorkingDay(toDay('2027-08-02'))).toBe(true);
    expect(calendar('CH-ZH').isWorkingDay(toDay('2027-05-06'))).toBe(false); // Auffahrt
  });

  it('adds extra holidays and closures and uses the plan’s workdays', () => {
    const plan = calendar('DE', {
      holidays: [{ date: '2027-03-03', label: 'Betriebsausflug' }],
      closures: [{ from: '2027-08-09', to: '2027-08-13', label: 'Betriebsferien' }],
      workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    });
    expect(plan.isWorkingDay(toDay('2027-03-03'))).toBe(false);
    expect(plan.nonWorkingReason(toDay('2027-03-03'))).toEqual({ reason: 'holiday', label: 'Betriebsausflug' });
    expect(plan.isWorkingDay(toDay('2027-08-11'))).toBe(false);
    expect(plan.isWorkingDay(toDay('2027-08-14'))).toBe(true); // a Saturday, a workday here
    expect(plan.isWorkingDay(toDay('2027-08-15'))).toBe(false);
  });

  it('shifts by working days in both directions', () => {
    const bavaria = calendar('DE-BY');
    expect(formatIsoDay(bavaria.shiftWorkingDays(toDay('2027-05-26'), 1))).toBe('2027-05-28');
    expect(formatIsoDay(bavaria.shiftWorkingDays(toDay('2027-05-28'), -1))).toBe('2027-05-26');
    expect(formatIsoDay(bavaria.shiftWorkingDays(toDay('2027-01-04'), -3))).toBe('2026-12-29');
  });

  it('walks over a closure of six years to the first working day after it, and back', () => {
    // 1 January 2027 (a Friday, New Year) + 2,192 days (six years, two of them leap years) is
    // Saturday 1 January 2033: the first working day after the closure is Monday 3 January.
    // Before it, New Year 2027 is a holiday and 2–3 January a weekend: Thursday 31 December 2026.
    const closed = calendar('DE', { closures: [{ from: '2027-01-04', to: '2032-12-31', label: 'Sabbatical' }] });
    expect(formatIsoDay(closed.shiftWorkingDays(toDay('2027-01-01'), 1))).toBe('2033-01-03');
    expect(formatIsoDay(closed.shiftWorkingDays(toDay('2033-01-03'), -1))).toBe('2026-12-31');
  });

  it('walks the longest offset a checklist may give in a calendar of one working day a week, there and back', () => {
    // 3,653 Mondays, less the holidays among them, are some seventy years: the walk must not stop
    // short where a walk of ten years of days would.
    const mondays = calendar('DE', { workdays: ['mon'] });
    const start = toDay('2027-03-01');
    const end = mondays.shiftWorkingDays(start, 3653);
    let between = 0;
    for (let day = start + 1; day <= end; day++) if (mondays.isWorkingDay(day)) between++;
    expect(between).toBe(3653);
    expect(mondays.isWorkingDay(end)).toBe(true);
    expect(mondays.shiftWorkingDays(end, -3653)).toBe(start);
  });

  it('gives up, inside the closure, on a walk that meets no working day for thirty years', () => {
    const closed = calendar('DE', { closures: [{ from: '2027-01-04', to: '2056-12-31', label: 'Closed' }] });
    const end = closed.shiftWorkingDays(toDay('2027-01-01'), 1);
    expect(end).toBeGreaterThan(toDay('2027-01-04'));
    expect(end).toBeLessThan(toDay('2056-12-31'));
    expect(closed.isWorkingDay(end)).toBe(false);
  });

  it('ends its range ten years after the kick-off, with that year’s holidays, and still answers beyond it', () => {
    // Kick-off Tuesday 2 March 2027: the horizon is Monday 2 March 2037, an ordinary working day
    // in Germany. New Year 2037 falls on a Thursday, in the horizon's own year.
    const germany = createWorkingCalendar({ region: 'DE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, '2027-03-02');
    expect(formatIsoDay(germany.horizon)).toBe('2037-03-02');
    expect(germany.days.slice(-3).map(formatIsoDay)).toEqual(['2037-02-26', '2037-02-27', '2037-03-02']);
    expect(germany.isWorkingDay(toDay('2037-03-02'))).toBe(true);
    expect(germany.isWorkingDay(toDay('2037-01-01'))).toBe(false);
    expect(germany.days.map(formatIsoDay)).not.toContain('2037-01-01');
    // Past the horizon: Tuesday 3 and Wednesday 4 March 2037 are working days, Saturday 7 is not.
    expect(germany.isWorkingDay(toDay('2037-03-04'))).toBe(true);
    expect(germany.isWorkingDay(toDay('2037-03-07'))).toBe(false);
    expect(formatIsoDay(germany.shiftWorkingDays(toDay('2037-03-02'), 2))).toBe('2037-03-04');
  });

  it('finds the working day on or after and on or before a day', () => {
    // Bavaria, January 2027: New Year on Friday 1st, Epiphany on Wednesday 6th.
    const bavaria = calendar('DE-BY');
    const dayOf = (index: number) => formatIsoDay(bavaria.days[index]);
    expect(bavaria.indexOnOrBefore(toDay('2027-01-03'))).toBe(-1);
    expect(dayOf(bavaria.indexOnOrBefore(toDay('2027-01-04')))).toBe('2027-01-04');
    expect(dayOf(bavaria.indexOnOrBefore(toDay('2027-01-06')))).toBe('2027-01-05');
    expect(dayOf(bavaria.indexOnOrAfter(toDay('2027-01-06')))).toBe('2027-01-07');
    expect(dayOf(bavaria.indexOnOrBefore(toDay('2027-01-10')))).toBe('2027-01-08');
    expect(dayOf(bavaria.indexOnOrAfter(toDay('2027-01-09')))).toBe('2027-01-11');
    expect(bavaria.indexOnOrAfter(bavaria.horizon + 1)).toBe(bavaria.days.length);
  });

  it('numbers the working days before the kick-off below 0, so that counts across it hold', () => {
    // Kick-off on New Year's Day 2027; Bavaria rests on 25 and 26 December, works on the 24th.
    const bavaria = calendar('DE-BY');
    const index = (day: string) => [bavaria.indexOnOrAfter(toDay(day)), bavaria.indexOnOrBefore(toDay(day))];
    expect(index('2026-12-31')).toEqual([-1, -1]);
    expect(index('2026-12-28')).toEqual([-4, -4]);
    // Christmas and the weekend after it: the Monday after, the Thursday before.
    expect(index('2026-12-25')).toEqual([-4, -5]);
    expect(index('2026-12-27')).toEqual([-4, -5]);
    expect(index('2026-12-24')).toEqual([-5, -5]);
    expect(index('2026-12-23')).toEqual([-6, -6]);
    // From the kick-off to the first working day of the range: the index before is the last working day of 2026.
    expect(index('2027-01-01')).toEqual([0, -1]);
    expect(index('2027-01-04')).toEqual([0, 0]);
    // And back from an index to its day, on both sides of the kick-off.
    const dayAt = (at: number) => formatIsoDay(bavaria.dayAt(at)!);
    expect([-6, -5, -4, -1, 0, 1].map(dayAt)).toEqual(['2026-12-23', '2026-12-24', '2026-12-28', '2026-12-31', '2027-01-04', '2027-01-05']);
    for (const day of ['2026-01-02', '2026-12-24', '2027-01-04']) expect(dayAt(bavaria.indexOnOrAfter(toDay(day)))).toBe(day);
    expect(bavaria.dayAt(bavaria.days.length)).toBeUndefined();
    // Six working days from 23 to 31 December, whichever way they are counted.
    expect(bavaria.indexOnOrBefore(toDay('2026-12-31')) - bavaria.indexOnOrAfter(toDay('2026-12-23')) + 1).toBe(6);
    // A year back: 2026 has 261 weekdays, 9 of them Bavarian holidays (New Year, Epiphany, Good
    // Friday, Easter Monday, 1 May, Ascension, Whit Monday, Corpus Christi, Christmas Day).
    expect(bavaria.indexOnOrAfter(toDay('2026-01-02'))).toBe(-252);
  });

  it('counts the working days of a whole year and across the turn of the year, by hand', () => {
    // Bavaria 2027: 261 weekdays; on weekdays fall New Year (Fri), Epiphany (Wed), Good Friday,
    // Easter Monday, Ascension, Whit Monday, Corpus Christi and All Saints' (Mon): 253 working days.
    const inYear = (days: readonly number[], year: string) => days.filter((day) => formatIsoDay(day).startsWith(year)).length;
    const bavaria = createWorkingCalendar({ region: 'DE-BY', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, '2026-12-21');
    expect(inYear(bavaria.days, '2027')).toBe(253);
    expect(bavaria.days.slice(0, 12).map(formatIsoDay)).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-04',
      '2027-01-05',
      '2027-01-07',
      '2027-01-08',
    ]);
    // A week of closure in August takes five more. Berlin has no Epiphany, Corpus Christi or All
    // Saints' but International Women's Day (Monday 8 March): two more than Bavaria.
    const closed = createWorkingCalendar(
      { region: 'DE-BY', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], closures: [{ from: '2027-08-09', to: '2027-08-13', label: 'Betriebsferien' }] },
      '2026-12-21',
    );
    expect(inYear(closed.days, '2027')).toBe(248);
    const berlin = createWorkingCalendar({ region: 'DE-BE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, '2027-01-01');
    expect(inYear(berlin.days, '2027')).toBe(255);
    // Every day of the range answers as the list says, the first and the last included.
    const listed = new Set(bavaria.days);
    for (let day = bavaria.kickoff; day <= bavaria.horizon; day++) expect(bavaria.isWorkingDay(day), formatIsoDay(day)).toBe(listed.has(day));
  });

  it('tells known from unknown regions', () => {
    expect(isKnownRegion('DE-BY')).toBe(true);
    expect(isKnownRegion('CH-ZH')).toBe(true);
    expect(isKnownRegion('DE-XX')).toBe(false);
    expect(isKnownRegion('QQ')).toBe(false);
  });

  it('knows exactly the countries and states the holiday library lists', () => {
    const library = new Holidays();
    const countries = Object.keys(library.getCountries() ?? {});
    expect(countries.length).toBeGreaterThan(150);
    for (const country of countries) {
      expect(isKnownRegion(country), country).toBe(true);
      const states = Object.keys(library.getStates(country) ?? {});
      for (const state of states) expect(isKnownRegion(`${country}-${state}`), `${country}-${state}`).toBe(true);
      // Neighbours of real codes that the library does not list.
      for (const state of ['ZZ', 'X1']) if (!states.includes(state)) expect(isKnownRegion(`${country}-${state}`), `${country}-${state}`).toBe(false);
    }
    for (const region of ['de', 'DE-by', 'toString', 'DE-toString', '__proto__', 'DE-constructor', '']) expect(isKnownRegion(region), region).toBe(false);
  });
});
