/**
 * Day numbers and `YYYY-MM-DD` both ways, against JavaScript's own Date (an independent
 * implementation of the proleptic Gregorian calendar) for every day of five centuries and for
 * the turns of the era, plus impossible and malformed texts.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDay, isoWeekday, parseIsoDay, yearOf } from '../../src/lib/dates.ts';

/** The day number of a date by Date, which reads years 0-99 as 19xx unless set with setUTCFullYear. */
function oracleDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / 86_400_000;
}
const oracleText = (day: number) => {
  const date = new Date(day * 86_400_000);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
};

describe('day numbers', () => {
  it('agree with Date on every day from 1850 to 2350, both ways', () => {
    const first = oracleDay(1850, 1, 1);
    const last = oracleDay(2350, 12, 31);
    for (let day = first; day <= last; day++) {
      const text = oracleText(day);
      if (formatIsoDay(day) !== text) expect(formatIsoDay(day)).toBe(text);
      if (parseIsoDay(text) !== day) expect(parseIsoDay(text), text).toBe(day);
    }
  });

  it('agree with Date at the ends of the range of four-digit years', () => {
    for (const [year, month, day] of [
      [0, 1, 1],
      [0, 2, 29],
      [1, 1, 1],
      [99, 12, 31],
      [100, 3, 1],
      [1582, 10, 10],
      [9999, 12, 31],
    ]) {
      const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      expect(parseIsoDay(text), text).toBe(oracleDay(year, month, day));
      expect(formatIsoDay(oracleDay(year, month, day))).toBe(text);
    }
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('1969-12-31')).toBe(-1);
  });

  it('refuse dates that do not exist, and malformed texts', () => {
    for (const text of [
      '2027-02-29',
      '2100-02-29',
      '1900-02-29',
      '2027-02-30',
      '2027-04-31',
      '2027-06-31',
      '2027-09-31',
      '2027-11-31',
      '2027-13-01',
      '2027-00-10',
      '2027-01-00',
      '2027-01-32',
      '2027-1-05',
      '2027-01-5',
      '27-01-05',
      '2027/01/05',
      '2027-01-05 ',
      ' 2027-01-05',
      '2027-01-05T00:00',
      '20a7-01-05',
      '2027-0x-05',
      '2027-01-0.',
      '+2027-01-0',
      '-027-01-05',
      '',
    ]) {
      expect(parseIsoDay(text), text).toBeUndefined();
    }
    for (const text of ['2028-02-29', '2000-02-29', '2400-02-29', '2027-04-30', '2027-12-31']) expect(parseIsoDay(text), text).toBeDefined();
  });

  it('name the weekday and the year', () => {
    expect(isoWeekday(parseIsoDay('2027-01-04') as number)).toBe(0); // a Monday
    expect(isoWeekday(parseIsoDay('1969-12-28') as number)).toBe(6); // a Sunday, before day 0
    expect(yearOf(parseIsoDay('2027-12-31') as number)).toBe(2027);
    expect(yearOf(parseIsoDay('2028-01-01') as number)).toBe(2028);
  });
});
