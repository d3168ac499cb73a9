/**
 * ISO 8601 durations as MSPDI writes and reads them: minutes to `PT…H…M…S` in whole seconds,
 * and back from any mix of days, hours, minutes and seconds, with fractions.
 */
import { describe, expect, it } from 'vitest';
import { durationOfMinutes, minutesOfDuration, splitWhole } from '../../../src/lib/export/mspdi-format.ts';

describe('durationOfMinutes', () => {
  const cases: [minutes: number, expected: string][] = [
    [480, 'PT8H0M0S'],
    [0, 'PT0H0M0S'],
    // 1,500 minutes: 25 hours (no days); 61.5 minutes: 1 hour, 1 minute and 30 seconds.
    [1500, 'PT25H0M0S'],
    [61.5, 'PT1H1M30S'],
    // A hundredth of a person-day is 4.8 minutes: whole seconds keep it exact.
    [0.01 * 480, 'PT0H4M48S'],
    // Binary rounding errors of person-days at a capacity: whole seconds, never 7H59M59.999S.
    [(1.3 * 480 * 0.7) / 1.3, 'PT5H36M0S'],
    [479.99998, 'PT8H0M0S'],
    // 59.04 minutes are 59 minutes and 2.4 seconds: rounded to 2 seconds.
    [59.04, 'PT0H59M2S'],
    [59.99, 'PT0H59M59S'],
    [1 / 60_000, 'PT0H0M0S'],
  ];
  it.each(cases)('%d minutes are %s', (minutes, expected) => {
    expect(durationOfMinutes(minutes)).toBe(expected);
  });
});

describe('splitWhole', () => {
  const cases: [total: number, shares: number[], expected: number[]][] = [
    // 8 hours of work at capacities 0.6 and 0.7: 13,292.3 and 15,507.7 seconds; the second gets the last one.
    [28_800, [0.6, 0.7], [13_292, 15_508]],
    [28_800, [0.5, 1], [9600, 19_200]],
    // Equal remainders: the earlier first.
    [10, [1, 1, 1], [4, 3, 3]],
    [2, [1, 1, 1], [1, 1, 0]],
    [7, [1], [7]],
    [0, [0.5, 0.5], [0, 0]],
    [5, [0, 0], [0, 0]],
    [5, [], []],
  ];
  it.each(cases)('%i in shares %j is %j', (total, shares, expected) => {
    const parts = splitWhole(total, shares);
    expect(parts).toEqual(expected);
    if (shares.some((share) => share > 0)) expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
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
