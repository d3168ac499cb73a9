/**
 * The TaskJuggler file of a small plan, line by line, worked by hand (what tj3 makes of such a
 * file is checked in test/lib/schedule/schedule-plan.taskjuggler.test.ts, which mutation runs
 * leave out). Berlin, kick-off Monday 3 May 2027, Monday to Friday.
 */
import { describe, expect, it } from 'vitest';
import { toTaskJuggler } from '../../../src/lib/export/schedule-tjp.ts';
import { makePlan, person } from '../../helpers/plan.ts';

const input = {
  title: 'Shop\\"\n  new',
  kickoff: '2027-05-03',
  calendar: {
    region: 'DE-BE',
    holidays: [
      { date: '2027-05-07', label: 'Outing' },
      { date: '2027-05-08', label: 'Saturday outing' },
      { date: '2030-05-02', label: 'Last' },
      { date: '2030-05-03', label: 'Beyond' },
    ],
    closures: [{ from: '2027-05-12', to: '2027-05-13', label: 'Move' }],
  },
  team: [
    person('anna-b', { name: 'Anna "B"', capacity: 0.5, absences: [{ from: '2027-05-17', to: '2027-05-18', reason: 'vacation' }] }),
    person('ben', { name: 'Ben', capacity: 1 }),
    person('cy', { name: 'Cy', capacity: 0.25 }),
  ],
  tasks: [
    { id: 'kick-off', title: 'Kick "off"', milestone: true },
    { id: 'write', title: 'Write', effort: 2.5, assignees: ['anna-b'], dependsOn: ['kick-off'] },
    {
      id: 'review',
      title: 'Review',
      duration: { optimistic: 2, likely: 3, pessimistic: 5 },
      assignees: ['ben', 'cy'],
      dependsOn: [{ task: 'write', lag: 2 }],
      start: '2027-05-20',
    },
    { id: 'late', title: 'Late', duration: 1, start: '2027-05-04', priority: 300 },
    { id: 'stop', title: 'Stop', milestone: true, start: '2027-05-08' },
    { id: 'tiny', title: 'Tiny', effort: 0.25, assignees: ['ben'] },
  ],
};

describe('toTaskJuggler', () => {
  it('writes the project, every day off on a working weekday, the people and the tasks', () => {
    expect(toTaskJuggler(makePlan(input)).split('\n')).toEqual([
      // The title on one line, its backslash and quote escaped; three years: the plan ends within one.
      'project p "Shop\\\\\\" new" 2027-05-03 +3y {',
      '  timezone "UTC"',
      '  timeformat "%Y-%m-%d"',
      '  dailyworkinghours 1',
      '  workinghours mon, tue, wed, thu, fri 9:00 - 10:00',
      '  workinghours sat, sun off',
      '}',
      // Ascension Day (6 May 2027), the outing, the closure, Whit Monday (17 May); not the
      // Saturday outing; then Berlin's holidays on weekdays (3 October 2027, Christmas and New
      // Year fall on weekends) up to 2 May 2030; the three years end before 3 May 2030.
      ...[
        '2027-05-06',
        '2027-05-07',
        '2027-05-12',
        '2027-05-13',
        '2027-05-17',
        '2028-03-08',
        '2028-04-14',
        '2028-04-17',
        '2028-05-01',
        '2028-05-25',
        '2028-06-05',
        '2028-10-03',
        '2028-12-25',
        '2028-12-26',
        '2029-01-01',
        '2029-03-08',
        '2029-03-30',
        '2029-04-02',
        '2029-05-01',
        '2029-05-10',
        '2029-05-21',
        '2029-10-03',
        '2029-12-25',
        '2029-12-26',
        '2030-01-01',
        '2030-03-08',
        '2030-04-19',
        '2030-04-22',
        '2030-05-01',
        '2030-05-02',
      ].map((day) => `leaves holiday "h" ${day}`),
      // TaskJuggler's leave ends before its last date: the day after the absence.
      'resource anna_b "Anna \\"B\\"" { efficiency 0.5 leaves annual 2027-05-17 - 2027-05-19 }',
      'resource ben "Ben" { efficiency 1 }',
      'resource cy "Cy" { efficiency 0.25 }',
      // Priorities follow the order in which the scheduler placed the tasks (rule 7): the tasks of
      // priority 500 by the day they can start (kick-off, tiny and write on 3 May, stop on 10 May,
      // review on 20 May), then late, of priority 300.
      'task kick_off "Kick \\"off\\"" { start 2027-05-03-10:00 milestone priority 1000 }',
      'task write "Write" { depends !kick_off effort 3d allocate anna_b priority 998 } # in the plan: effort 2.5 person-days',
      'task NotBefore_review "Review (start)" { start 2027-05-20 milestone }',
      'task review "Review" { depends !write { gaplength 2d }, !NotBefore_review length 3d allocate ben, cy priority 996 }',
      'task late "Late" { start 2027-05-04 length 1d priority 995 } # in the plan: priority 300',
      // A milestone that may not come before Saturday 8 May sits at the end of Monday 10 May.
      'task stop "Stop" { start 2027-05-10-10:00 milestone priority 997 }',
      // A quarter person-day is one time slot at least.
      'task tiny "Tiny" { start 2027-05-03 effort 1d allocate ben priority 999 } # in the plan: effort 0.25 person-days',
      'taskreport "out" { formats csv columns id, start, end hideresource 1 }',
      '',
    ]);
  });

  it('reaches a year beyond the last finish of a plan longer than a year', () => {
    // 600 working days from 3 May 2027 end in the autumn of 2029: two whole years after the kick-off, plus two.
    const long = makePlan({ ...input, tasks: [{ id: 'long', title: 'Long', duration: 600 }] });
    expect(toTaskJuggler(long).split('\n')[0]).toBe('project p "Shop\\\\\\" new" 2027-05-03 +4y {');
  });

  it('writes every weekday as working time when the plan works all week, and no line of days off', () => {
    const lines = toTaskJuggler(makePlan({ ...input, calendar: { region: 'DE-BE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } })).split('\n');
    expect(lines.slice(4, 6)).toEqual(['  workinghours mon, tue, wed, thu, fri, sat, sun 9:00 - 10:00', '}']);
  });

  it('starts an id with a digit with an underscore, and breaks ${…} and $(…) in texts with a zero-width space', () => {
    const lines = toTaskJuggler(
      makePlan({
        ...input,
        title: 'Vorlage ${sku}, $(HOME), $ {x} und $5',
        team: [person('7zwerg', { name: 'Sieben ${Zwerg}' })],
        tasks: [
          { id: '1-kickoff', title: 'Kick-off $(PATH)', milestone: true },
          { id: 'z-2027', title: 'Z', duration: 1, assignees: ['7zwerg'], dependsOn: ['1-kickoff'], start: '2027-05-10' },
        ],
      }),
    ).split('\n');
    expect(lines[0]).toBe('project p "Vorlage $\u200B{sku}, $\u200B(HOME), $ {x} und $5" 2027-05-03 +3y {');
    expect(lines).toContain('resource _7zwerg "Sieben $\u200B{Zwerg}" { efficiency 1 }');
    expect(lines).toContain('task _1_kickoff "Kick-off $\u200B(PATH)" { start 2027-05-03-10:00 milestone priority 1000 }');
    expect(lines).toContain('task NotBefore_z_2027 "Z (start)" { start 2027-05-10 milestone }');
    expect(lines).toContain('task z_2027 "Z" { depends !_1_kickoff, !NotBefore_z_2027 length 1d allocate _7zwerg priority 999 }');
  });
});
