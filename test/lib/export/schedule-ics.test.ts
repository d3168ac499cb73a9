/**
 * The plan's calendar of key dates, worked by hand. Berlin, June 2027 (no public holiday):
 * kick-off Monday 7 June; the baseline has a 7–8 June, milestone m on the 8th, b 9–11 June and
 * milestone n on the 11th, and three buffer days to Wednesday 16 June, the committed finish.
 * As of Tuesday 8 June a is done and m reached; the new milestone o follows a.
 */
import { describe, expect, it } from 'vitest';
import { formatScheduleIcs } from '../../../src/lib/export/schedule-ics.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { person, schedule } from '../../helpers/plan.ts';

const base = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team: [person('p')], buffer: { method: 'fixed', value: 3 } };
const planned = [
  { id: 'a', title: 'A', duration: 2 },
  { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
  { id: 'b', title: 'B', duration: 3, dependsOn: ['m'], deadline: '2027-06-10' },
  { id: 'n', title: 'N', milestone: true, dependsOn: ['b'], deadline: '2027-06-30' },
];
const baseline = snapshotOf(schedule({ ...base, tasks: planned }));

/** Each event's fields, from the text (continuation lines joined). */
function eventsOf(ics: string): Record<string, string>[] {
  return ics
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((event) =>
      Object.fromEntries(
        event
          .split('\r\n')
          .filter((line) => /^(UID|DTSTART;VALUE=DATE|SUMMARY|DESCRIPTION):/.test(line))
          .map((line) => [line.slice(0, line.indexOf(':')).replace(';VALUE=DATE', ''), line.slice(line.indexOf(':') + 1)]),
      ),
    );
}

describe('formatScheduleIcs', () => {
  it('has the kick-off, each milestone with its tracking, each deadline with the scheduled day and the end of the buffer', () => {
    const tracked = schedule(
      {
        ...base,
        statusDate: '2027-06-08',
        tasks: [
          { ...planned[0], actualStart: '2027-06-07', actualFinish: '2027-06-08' },
          { ...planned[1], actualFinish: '2027-06-08' },
          planned[2],
          planned[3],
          { id: 'o', title: 'O', milestone: true, dependsOn: ['a'] },
        ],
      },
      { snapshots: [baseline] },
    );
    expect(eventsOf(formatScheduleIcs(tracked, { title: 'Shop', lang: 'en' }))).toEqual([
      { UID: 'test-plan.kickoff@kickoff-playbook.invalid', DTSTART: '20270607', SUMMARY: 'Kick-off: Shop' },
      { UID: 'test-plan.milestone.m@kickoff-playbook.invalid', DTSTART: '20270608', SUMMARY: 'Milestone: M', DESCRIPTION: 'reached · baseline: 2027-06-08' },
      { UID: 'test-plan.deadline.b@kickoff-playbook.invalid', DTSTART: '20270610', SUMMARY: 'Deadline: B', DESCRIPTION: 'scheduled: 2027-06-11 (missed)' },
      { UID: 'test-plan.milestone.n@kickoff-playbook.invalid', DTSTART: '20270611', SUMMARY: 'Milestone: N', DESCRIPTION: 'baseline: 2027-06-11' },
      { UID: 'test-plan.deadline.n@kickoff-playbook.invalid', DTSTART: '20270630', SUMMARY: 'Deadline: N', DESCRIPTION: 'scheduled: 2027-06-11 (met)' },
      // o is new since the baseline and not reached: no description; open work comes after the
      // status date, so it falls on Wednesday 9 June.
      { UID: 'test-plan.milestone.o@kickoff-playbook.invalid', DTSTART: '20270609', SUMMARY: 'Milestone: O' },
      { UID: 'test-plan.buffer-end@kickoff-playbook.invalid', DTSTART: '20270616', SUMMARY: 'End of buffer = committed finish (Shop)' },
    ]);
  });

  it('has no buffer event without a buffer', () => {
    const plain = schedule({ ...base, buffer: { method: 'none' }, tasks: planned });
    expect(eventsOf(formatScheduleIcs(plain, { title: 'Shop', lang: 'en' })).map((event) => event.UID.replace(/@.*/, ''))).toEqual([
      'test-plan.kickoff',
      'test-plan.milestone.m',
      'test-plan.deadline.b',
      'test-plan.milestone.n',
      'test-plan.deadline.n',
    ]);
  });
});
