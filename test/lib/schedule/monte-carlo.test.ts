/**
 * Monte Carlo (rule 8) against oracles that share no code with it: nearest-rank percentiles of
 * numbers worked by hand, deterministic three-point estimates whose answer is known, and the
 * Beta-PERT distribution's own CDF integrated numerically in this file.
 *
 * Calendar: Germany's national holidays (DE) in 2027, kick-off Monday 1 March; the holidays in
 * reach are Good Friday 26 March, Easter Monday 29 March, Ascension 6 May and Whit Monday 17 May.
 */
import { describe, expect, it } from 'vitest';
import { percentile, runMonteCarlo } from '../../../src/lib/schedule/monte-carlo.ts';
import { preparePlan } from '../../../src/lib/schedule/prepare.ts';
import type { Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const HOLIDAYS = new Set(['2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17']);

/** The date `index` working days after Monday 1 March 2027 (index 0), by walking the calendar. */
function workingDay(index: number): string {
  let remaining = index;
  const day = new Date(Date.UTC(2027, 2, 1));
  for (;;) {
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(iso)) {
      if (remaining === 0) return iso;
      remaining--;
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

/** CDF of Beta-PERT(a, m, b) at x: the Beta(α, β) density integrated by Simpson's rule. */
function pertCdf(a: number, m: number, b: number, x: number): number {
  const alpha = 1 + (4 * (m - a)) / (b - a);
  const beta = 1 + (4 * (b - m)) / (b - a);
  const density = (u: number) => u ** (alpha - 1) * (1 - u) ** (beta - 1);
  const integrate = (to: number) => {
    const steps = 2000;
    const h = to / steps;
    let sum = density(0) + density(to);
    for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
    return (sum * h) / 3;
  };
  const u = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return integrate(u) / integrate(1);
}

const task = (result: Schedule, id: string) => result.tasks.find((candidate) => candidate.id === id)!;
const base = { kickoff: '2027-03-01', calendar: { region: 'DE' }, team: [person('p')] };

describe('nearest-rank percentile', () => {
  it('of ten sorted values: P50 is the 5th, P85 the 9th, P100 the last, P0 the first', () => {
    const values = Int32Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.85)).toBe(90);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile(values, 0)).toBe(10);
  });

  it('of one value is that value; of two, P50 is the lower', () => {
    expect(percentile(Int32Array.from([7]), 0.5)).toBe(7);
    expect(percentile(Int32Array.from([7, 9]), 0.5)).toBe(7);
    expect(percentile(Int32Array.from([7, 9]), 0.85)).toBe(9);
  });
});

describe('Monte Carlo with estimates whose outcome is certain', () => {
  // optimistic = likely = pessimistic: every run takes 5 working days, Mon 1 – Fri 5 March.
  const certain = (deadline: string) =>
    schedule({ ...base, tasks: [{ id: 'a', title: 'A', duration: { optimistic: 5, likely: 5, pessimistic: 5 }, deadline }] }, { iterations: 50 });

  it('a deadline on the finish day is met in every run, one working day earlier in none', () => {
    expect(task(certain('2027-03-05'), 'a').deadlineChance).toBe(1);
    expect(task(certain('2027-03-04'), 'a').deadlineChance).toBe(0);
  });

  it('P50 and P85 are the finish itself', () => {
    const result = certain('2027-03-05');
    expect([result.p50, result.p85, result.finish]).toEqual(['2027-03-05', '2027-03-05', '2027-03-05']);
  });
});

describe('P85 against the committed finish (boundary of the p85-after-committed warning)', () => {
  // Beta-PERT(5, 5, 7) is Beta(1, 5) on [5, 7]: a run takes 6 days or more when the draw is at
  // least 5.5, with probability (1 − 0.25)^5 = 23.7 % > 15 %, and 7 days with (0.25)^5 = 0.1 %.
  // So P85 is the 6th working day, Monday 8 March, one after the likely finish Friday 5 March.
  const plan = (buffer?: number) => ({
    ...base,
    tasks: [{ id: 'a', title: 'A', duration: { optimistic: 5, likely: 5, pessimistic: 7 } }],
    ...(buffer === undefined ? {} : { buffer: { method: 'fixed', value: buffer } }),
  });

  it('without a buffer P85 lies after the committed finish: a warning', () => {
    const result = schedule(plan(), { iterations: 2000 });
    expect([result.finish, result.committedFinish, result.p85]).toEqual(['2027-03-05', '2027-03-05', '2027-03-08']);
    expect(result.findings.map((finding) => finding.code)).toContain('p85-after-committed');
  });

  it('one buffer day puts the committed finish on P85: no warning', () => {
    const result = schedule(plan(1), { iterations: 2000 });
    expect([result.committedFinish, result.p85]).toEqual(['2027-03-08', '2027-03-08']);
    expect(result.findings.map((finding) => finding.code)).not.toContain('p85-after-committed');
  });
});

describe('Monte Carlo against the closed-form Beta-PERT distribution', () => {
  // One duration task with Beta-PERT(10, 20, 60) working days: α = 1.8, β = 4.2. A run's task
  // takes round(X) days, so it finishes on working-day index round(X) − 1, which is ≤ k exactly
  // when X < k + 1.5.
  const [a, m, b] = [10, 20, 60];
  const iterations = 20_000;
  const finishAtMost = (k: number) => pertCdf(a, m, b, k + 1.5);
  // Three and a half standard errors of a share estimated from 20,000 runs.
  const tolerance = (share: number) => 3.5 * Math.sqrt((share * (1 - share)) / iterations);

  const result = schedule(
    { ...base, tasks: [{ id: 'a', title: 'A', duration: { optimistic: a, likely: m, pessimistic: b }, deadline: workingDay(20) }] },
    { iterations },
  );

  /** The working-day indices whose closed-form CDF is, within sampling error, the percentile's. */
  function plausibleIndices(share: number): string[] {
    const indices: string[] = [];
    for (let k = 0; k < 70; k++) {
      const below = k === 0 ? 0 : finishAtMost(k - 1);
      if (finishAtMost(k) >= share - tolerance(share) && below <= share + tolerance(share)) indices.push(workingDay(k));
    }
    return indices;
  }

  it('the oracle itself: the CDF is 0 at a, 1 at b, and the median of Beta(1.8, 4.2) lies near 0.27 of the range', () => {
    expect(pertCdf(a, m, b, a)).toBe(0);
    expect(pertCdf(a, m, b, b)).toBeCloseTo(1, 9);
    // The median of Beta(α, β) is about (α − 1/3)/(α + β − 2/3) = 0.2750 for α, β ≥ 1.
    expect(pertCdf(a, m, b, a + 0.275 * (b - a))).toBeCloseTo(0.5, 2);
  });

  it('P50 and P85 lie where the closed-form CDF crosses 50 % and 85 %', () => {
    expect(plausibleIndices(0.5)).toContain(result.p50);
    expect(plausibleIndices(0.85)).toContain(result.p85);
    expect(plausibleIndices(0.5).length).toBeLessThanOrEqual(2);
  });

  it('the chance of meeting a deadline on working day 20 is P(X < 21.5)', () => {
    const expected = finishAtMost(20);
    expect(Math.abs(task(result, 'a').deadlineChance! - expected)).toBeLessThan(tolerance(expected));
  });
});

describe('runMonteCarlo, called directly', () => {
  const prepared = (tasks: unknown[], team = [person('p')]) => preparePlan(makePlan({ ...base, team, tasks }));

  it('counts every task’s finish unless told otherwise', () => {
    // Fixed estimates: a takes working days 0–2, b days 0–4; every run ends on day 4.
    const plan = prepared([
      { id: 'a', title: 'A', duration: 3 },
      { id: 'b', title: 'B', duration: 5 },
    ]);
    expect(runMonteCarlo(plan, 'seed', [Infinity, Infinity], 10)).toMatchObject({ p50: 4, p85: 4, failedRuns: 0 });
    expect(runMonteCarlo(plan, 'seed', [Infinity, Infinity], 10, 4, [true, false])).toMatchObject({ p50: 2, p85: 2 });
  });

  it('ends a run on its latest finish, also when the file’s last task finishes first', () => {
    // b takes days 0–4, a (last in the file) days 0–2: every run ends on day 4, not on a's day 2.
    const plan = prepared([
      { id: 'b', title: 'B', duration: 5 },
      { id: 'a', title: 'A', duration: 3 },
    ]);
    expect(runMonteCarlo(plan, 'seed', [Infinity, Infinity], 10)).toMatchObject({ p50: 4, p85: 4 });
  });

  it('counts a task critical only in the runs in which it has no float', () => {
    // b (days 0–4) ends every run; a (days 0–2) has two days of float in each: criticality 1 and 0.
    const plan = prepared([
      { id: 'b', title: 'B', duration: 5 },
      { id: 'a', title: 'A', duration: 3 },
    ]);
    expect(Array.from(runMonteCarlo(plan, 'seed', [Infinity, Infinity], 10).criticality)).toEqual([1, 0]);
  });

  it('runs again over the whole horizon when a draw ends after the day limit', () => {
    // Beta-PERT(1, 1, 1000) is 1 + 999 × Beta(1, 5), whose CDF is 1 − (1 − u)⁵: the median is
    // u = 1 − 0.5^(1/5) = 0.1294, 130.3 days, and P85 u = 1 − 0.15^(1/5) = 0.3160, 316.7 days.
    // Rounded to whole days, a task of n days ends on index n − 1: P50 ≈ 129, P85 ≈ 316. The
    // limit is max(260, 3 × (0 + 1)) = 260, so most runs beyond the median need the second pass.
    // At 1,000 runs the standard errors are about 5.5 (P50) and 10.3 days (P85): the bounds below
    // are 3.5 of them.
    const plan = prepared([{ id: 'a', title: 'A', duration: { optimistic: 1, likely: 1, pessimistic: 1000 } }]);
    const result = runMonteCarlo(plan, 'long-tail', [Infinity], 1000, 0);
    expect(result.failedRuns).toBe(0);
    expect(result.p50).toBeGreaterThanOrEqual(110);
    expect(result.p50).toBeLessThanOrEqual(148);
    expect(result.p85).toBeGreaterThanOrEqual(280);
    expect(result.p85).toBeLessThanOrEqual(352);
  });

  it('counts a run that cannot finish within the horizon as failed, and as ending after it', () => {
    // p's only assignee is absent for eleven years, beyond the ten-year horizon.
    const team = [person('p', { absences: [{ from: '2027-03-01', to: '2038-12-31', reason: 'other' }] })];
    const plan = prepared([{ id: 'e', title: 'E', effort: { optimistic: 1, likely: 2, pessimistic: 3 }, assignees: ['p'] }], team);
    const result = runMonteCarlo(plan, 'stuck', [Infinity], 5, 0);
    expect(result.failedRuns).toBe(5);
    expect(result.p50).toBe(plan.calendar.days.length);
  });
});
