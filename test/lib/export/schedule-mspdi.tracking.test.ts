/**
 * The MSPDI of a small tracked plan, element by element where tracking shows: per cent complete,
 * actual dates, work left, the baseline, a used-up buffer, and closures joined across weekends.
 * Berlin, June 2027 (no public holiday), kick-off Monday 7 June, status date Wednesday 9 June.
 * - a (2 days) done 7–8 June; milestone m reached on the 8th.
 * - b (3 days, p) started on the 9th, 40 % done: 2 days left, Thu 10 – Fri 11; one day of float.
 * - e (effort 2, q at half capacity) started on the 9th with 1.5 person-days left: three half
 *   days, Thu 10, Fri 11, Mon 14.
 * - milestone n after b and e on Monday 14, the buffer of 0 days before it, then z on Tuesday 15.
 * The closure "Move" runs Fri 25 – Mon 28 June; "Party" on Tue 29 June and again on Thu 1 July.
 */
import { describe, expect, it } from 'vitest';
import { formatScheduleMspdi } from '../../../src/lib/export/schedule-mspdi.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const base = {
  kickoff: '2027-06-07',
  calendar: {
    region: 'DE-BE',
    closures: [
      { from: '2027-06-25', to: '2027-06-28', label: 'Move' },
      { from: '2027-06-29', to: '2027-06-29', label: 'Party' },
      { from: '2027-07-01', to: '2027-07-01', label: 'Party' },
    ],
  },
  team: [person('p'), person('q', { capacity: 0.5 })],
  buffer: { method: 'fixed', value: 0, before: 'n' },
};
const planned = [
  { id: 'a', title: 'A', duration: 2 },
  { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
  { id: 'b', title: 'B', duration: 3, dependsOn: ['m'], assignees: ['p'] },
  { id: 'e', title: 'E', effort: 2, assignees: ['q'], dependsOn: ['m'] },
  { id: 'n', title: 'N', milestone: true, dependsOn: ['b', 'e'] },
  { id: 'z', title: 'Z', duration: 1, dependsOn: ['n'] },
];
const tracked = {
  ...base,
  statusDate: '2027-06-09',
  tasks: [
    { ...planned[0], actualStart: '2027-06-07', actualFinish: '2027-06-08' },
    { ...planned[1], actualFinish: '2027-06-08' },
    { ...planned[2], actualStart: '2027-06-09', progress: 40 },
    { ...planned[3], actualStart: '2027-06-09', remaining: 1.5 },
    planned[4],
    planned[5],
  ],
};
// Inside each test: Stryker counts what runs while a file loads as covered by no test.
const mspdi = () =>
  formatScheduleMspdi(schedule(tracked, { snapshots: [snapshotOf(schedule({ ...base, tasks: planned }))] }), makePlan(tracked), { title: 'T', lang: 'en' });

const x = (name: string, ...content: (string | number)[]) => `<${name}>${content.join('')}</${name}>`;
/** The task element whose own id (Text1) is `id`. */
const taskOf = (xml: string, id: string) => {
  const end = xml.indexOf('</Task>', xml.indexOf(`<Value>${id}</Value>`)) + '</Task>'.length;
  return xml.slice(xml.lastIndexOf('<Task>', end - 1), end);
};
const link = (uid: number) => x('PredecessorLink', x('PredecessorUID', uid), x('Type', 1), x('CrossProject', 0), x('LinkLag', 0), x('LagFormat', 7));
const baseline = (start: string, finish: string) => x('Baseline', x('Number', 0), x('Start', start), x('Finish', finish));

describe('the MSPDI of a tracked plan', () => {
  it('writes a done task 100 % complete with its actual dates, no float and its baseline', () => {
    const a = taskOf(mspdi(), 'a');
    expect(a).toContain(
      x('Work', 'PT0H0M0S') +
        x('EffortDriven', 0) +
        x('Estimated', 0) +
        x('Milestone', 0) +
        x('Summary', 0) +
        x('Critical', 0) +
        x('PercentComplete', 100) +
        x('PercentWorkComplete', 100) +
        x('ActualStart', '2027-06-07T08:00:00') +
        x('ActualFinish', '2027-06-08T17:00:00') +
        x('ConstraintType', 0),
    );
    expect(a).toContain(baseline('2027-06-07T08:00:00', '2027-06-08T17:00:00'));
  });

  it('writes a reached milestone’s actual start at the end of the day it was reached', () => {
    expect(taskOf(mspdi(), 'm')).toContain(
      x('PercentComplete', 100) +
        x('PercentWorkComplete', 100) +
        x('ActualStart', '2027-06-08T17:00:00') +
        x('ActualFinish', '2027-06-08T17:00:00') +
        x('ConstraintType', 0),
    );
  });

  it('writes the remaining duration of a started duration task and the remaining work of a started effort task', () => {
    const xml = mspdi();
    // B: three days from Wednesday 9 June, 40 % reported on the status date, two days left. MS
    // Project's % Complete is the actual duration over the duration (one of three days); the
    // reported 40 % is Physical % Complete, which MS Project keeps apart.
    expect(taskOf(xml, 'b')).toContain(
      x('Critical', 0) +
        x('TotalSlack', 4800) +
        x('PercentComplete', 33) +
        x('PercentWorkComplete', 33) +
        x('ActualStart', '2027-06-09T08:00:00') +
        x('ActualDuration', 'PT8H0M0S') +
        x('RemainingDuration', 'PT16H0M0S') +
        x('ConstraintType', 0) +
        x('PhysicalPercentComplete', 40),
    );
    expect(taskOf(xml, 'e')).toContain(
      x('Start', '2027-06-09T08:00:00') +
        x('Finish', '2027-06-14T17:00:00') +
        x('Duration', 'PT32H0M0S') +
        x('DurationFormat', 7) +
        x('Work', 'PT16H0M0S') +
        x('EffortDriven', 1),
    );
    // E: two person-days, one and a half left: a quarter of the work done, and one of its four days.
    expect(taskOf(xml, 'e')).toContain(
      x('PercentComplete', 25) +
        x('PercentWorkComplete', 25) +
        x('ActualStart', '2027-06-09T08:00:00') +
        x('ActualDuration', 'PT8H0M0S') +
        x('RemainingWork', 'PT12H0M0S') +
        x('ConstraintType', 0),
    );
    expect(taskOf(xml, 'e')).not.toContain('PhysicalPercentComplete');
    expect(taskOf(xml, 'z')).toContain(x('PercentComplete', 0) + x('PercentWorkComplete', 0) + x('ConstraintType', 0));
  });

  it('keeps a buffer of no days before its milestone as a milestone after the work ahead of it, at the end of its day like every milestone', () => {
    const xml = mspdi();
    expect(taskOf(xml, ':buffer')).toBe(
      x(
        'Task',
        x('UID', 7),
        x('ID', 7),
        x('Name', 'Buffer'),
        x('Type', 1),
        x('IsNull', 0),
        x('OutlineNumber', 7),
        x('OutlineLevel', 1),
        x('Start', '2027-06-14T17:00:00'),
        x('Finish', '2027-06-14T17:00:00'),
        x('Duration', 'PT0H0M0S'),
        x('DurationFormat', 7),
        x('Milestone', 1),
        x('Summary', 0),
        link(3),
        link(4),
        x('ExtendedAttribute', x('FieldID', 188743731), x('Value', ':buffer')),
      ),
    );
    expect(taskOf(xml, 'n')).toContain(link(3) + link(4) + link(7));
    // The project's finish is z's, after the milestone.
    expect(xml).toContain(x('FinishDate', '2027-06-15T17:00:00') + x('CurrencyCode', 'XXX') + x('CalendarUID', 1));
    expect(xml).toContain(x('StatusDate', '2027-06-09T17:00:00'));
  });

  it('joins a closure across a weekend into one exception, not two days of one name with a working day between', () => {
    const xml = mspdi();
    const ranges = [
      ...xml.matchAll(
        /<FromDate>(\d{4}-\d\d-\d\d)T00:00:00<\/FromDate><ToDate>(\d{4}-\d\d-\d\d)T23:59:00<\/ToDate><\/TimePeriod><Occurrences>1<\/Occurrences><Name>([^<]*)</g,
      ),
    ];
    expect(ranges.slice(0, 3).map(([, from, to, name]) => [from, to, name])).toEqual([
      ['2027-06-25', '2027-06-28', 'Move'],
      ['2027-06-29', '2027-06-29', 'Party'],
      ['2027-07-01', '2027-07-01', 'Party'],
    ]);
  });
});
