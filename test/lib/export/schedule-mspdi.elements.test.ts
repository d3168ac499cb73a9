/**
 * The MSPDI of a small plan element by element, in the order MS Project's schema lays down,
 * worked by hand. Berlin, June 2027, Monday to Saturday working: kick-off Monday 7 June.
 * - spec (phase build, Ann at half capacity and Bob): 2 days, Mon 7 – Tue 8; work 2 × 8 h × 1.5 = 24 h,
 *   8 h of them Ann's (0.5 / 1.5), 16 h Bob's.
 * - code (phase build, effort 3 person-days, Bob): one working day of lag after spec (Wed 9), so
 *   Thu 10 – Sat 12; its `start` (Tue 8) is earlier and moves nothing.
 * - the buffer of 2 days before go: Mon 14 – Tue 15; go, the milestone, at the end of Tue 15.
 * UIDs: the tasks 1–3 in plan order, the buffer 4, the summary task of build 5.
 */
import { describe, expect, it } from 'vitest';
import { formatScheduleMspdi, withoutOverlaps } from '../../../src/lib/export/schedule-mspdi.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const input = {
  kickoff: '2027-06-07',
  calendar: { region: 'DE-BE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
  team: [
    person('ann', { name: 'Ann & Co', capacity: 0.5, absences: [{ from: '2027-06-21', to: '2027-06-22', reason: 'vacation' }] }),
    person('bob', { name: 'Bob', role: 'dev' }),
  ],
  buffer: { method: 'fixed', value: 2, before: 'go' },
  tasks: [
    { id: 'spec', title: 'Spec <draft>', phase: 'build', duration: 2, assignees: ['ann', 'bob'], priority: 700 },
    { id: 'code', title: 'Code', phase: 'build', effort: 3, assignees: ['bob'], dependsOn: [{ task: 'spec', lag: 1 }], start: '2027-06-08' },
    { id: 'go', title: 'Go', milestone: true, dependsOn: ['code'], deadline: '2027-06-30' },
  ],
};
// Written inside each test: Stryker counts what runs while a file loads as covered by no test.
const mspdi = () => formatScheduleMspdi(schedule(input), makePlan(input), { title: 'Shop "new"', lang: 'en', phaseTitles: new Map([['build', 'Build']]) });

/** An element with text or child elements, as the expected text is written here. */
const x = (name: string, ...content: (string | number)[]) => `<${name}>${content.join('')}</${name}>`;
/** The text from the first `<name>` to its `</name>`. */
const part = (xml: string, name: string) => {
  const start = xml.indexOf(`<${name}>`);
  return xml.slice(start, xml.indexOf(`</${name}>`, start) + name.length + 3);
};
const link = (uid: number, lag: number) =>
  x('PredecessorLink', x('PredecessorUID', uid), x('Type', 1), x('CrossProject', 0), x('LinkLag', lag), x('LagFormat', 7));
const ownId = (id: string) => x('ExtendedAttribute', x('FieldID', 188743731), x('Value', id));
const exception = (from: string, to: string, name: string) =>
  x(
    'Exception',
    x('EnteredByOccurrences', 0),
    x('TimePeriod', x('FromDate', `${from}T00:00:00`), x('ToDate', `${to}T23:59:00`)),
    x('Occurrences', 1),
    x('Name', name),
    x('Type', 1),
    x('DayWorking', 0),
  );

describe('withoutOverlaps', () => {
  const range = (from: string, to: string, name = 'x') => ({ from, to, name });
  it('starts each range after the ones before it end, in order of their first day, and leaves out one inside another', () => {
    expect(withoutOverlaps([])).toEqual([]);
    expect(withoutOverlaps([range('2027-03-10', '2027-03-15', 'b'), range('2027-03-08', '2027-03-12', 'a')])).toEqual([
      range('2027-03-08', '2027-03-12', 'a'),
      range('2027-03-13', '2027-03-15', 'b'),
    ]);
    expect(withoutOverlaps([range('2027-03-08', '2027-03-20', 'a'), range('2027-03-10', '2027-03-12', 'b'), range('2027-03-20', '2027-03-21', 'c')])).toEqual([
      range('2027-03-08', '2027-03-20', 'a'),
      range('2027-03-21', '2027-03-21', 'c'),
    ]);
    // The longer of two that start on one day comes first; touching ranges stay as they are.
    expect(withoutOverlaps([range('2027-03-08', '2027-03-09', 'a'), range('2027-03-08', '2027-03-11', 'b'), range('2027-03-12', '2027-03-12', 'c')])).toEqual([
      range('2027-03-08', '2027-03-11', 'b'),
      range('2027-03-12', '2027-03-12', 'c'),
    ]);
    expect(withoutOverlaps([range('2027-03-31', '2027-04-02', 'a'), range('2027-03-31', '2027-03-31', 'b')])).toEqual([range('2027-03-31', '2027-04-02', 'a')]);
  });
});

describe('the MSPDI of a small plan', () => {
  it('starts with the declaration and the project’s own elements', () => {
    const xml = mspdi();
    expect(xml.slice(0, xml.indexOf('<Calendars>'))).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">' +
        x('SaveVersion', 14) +
        x('Name', 'test-plan.xml') +
        x('Title', 'Shop &quot;new&quot;') +
        x('Company', 'Kunde') +
        x('Author', 'Anbieter') +
        x('CreationDate', '2027-06-07T08:00:00') +
        x('ScheduleFromStart', 1) +
        x('StartDate', '2027-06-07T08:00:00') +
        x('FinishDate', '2027-06-15T17:00:00') +
        x('CurrencyCode', 'XXX') +
        x('CalendarUID', 1) +
        x('DefaultStartTime', '08:00:00') +
        x('DefaultFinishTime', '17:00:00') +
        x('MinutesPerDay', 480) +
        // Six working days of 480 minutes.
        x('MinutesPerWeek', 2880) +
        x('DaysPerMonth', 20) +
        x('DefaultTaskType', 1) +
        x('DurationFormat', 7) +
        x('WorkFormat', 3) +
        x('HonorConstraints', 1) +
        x('NewTasksEffortDriven', 0) +
        x('ExtendedAttributes', x('ExtendedAttribute', x('FieldID', 188743731), x('FieldName', 'Text1'), x('Alias', 'kickoff id'))),
    );
    expect(xml.endsWith('</Assignments></Project>\n')).toBe(true);
  });

  it('has the base calendar: Sunday off, Monday to Saturday 8–12 and 13–17, the public holidays on working days to a year after the finish', () => {
    const times = x(
      'WorkingTimes',
      x('WorkingTime', x('FromTime', '08:00:00'), x('ToTime', '12:00:00')),
      x('WorkingTime', x('FromTime', '13:00:00'), x('ToTime', '17:00:00')),
    );
    const working = [2, 3, 4, 5, 6, 7].map((type) => x('WeekDay', x('DayType', type), x('DayWorking', 1), times)).join('');
    // Berlin from 7 June 2027 to 15 June 2028 (366 days after the finish): Christmas Day and New
    // Year's Day fall on Saturdays, working days here; 3 October and Boxing Day 2027 on Sundays.
    expect(part(mspdi(), 'Calendar')).toBe(
      x(
        'Calendar',
        x('UID', 1),
        x('Name', 'Standard (DE-BE)'),
        x('IsBaseCalendar', 1),
        x('BaseCalendarUID', -1),
        x('WeekDays', x('WeekDay', x('DayType', 1), x('DayWorking', 0)), working),
        x(
          'Exceptions',
          exception('2027-12-25', '2027-12-25', '1. Weihnachtstag'),
          exception('2028-01-01', '2028-01-01', 'Neujahr'),
          exception('2028-03-08', '2028-03-08', 'Internationaler Frauentag'),
          exception('2028-04-14', '2028-04-14', 'Karfreitag'),
          exception('2028-04-17', '2028-04-17', 'Ostermontag'),
          exception('2028-05-01', '2028-05-01', 'Maifeiertag'),
          exception('2028-05-25', '2028-05-25', 'Christi Himmelfahrt'),
          exception('2028-06-05', '2028-06-05', 'Pfingstmontag'),
        ),
      ),
    );
  });

  it('gives each person a calendar on the base one, with their absences', () => {
    const xml = mspdi();
    const second = xml.indexOf('<Calendar>', xml.indexOf('<Calendar>') + 1);
    expect(xml.slice(second, xml.indexOf('</Calendars>'))).toBe(
      x(
        'Calendar',
        x('UID', 2),
        x('Name', 'Ann &amp; Co'),
        x('IsBaseCalendar', 0),
        x('BaseCalendarUID', 1),
        x('Exceptions', exception('2027-06-21', '2027-06-22', 'vacation')),
      ) + x('Calendar', x('UID', 3), x('Name', 'Bob'), x('IsBaseCalendar', 0), x('BaseCalendarUID', 1)),
    );
  });

  it('writes a person’s overlapping absences as exceptions that do not overlap, each under its own name', () => {
    const absences = [
      { from: '2027-06-21', to: '2027-06-25', reason: 'vacation' as const },
      { from: '2027-06-23', to: '2027-06-29', reason: 'training' as const },
    ];
    const plan = { ...input, team: [person('ann', { name: 'Ann', absences }), input.team[1]] };
    const xml = formatScheduleMspdi(schedule(plan), makePlan(plan), { title: 'Shop', lang: 'en' });
    expect(part(xml.slice(xml.indexOf('<Name>Ann</Name>')), 'Exceptions')).toBe(
      x('Exceptions', exception('2027-06-21', '2027-06-25', 'vacation'), exception('2027-06-26', '2027-06-29', 'training')),
    );
  });

  it('writes the project summary, the phase’s summary task, each task and the buffer', () => {
    const common = (type: number) => [x('Type', type), x('IsNull', 0)].join('');
    expect(part(mspdi(), 'Tasks')).toBe(
      x(
        'Tasks',
        x(
          'Task',
          x('UID', 0),
          x('ID', 0),
          x('Name', 'Shop &quot;new&quot;'),
          common(1),
          x('OutlineNumber', 0),
          x('OutlineLevel', 0),
          x('Start', '2027-06-07T08:00:00'),
          x('Finish', '2027-06-15T17:00:00'),
          x('Milestone', 0),
          x('Summary', 1),
        ),
        x(
          'Task',
          x('UID', 5),
          x('ID', 1),
          x('Name', 'Build'),
          common(1),
          x('OutlineNumber', 1),
          x('OutlineLevel', 1),
          x('Start', '2027-06-07T08:00:00'),
          x('Finish', '2027-06-12T17:00:00'),
          x('Milestone', 0),
          x('Summary', 1),
        ),
        x(
          'Task',
          x('UID', 1),
          x('ID', 2),
          x('Name', 'Spec &lt;draft&gt;'),
          common(1),
          x('OutlineNumber', '1.1'),
          x('OutlineLevel', 2),
          x('Priority', 700),
          x('Start', '2027-06-07T08:00:00'),
          x('Finish', '2027-06-08T17:00:00'),
          x('Duration', 'PT16H0M0S'),
          x('DurationFormat', 7),
          x('Work', 'PT24H0M0S'),
          x('EffortDriven', 0),
          x('Estimated', 0),
          x('Milestone', 0),
          x('Summary', 0),
          x('Critical', 1),
          x('TotalSlack', 0),
          x('PercentComplete', 0),
          x('PercentWorkComplete', 0),
          x('ConstraintType', 0),
          ownId('spec'),
        ),
        x(
          'Task',
          x('UID', 2),
          x('ID', 3),
          x('Name', 'Code'),
          common(2),
          x('OutlineNumber', '1.2'),
          x('OutlineLevel', 2),
          x('Priority', 500),
          x('Start', '2027-06-10T08:00:00'),
          x('Finish', '2027-06-12T17:00:00'),
          x('Duration', 'PT24H0M0S'),
          x('DurationFormat', 7),
          x('Work', 'PT24H0M0S'),
          x('EffortDriven', 1),
          x('Estimated', 0),
          x('Milestone', 0),
          x('Summary', 0),
          x('Critical', 1),
          x('TotalSlack', 0),
          x('PercentComplete', 0),
          x('PercentWorkComplete', 0),
          x('ConstraintType', 4),
          x('ConstraintDate', '2027-06-08T08:00:00'),
          // One day of lag: 480 minutes in tenths.
          link(1, 4800),
          ownId('code'),
        ),
        x(
          'Task',
          x('UID', 3),
          x('ID', 4),
          x('Name', 'Go'),
          common(1),
          x('OutlineNumber', 2),
          x('OutlineLevel', 1),
          x('Priority', 500),
          x('Start', '2027-06-15T17:00:00'),
          x('Finish', '2027-06-15T17:00:00'),
          x('Duration', 'PT0H0M0S'),
          x('DurationFormat', 7),
          x('Work', 'PT0H0M0S'),
          x('EffortDriven', 0),
          x('Estimated', 0),
          x('Milestone', 1),
          x('Summary', 0),
          x('Critical', 1),
          x('TotalSlack', 0),
          x('PercentComplete', 0),
          x('PercentWorkComplete', 0),
          x('ConstraintType', 0),
          x('Deadline', '2027-06-30T17:00:00'),
          link(2, 0),
          link(4, 0),
          ownId('go'),
        ),
        // The buffer follows the work ahead of go that nothing else waits for: code.
        x(
          'Task',
          x('UID', 4),
          x('ID', 5),
          x('Name', 'Buffer'),
          common(1),
          x('OutlineNumber', 3),
          x('OutlineLevel', 1),
          x('Start', '2027-06-14T08:00:00'),
          x('Finish', '2027-06-15T17:00:00'),
          x('Duration', 'PT16H0M0S'),
          x('DurationFormat', 7),
          x('Milestone', 0),
          x('Summary', 0),
          link(2, 0),
          ownId(':buffer'),
        ),
      ),
    );
  });

  it('writes each person as a work resource and each assignment with its share of the work', () => {
    const xml = mspdi();
    expect(part(xml, 'Resources')).toBe(
      x(
        'Resources',
        x(
          'Resource',
          x('UID', 1),
          x('ID', 1),
          x('Name', 'Ann &amp; Co'),
          x('Type', 1),
          x('IsNull', 0),
          x('Code', 'ann'),
          x('Group', 'it'),
          x('MaxUnits', 0.5),
          x('CalendarUID', 2),
        ),
        x(
          'Resource',
          x('UID', 2),
          x('ID', 2),
          x('Name', 'Bob'),
          x('Type', 1),
          x('IsNull', 0),
          x('Code', 'bob'),
          x('Group', 'dev'),
          x('MaxUnits', 1),
          x('CalendarUID', 3),
        ),
      ),
    );
    const assignment = (uid: number, task: number, resource: number, start: string, finish: string, units: number, work: string) =>
      x(
        'Assignment',
        x('UID', uid),
        x('TaskUID', task),
        x('ResourceUID', resource),
        x('Finish', `${finish}T17:00:00`),
        x('Start', `${start}T08:00:00`),
        x('Units', units),
        x('Work', work),
      );
    expect(part(xml, 'Assignments')).toBe(
      x(
        'Assignments',
        assignment(1, 1, 1, '2027-06-07', '2027-06-08', 0.5, 'PT8H0M0S'),
        assignment(2, 1, 2, '2027-06-07', '2027-06-08', 1, 'PT16H0M0S'),
        assignment(3, 2, 2, '2027-06-10', '2027-06-12', 1, 'PT24H0M0S'),
      ),
    );
  });
});

describe('summary tasks of the MSPDI', () => {
  it('group each run of consecutive tasks of one phase, named by the phase id without titles, and number the rest after them', () => {
    // Berlin, kick-off Monday 7 June 2027, one day each in a chain: a (build) 7, b (build) 8,
    // c (no phase) 9, d (test) 10, e (build) 11 June.
    const plain = {
      kickoff: '2027-06-07',
      calendar: { region: 'DE-BE' },
      team: [person('p')],
      tasks: [
        { id: 'a', title: 'A', phase: 'build', duration: 1 },
        { id: 'b', title: 'B', phase: 'build', duration: 1, dependsOn: ['a'] },
        { id: 'c', title: 'C', duration: 1, dependsOn: ['b'] },
        { id: 'd', title: 'D', phase: 'test', duration: 1, dependsOn: ['c'] },
        { id: 'e', title: 'E', phase: 'build', duration: 1, dependsOn: ['d'] },
      ],
    };
    const xml = formatScheduleMspdi(schedule(plain), makePlan(plain), { title: 'T', lang: 'en' });
    const rows = [
      ...xml.matchAll(
        /<Task><UID>(\d+)<\/UID><ID>(\d+)<\/ID><Name>([^<]*)<\/Name>.*?<OutlineNumber>([^<]*)<\/OutlineNumber><OutlineLevel>(\d)<\/OutlineLevel>/g,
      ),
    ].map(([, uid, id, name, number, level]) => [uid, id, name, number, level]);
    // UIDs: the tasks 1–5, then the summary tasks in their order, 6–8; no buffer.
    expect(rows).toEqual([
      ['0', '0', 'T', '0', '0'],
      ['6', '1', 'build', '1', '1'],
      ['1', '2', 'A', '1.1', '2'],
      ['2', '3', 'B', '1.2', '2'],
      ['3', '4', 'C', '2', '1'],
      ['7', '5', 'test', '3', '1'],
      ['4', '6', 'D', '3.1', '2'],
      ['8', '7', 'build', '4', '1'],
      ['5', '8', 'E', '4.1', '2'],
    ]);
    expect(xml).toContain(
      '<Name>build</Name><Type>1</Type><IsNull>0</IsNull><OutlineNumber>1</OutlineNumber><OutlineLevel>1</OutlineLevel><Start>2027-06-07T08:00:00</Start><Finish>2027-06-08T17:00:00</Finish>',
    );
    expect(xml).not.toContain(':buffer');
  });
});

describe('work in the MSPDI', () => {
  it('is whole seconds, and the assignments add up to the task’s work', () => {
    // Berlin, kick-off Monday 7 June 2027. share: 1 person-day of effort, Ann at 0.6 and Bob at 0.7:
    // 28,800 seconds, 13,292.3 of them Ann's and 15,507.7 Bob's; the second left over goes to Bob.
    // odd: 1.01 person-days (484.8 minutes), Ann alone.
    const plain = {
      kickoff: '2027-06-07',
      calendar: { region: 'DE-BE' },
      team: [person('ann', { capacity: 0.6 }), person('bob', { capacity: 0.7 })],
      tasks: [
        { id: 'share', title: 'Share', effort: 1, assignees: ['ann', 'bob'] },
        { id: 'odd', title: 'Odd', effort: 1.01, assignees: ['ann'], dependsOn: ['share'] },
      ],
    };
    const xml = formatScheduleMspdi(schedule(plain), makePlan(plain), { title: 'T', lang: 'en' });
    const work = (owner: string) => [...part(xml, owner).matchAll(/<Work>([^<]*)<\/Work>/g)].map(([, value]) => value);
    expect({ tasks: work('Tasks'), assignments: work('Assignments') }).toEqual({
      tasks: ['PT8H0M0S', 'PT8H4M48S'],
      assignments: ['PT3H41M32S', 'PT4H18M28S', 'PT8H4M48S'],
    });
  });
});
