/**
 * A person's weekly availability and load (the plan page's strip), worked by hand on Germany's
 * national calendar (DE) of March 2027.
 */
import { describe, expect, it } from 'vitest';
import { weeklyLoad } from '../../src/lib/availability.ts';
import { makePlan, person, schedule } from '../helpers/plan.ts';

/** The weeks of the plan's first person. */
function weeksOf(input: Record<string, unknown>) {
  const result = schedule(input);
  return weeklyLoad(result, makePlan(input).team[0], 0);
}

describe('weeklyLoad', () => {
  it('counts a half-time person’s working days at half a person-day, less an absence', () => {
    // Task a: Mon 1 – Wed 3 March, booking 0.5 a day. Buffer: Thu 4 – Wed 10 March.
    // Week of 1 March: 5 working days, Wednesday absent: 4 × 0.5 = 2 person-days; booked 3 × 0.5.
    // Week of 8 March: 5 working days: 2.5 person-days, nothing booked.
    const weeks = weeksOf({
      kickoff: '2027-03-01',
      calendar: { region: 'DE' },
      team: [person('p', { capacity: 0.5, absences: [{ from: '2027-03-03', to: '2027-03-03', reason: 'training' }] })],
      tasks: [{ id: 'a', title: 'A', duration: 3, assignees: ['p'] }],
      buffer: { method: 'fixed', value: 5 },
    });
    expect(weeks).toEqual([
      { week: '2027-03-01', available: 2, booked: 1.5, absentDays: 1 },
      { week: '2027-03-08', available: 2.5, booked: 0, absentDays: 0 },
    ]);
  });

  it('starts on the Monday before a mid-week kick-off and leaves out holidays and days before the kick-off', () => {
    // Kick-off Wednesday 24 March: that week has Wed 24 and Thu 25 (Good Friday 26 is off); the
    // next has Tue 30 March – Fri 2 April (Easter Monday 29 is off). A 0.8 person.
    const weeks = weeksOf({
      kickoff: '2027-03-24',
      calendar: { region: 'DE' },
      team: [person('p', { capacity: 0.8 })],
      tasks: [{ id: 'a', title: 'A', effort: 1.6, assignees: ['p'] }],
      buffer: { method: 'fixed', value: 2 },
    });
    // The effort (2 days at 0.8) takes Wed 24 and Thu 25; the buffer Tue 30 and Wed 31 March.
    expect(weeks.map((week) => week.week)).toEqual(['2027-03-22', '2027-03-29']);
    expect(weeks[0].available).toBeCloseTo(1.6, 9);
    expect(weeks[0].booked).toBeCloseTo(1.6, 9);
    expect(weeks[1].available).toBeCloseTo(3.2, 9);
    expect(weeks[1].booked).toBe(0);
  });
});
