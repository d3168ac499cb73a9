/**
 * ISO 8601 durations as MSPDI writes and reads them: minutes to `PT…H…M…S` to the millisecond,
 * and back from any mix of days, hours, minutes and seconds, with fractions.
 */
import { describe, expect, it } from 'vitest';
import { durationOfMinutes, minutesOfDuration } from '../../../src/lib/export/mspdi-format.ts';

describe('durationOfMinutes', () => {
  it('writes hours, minutes and seconds to the millisecond', () => {
    expect(durationOfMinutes(480)).toBe('PT8H0M0S');
    expect(durationOfMinutes(0)).toBe('PT0H0M0S');
    // 59.04 minutes: 59 minutes and 2.4 seconds.
    expect(durationOfMinutes(59.04)).toBe('PT0H59M2.4S');
    // 1,500 minutes: 25 hours (no days); 61.5 minutes: 1 hour, 1 minute and 30 seconds.
    expect(durationOfMinutes(1500)).toBe('PT25H0M0S');
    expect(durationOfMinutes(61.5)).toBe('PT1H1M30S');
    // A thousandth of a second is kept, less is rounded: 0.0000001 minutes is 6 microseconds.
    expect(durationOfMinutes(1 / 60_000)).toBe('PT0H0M0.001S');
    expect(durationOfMinutes(0.0000001)).toBe('PT0H0M0S');
  });
});

describe('minutesOfDuration', () => {
  it('reads days, hours, minutes and seconds, whole or with fractions, around white space', () => {
    expect(minutesOfDuration('PT8H0M0S')).toBe(480);
    expect(minutesOfDuration('PT0H59M2.4S')).toBeCloseTo(59.04, 10);
    expect(minutesOfDuration('P1DT2H30M30S')).toBe(1440 + 150 + 0.5);
    expect(minutesOfDuration('P2D')).toBe(2880);
    expect(minutesOfDuration('P0.5D')).toBe(720);
    expect(minutesOfDuration('PT1.5H')).toBe(90);
    expect(minutesOfDuration('PT12.25M')).toBe(12.25);
    expect(minutesOfDuration('PT90S')).toBe(1.5);
    expect(minutesOfDuration(' PT1H ')).toBe(60);
  });

  it('gives undefined for text that is no such duration, the bare P and PT included', () => {
    for (const text of ['', 'P', 'PT', ' PT ', 'PT8', 'T8H', 'xPT8H', 'PT8Hx', 'PT8H0M0S0', 'P1H', 'PT1D', 'PT1.H', 'PT.5H', 'PT-1H', '8H'])
      expect(minutesOfDuration(text), text).toBeUndefined();
  });
});
