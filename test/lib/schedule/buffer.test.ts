/**
 * Rule 9, the buffer's length (src/lib/schedule/buffer.ts), in the cases the other buffer tests
 * (schedule-warnings.boundary.test.ts, schedule-plan.test.ts) leave open. Worked by hand.
 * Berlin, June 2027: no public holiday; working days Mon 7 – Fri 11, Mon 14 – Fri 18, Mon 21 – Fri 25 June.
 */
import { describe, expect, it } from 'vitest';
import { person, schedule } from '../../helpers/plan.ts';

const base = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team: [person('p')] };

describe('bufferDays', () => {
  it('none ignores a value the plan gives anyway (content-model: “ignored for none and rss”)', () => {
    const result = schedule({ ...base, buffer: { method: 'none', value: 5 }, tasks: [{ id: 'a', title: 'A', duration: 3 }] });
    expect(result.buffer.days).toBe(0);
    expect(result.committedFinish).toBe('2027-06-09');
  });

  it('rss: an active duration task contributes its whole spread, not a share by its remaining part', () => {
    // a: 10 days likely, 20 pessimistic, 40 % done on Friday 11 June: ceil(10 × 0.6) = 6 days
    // left, Mon 14 – Mon 21 June. Its spread is 20 − 10 = 10 days, so the buffer is √(10²) = 10
    // (in proportion to the remaining part it would be 10 / 10 × 6 = 6).
    const result = schedule({
      ...base,
      statusDate: '2027-06-11',
      buffer: { method: 'rss' },
      tasks: [{ id: 'a', title: 'A', duration: { optimistic: 8, likely: 10, pessimistic: 20 }, actualStart: '2027-06-07', progress: 40 }],
    });
    expect(result.tasks[0]).toMatchObject({ state: 'active', remaining: 6, finish: '2027-06-21', critical: true });
    expect(result.buffer.days).toBe(10);
  });
});
