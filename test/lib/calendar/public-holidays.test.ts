import { describe, expect, it } from 'vitest';
import { publicHolidayNames } from '../../../src/lib/calendar/public-holidays.ts';
import { createWorkingCalendar } from '../../../src/lib/calendar/working-calendar.ts';
import { formatIsoDay, toDay } from '../../../src/lib/dates.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('public holidays: whole days only', () => {
  it('leaves out statutory half days that start at noon or in the afternoon', () => {
    // Solothurn's Labour Day is a holiday from noon (Monday 1 May 2028); Iceland's Christmas Eve
    // from 13:00 (Friday 24 December 2027); Kentucky's Good Friday from 14:00 (26 March 2027).
    expect(publicHolidayNames('CH-SO', 2028).has(toDay('2028-05-01'))).toBe(false);
    expect(publicHolidayNames('IS', 2027).has(toDay('2027-12-24'))).toBe(false);
    expect(publicHolidayNames('US-KY', 2027).has(toDay('2027-03-26'))).toBe(false);
    expect(createWorkingCalendar({ region: 'CH-SO', workdays: [...weekdays] }, '2028-01-03').isWorkingDay(toDay('2028-05-01'))).toBe(true);
    // Their whole-day neighbours still count: Ascension in Solothurn, Christmas Day in Iceland.
    expect(publicHolidayNames('CH-SO', 2028).has(toDay('2028-05-25'))).toBe(true);
    expect(publicHolidayNames('IS', 2027).has(toDay('2027-12-25'))).toBe(true);
  });

  it('keeps a holiday that lasts only 23 hours because the clocks go forward that night', () => {
    // Easter Sunday 2027 is 28 March, the night summer time begins in Europe; Brandenburg keeps
    // Easter Sunday as a statutory holiday, Berlin does not.
    expect(publicHolidayNames('DE-BB', 2027).get(toDay('2027-03-28'))).toBe('Ostersonntag');
    expect(publicHolidayNames('DE-BE', 2027).has(toDay('2027-03-28'))).toBe(false);
    const sevenDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    expect(createWorkingCalendar({ region: 'DE-BB', workdays: [...sevenDays] }, '2027-01-01').isWorkingDay(toDay('2027-03-28'))).toBe(false);
    expect(createWorkingCalendar({ region: 'DE-BE', workdays: [...sevenDays] }, '2027-01-01').isWorkingDay(toDay('2027-03-28'))).toBe(true);
  });
});

describe('public holidays: those that begin at sunset, and those of several days', () => {
  const names = (region: string, year: number) => [...publicHolidayNames(region, year)].map(([day, name]) => [formatIsoDay(day), name]);

  it('counts the Hebrew and Islamic holidays, which the library dates from the evening before', () => {
    // Yom Kippur 5788 begins at sunset on Sunday 10 October 2027: Monday 11 October is the day off.
    expect(publicHolidayNames('IL', 2027).get(toDay('2027-10-11'))).toBe('יום כיפור');
    expect(publicHolidayNames('IL', 2027).has(toDay('2027-10-10'))).toBe(false);
    // Ceuta's Eid al-Adha (9 Dhu al-Hijjah) in 2024: Saturday 15 June, per the library's lunar table.
    expect(publicHolidayNames('ES-CE', 2024).has(toDay('2024-06-15'))).toBe(true);
    const sevenDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    expect(createWorkingCalendar({ region: 'IL', workdays: [...sevenDays] }, '2027-10-01').isWorkingDay(toDay('2027-10-11'))).toBe(false);
  });

  it('takes off every whole day of a holiday that lasts several, and not the part day after them', () => {
    // Türkiye's official holidays of 2024: Ramazan Bayramı 10–12 April (the library gives 90 hours
    // from sunset on the 9th, which ends at noon on the 13th) and Kurban Bayramı 16–19 June.
    const turkey = names('TR', 2024).filter(([, name]) => name.endsWith('Bayramı') && /Ramazan|Kurban/.test(name));
    expect(turkey.map(([date]) => date)).toEqual(['2024-04-10', '2024-04-11', '2024-04-12', '2024-06-16', '2024-06-17', '2024-06-18', '2024-06-19']);
    // Romania's New Year is 1 and 2 January; Moldova's Orthodox Christmas 7 and 8 January.
    expect(publicHolidayNames('RO', 2029).get(toDay('2029-01-02'))).toBe('Anul nou');
    expect(publicHolidayNames('MD', 2027).has(toDay('2027-01-08'))).toBe(true);
    expect(publicHolidayNames('MD', 2027).has(toDay('2027-01-09'))).toBe(false);
  });

  it('carries a holiday over into the next year, where a holiday that begins on a day names it', () => {
    // Eswatini's Incwala: six days from Saturday 28 December 2024, so to Thursday 2 January 2025.
    expect(publicHolidayNames('SZ', 2024).has(toDay('2025-01-01'))).toBe(false);
    expect(names('SZ', 2025).slice(0, 3)).toEqual([
      ['2025-01-01', "New Year's Day"],
      ['2025-01-02', 'Incwala'],
      ['2025-04-18', 'Good Friday'],
    ]);
    const weekdaysOnly = createWorkingCalendar({ region: 'SZ', workdays: [...weekdays] }, '2025-01-02');
    expect(weekdaysOnly.isWorkingDay(toDay('2025-01-02'))).toBe(false);
    expect(weekdaysOnly.isWorkingDay(toDay('2025-01-03'))).toBe(true);
  });

  it('names a day after the first of two holidays the library lists for it', () => {
    // In 2025 Catholic and Orthodox Easter fall on the same Sunday and Monday; Albania keeps both.
    expect(publicHolidayNames('AL', 2025).get(toDay('2025-04-20'))).toBe('Pashkët Katolike');
    expect(publicHolidayNames('AL', 2025).get(toDay('2025-04-21'))).toBe('Pashkët Katolike');
  });

  it('lists the days of a year in order', () => {
    for (const region of ['SZ', 'TR', 'RU', 'IL']) {
      const days = [...publicHolidayNames(region, 2025).keys()];
      expect(days).toEqual([...days].sort((a, b) => a - b));
    }
  });
});
