import { describe, expect, it } from 'vitest';
import { publicHolidayNames } from '../../../src/lib/calendar/public-holidays.ts';
import { createWorkingCalendar } from '../../../src/lib/calendar/working-calendar.ts';
import { toDay } from '../../../src/lib/dates.ts';

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
