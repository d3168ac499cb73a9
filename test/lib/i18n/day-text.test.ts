import { afterEach, describe, expect, it } from 'vitest';
import { dayFormatter } from '../../../src/lib/i18n/day-text.ts';
import { formatDate } from '../../../src/lib/format-date.ts';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('dayFormatter', () => {
  it('writes a day with the names of the language', () => {
    const german = dayFormatter('de-DE', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(german('2027-03-01')).toBe('1. März 2027');
    expect(german('2028-02-29')).toBe('29. Februar 2028');
  });

  it('keeps the calendar day in every time zone of the machine', () => {
    const english = dayFormatter('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'Europe/Berlin']) {
      process.env.TZ = tz;
      expect(english('2027-01-01'), tz).toBe('Friday, 1 January 2027');
      expect(english('2027-10-31'), tz).toBe('Sunday, 31 October 2027');
    }
  });

  it('refuses what is not a calendar day, naming it', () => {
    const german = dayFormatter('de-DE', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(() => german('2027-02-30')).toThrow('2027-02-30');
    expect(() => german('')).toThrow('not a calendar date');
  });
});

describe('formatDate', () => {
  it('writes the day as readers of each language read it', () => {
    expect(formatDate('2027-02-01', 'de')).toBe('1. Feb. 2027');
    expect(formatDate('2027-12-24', 'de')).toBe('24. Dez. 2027');
    expect(formatDate('2027-02-01', 'en')).toBe('1 Feb 2027');
    expect(formatDate('2027-06-14', 'en')).toBe('14 Jun 2027');
  });
});
