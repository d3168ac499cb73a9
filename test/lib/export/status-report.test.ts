/**
 * The status report of a small tracked plan, worked by hand. Berlin, June 2027 (no public
 * holiday): kick-off Monday 7 June, status date Friday 11 June; the working days after it are
 * Mon 14 – Fri 18, Mon 21 – Fri 25 June, Mon 28 June … The baseline is the plan at the kick-off
 * without actual dates and without the effort task `e`.
 */
import { describe, expect, it } from 'vitest';
import { statusReport } from '../../../src/lib/export/status-report.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import type { Snapshot } from '../../../src/lib/schema/snapshot.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const team = [person('p', { name: 'Paula' }), person('q', { name: 'Quentin' }), person('r', { name: 'Rosa' })];
const base = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team, buffer: { method: 'fixed', value: 5 } };

// The baseline: a Mon 7 – Tue 8, b Wed 9 – Thu 10, c Wed 9 – Fri 11, f Mon 14 – Fri 18, m Fri 18.
const planned = [
  { id: 'a', title: 'A', duration: 2, assignees: ['p'] },
  { id: 'b', title: 'B', duration: 2, assignees: ['p'], dependsOn: ['a'] },
  { id: 'c', title: 'C', duration: 3, assignees: ['q'], dependsOn: ['a'] },
  { id: 'f', title: 'F', duration: 5, assignees: ['q'], dependsOn: ['c'] },
  { id: 'm', title: 'M', milestone: true, dependsOn: ['f'], deadline: '2027-06-30' },
];
const baseline = snapshotOf(schedule({ ...base, tasks: planned }), 'Kick-off');

// As of Friday 11: a and b done; c started on Thursday, half done: ceil(3 × 0.5) = 2 days left,
// Mon 14 – Tue 15; e (new, effort) started on Friday with 2 person-days left: Mon 14 – Tue 15;
// f follows c: Wed 16 – Tue 22; i may start Fri 25 June, j Mon 28 June.
const tracked = {
  ...base,
  statusDate: '2027-06-11',
  tasks: [
    { ...planned[0], actualStart: '2027-06-07', actualFinish: '2027-06-08' },
    { ...planned[1], actualStart: '2027-06-09', actualFinish: '2027-06-10' },
    { ...planned[2], actualStart: '2027-06-10', progress: 50 },
    { id: 'e', title: 'E', effort: 3, assignees: ['r'], actualStart: '2027-06-11', remaining: 2 },
    { id: 'j', title: 'J', duration: 1, start: '2027-06-28', deadline: '2027-06-25' },
    { id: 'i', title: 'I', duration: 1, assignees: ['p'], start: '2027-06-25' },
    planned[3],
    planned[4],
  ],
};
const plan = makePlan(tracked);
const current = schedule(tracked, { snapshots: [baseline] });
const at = (date: string): Snapshot => ({ ...baseline, date });

describe('statusReport', () => {
  it('reports the forecast, the buffer, the work done since the latest earlier snapshot, under way, about to start, late and due', () => {
    // Snapshots on the status date or after it do not count; the latest before it is Wednesday 9 June.
    const report = statusReport(current, plan, [at('2027-06-09'), baseline, at('2027-06-11'), at('2027-06-14')]);
    expect(report).toEqual({
      plan: 'test-plan',
      title: 'Test',
      statusDate: '2027-06-11',
      finish: '2027-06-28',
      // The baseline finishes Friday 18 and promises five buffer days more, to Friday 25 June. The
      // forecast, Monday 28, is six working days after the baseline's finish: the buffer is overrun
      // by one day, 6 / 5 = 120 % used, with 35 % of the baseline's critical chain a–c–f (2 + 3 + 5
      // days) done: a's 2 days and half of c's 3, 3.5 / 10.
      committedFinish: '2027-06-25',
      baseline: { date: '2027-06-07', finish: '2027-06-18', committedFinish: '2027-06-25' },
      slip: 6,
      buffer: { days: 5, remaining: -1, consumed: 6 },
      completion: 35,
      consumption: 120,
      zone: 'red',
      // a finished on Tuesday 8, before the snapshot of Wednesday 9: only b is new.
      doneSince: { since: '2027-06-09', tasks: [{ id: 'b', title: 'B', people: ['Paula'], finish: '2027-06-10' }] },
      active: [
        { id: 'c', title: 'C', people: ['Quentin'], finish: '2027-06-15', remaining: 2, unit: 'days', progress: 50 },
        { id: 'e', title: 'E', people: ['Rosa'], finish: '2027-06-15', remaining: 2, unit: 'person-days' },
      ],
      // Ten working days from Monday 14 reach Friday 25: f and i, by start; j (28 June) and the milestone m are not listed.
      upcoming: [
        { id: 'f', title: 'F', people: ['Quentin'], start: '2027-06-16' },
        { id: 'i', title: 'I', people: ['Paula'], start: '2027-06-25' },
      ],
      // c was due on the status date itself in the baseline and is not done: late by Mon 14 and Tue 15.
      late: [{ id: 'c', title: 'C', people: ['Quentin'], baselineFinish: '2027-06-11', finish: '2027-06-15', slip: 2 }],
      deadlines: [
        { id: 'j', title: 'J', people: [], deadline: '2027-06-25', finish: '2027-06-28', met: false },
        { id: 'm', title: 'M', people: [], deadline: '2027-06-30', finish: '2027-06-22', met: true },
      ],
    });
  });

  it('lists all done work when no snapshot precedes the status date, and the chance of a deadline when there is one', () => {
    const withChance = { ...current, tasks: current.tasks.map((task) => (task.id === 'm' ? { ...task, deadlineChance: 0.9 } : task)) };
    const report = statusReport(withChance, plan, [at('2027-06-11')]);
    expect(report.doneSince).toEqual({
      tasks: [
        { id: 'a', title: 'A', people: ['Paula'], finish: '2027-06-08' },
        { id: 'b', title: 'B', people: ['Paula'], finish: '2027-06-10' },
      ],
    });
    expect(report.deadlines.map((deadline) => [deadline.id, deadline.chance])).toEqual([
      ['j', undefined],
      ['m', 0.9],
    ]);
    expect('chance' in report.deadlines[0]).toBe(false);
  });

  it('has no status date, nothing done, upcoming or late for a plan without status date', () => {
    const untracked = { ...base, tasks: planned };
    const report = statusReport(schedule(untracked), makePlan(untracked), [baseline]);
    expect('statusDate' in report).toBe(false);
    expect(report.doneSince).toEqual({ tasks: [] });
    expect(report.active).toEqual([]);
    expect(report.upcoming).toEqual([]);
    expect(report.late).toEqual([]);
    expect(report.deadlines).toEqual([{ id: 'm', title: 'M', people: [], deadline: '2027-06-30', finish: '2027-06-18', met: true }]);
  });
});
