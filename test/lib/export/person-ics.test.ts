import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatPersonIcs } from '../../../src/lib/export/person-ics.ts';
import { formatScheduleIcs } from '../../../src/lib/export/schedule-ics.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

// Berlin, June 2027: no public holiday.
const input = {
  kickoff: '2027-06-07',
  calendar: { region: 'DE-BE' },
  team: [
    person('ann', { name: 'Ann', capacity: 0.5, absences: [{ from: '2027-06-10', to: '2027-06-11', reason: 'vacation' }] }),
    person('bob', { name: 'Bob' }),
  ],
  tasks: [
    { id: 'write', title: 'Write', effort: 2, assignees: ['ann'] },
    { id: 'review', title: 'Review', duration: 2, assignees: ['bob'], dependsOn: ['write'], deadline: '2027-06-30' },
    { id: 'test', title: 'Test', duration: 1, assignees: ['ann', 'bob'], dependsOn: ['review'], deadline: '2027-06-18' },
    { id: 'done', title: 'Done', milestone: true, dependsOn: ['test'] },
  ],
};

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    start: String(event.getFirstPropertyValue('dtstart')),
    end: String(event.getFirstPropertyValue('dtend')),
  }));
}

describe('a personal calendar', () => {
  const result = schedule(input);
  const plan = makePlan(input);
  // Written inside each test: Stryker counts what runs while a file loads as covered by no test.
  const annEvents = () => eventsOf(formatPersonIcs(result, plan, 'ann', { title: 'Plan', lang: 'en' }));

  it('holds the kick-off, one event per run of booked days, the deadlines of own tasks and the absences', () => {
    // Ann works half days: 2 person-days take 7–9 June, her vacation (10–11) splits them, the last
    // half day is Monday 14; Bob reviews 15–16, both test on 17 June.
    expect(annEvents().map((event) => [event.summary, event.start, event.end])).toEqual([
      ['Kick-off: Plan', '2027-06-07', '2027-06-08'],
      ['Write (Plan)', '2027-06-07', '2027-06-10'],
      ['Write (Plan)', '2027-06-14', '2027-06-15'],
      ['Test (Plan)', '2027-06-17', '2027-06-18'],
      ['Deadline: Test', '2027-06-18', '2027-06-19'],
      ['Absent: vacation', '2027-06-10', '2027-06-12'],
    ]);
    expect(result.tasks.find((task) => task.id === 'write')?.finish).toBe('2027-06-14');
  });

  it('holds nothing of another person', () => {
    expect(annEvents().some((event) => event.summary.startsWith('Review'))).toBe(false);
    const bob = eventsOf(formatPersonIcs(result, plan, 'bob', { title: 'Plan', lang: 'en' }));
    expect(bob.map((event) => event.summary)).toEqual(['Kick-off: Plan', 'Review (Plan)', 'Deadline: Review', 'Test (Plan)', 'Deadline: Test']);
  });

  it('splits a task into one event per run of consecutive working days, with stable UIDs', () => {
    const gap = schedule({
      ...input,
      team: [person('ann', { name: 'Ann', absences: [{ from: '2027-06-09', to: '2027-06-09', reason: 'sickness' }] })],
      tasks: [{ id: 'write', title: 'Write', effort: 4, assignees: ['ann'] }],
    });
    const events = eventsOf(
      formatPersonIcs(
        gap,
        makePlan({ ...input, team: [person('ann', { name: 'Ann' })], tasks: [{ id: 'write', title: 'Write', effort: 4, assignees: ['ann'] }] }),
        'ann',
        { title: 'Plan', lang: 'de' },
      ),
    );
    const work = events.filter((event) => event.summary.startsWith('Write'));
    expect(work.map((event) => [event.start, event.end])).toEqual([
      ['2027-06-07', '2027-06-09'],
      ['2027-06-10', '2027-06-12'],
    ]);
    expect(work.map((event) => event.uid)).toEqual([
      'test-plan.person.ann.task.write.1@kickoff-playbook.invalid',
      'test-plan.person.ann.task.write.2@kickoff-playbook.invalid',
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('books a done task on its actual days as one event, leaves a milestone out and names an absence by its label', () => {
    // Done Mon 7 – Wed 9 June (recorded as such); the milestone after it is no work.
    const tracked = {
      ...input,
      statusDate: '2027-06-09',
      team: [person('ann', { name: 'Ann', absences: [{ from: '2027-06-21', to: '2027-06-21', reason: 'other', label: 'Dentist' }] })],
      tasks: [
        { id: 'write', title: 'Write', duration: 3, assignees: ['ann'], actualStart: '2027-06-07', actualFinish: '2027-06-09' },
        { id: 'sign', title: 'Sign', milestone: true, assignees: ['ann'], dependsOn: ['write'] },
      ],
    };
    const ics = formatPersonIcs(schedule(tracked), makePlan(tracked), 'ann', { title: 'Plan', lang: 'en' });
    expect(eventsOf(ics).map((event) => [event.uid.replace(/@.*/, ''), event.summary, event.start, event.end])).toEqual([
      ['test-plan.person.ann.kickoff', 'Kick-off: Plan', '2027-06-07', '2027-06-08'],
      ['test-plan.person.ann.task.write.1', 'Write (Plan)', '2027-06-07', '2027-06-10'],
      ['test-plan.person.ann.absence.1', 'Absent: Dentist', '2027-06-21', '2027-06-22'],
    ]);
    // Work and absence are busy time; the calendar is named after the person.
    expect(ics).toContain('X-WR-CALNAME:Ann: Plan\r\n');
    expect(ics.match(/TRANSP:OPAQUE/g)).toHaveLength(2);
  });

  it('books a task in progress from its actual start, through the status date, into the work left', () => {
    // Ann started a five-day task on Monday 7 June; 40 % done on Tuesday 8 June leaves three days
    // from Wednesday 9, the first working day after the status date: one event, 7–11 June.
    const active = {
      ...input,
      statusDate: '2027-06-08',
      team: [person('ann', { name: 'Ann' })],
      tasks: [{ id: 'write', title: 'Write', duration: 5, assignees: ['ann'], actualStart: '2027-06-07', progress: 40 }],
    };
    const work = (plan: typeof active) =>
      eventsOf(formatPersonIcs(schedule(plan), makePlan(plan), 'ann', { title: 'Plan', lang: 'en' }))
        .filter((event) => event.summary.startsWith('Write'))
        .map((event) => [event.uid.replace(/@.*/, ''), event.start, event.end]);
    expect(work(active)).toEqual([['test-plan.person.ann.task.write.1', '2027-06-07', '2027-06-12']]);
    // Status on Saturday 12 June with two days left: the work left starts on Monday 14 and joins the days worked.
    expect(
      work({
        ...active,
        statusDate: '2027-06-12',
        tasks: [
          { id: 'write', title: 'Write', duration: 7, assignees: ['ann'], actualStart: '2027-06-07', remaining: 2 } as unknown as (typeof active.tasks)[0],
        ],
      }),
    ).toEqual([['test-plan.person.ann.task.write.1', '2027-06-07', '2027-06-16']]);
    // An effort of five person-days, Ann away on Wednesday 9: the days worked end on the status
    // date, the three person-days left are hers from Thursday 10 to Monday 14.
    const away = {
      ...active,
      team: [person('ann', { name: 'Ann', absences: [{ from: '2027-06-09', to: '2027-06-09', reason: 'sickness' }] })],
      tasks: [{ id: 'write', title: 'Write', effort: 5, assignees: ['ann'], actualStart: '2027-06-07', progress: 40 } as unknown as (typeof active.tasks)[0]],
    };
    expect(work(away)).toEqual([
      ['test-plan.person.ann.task.write.1', '2027-06-07', '2027-06-09'],
      ['test-plan.person.ann.task.write.2', '2027-06-10', '2027-06-15'],
    ]);
  });

  it('books a task two people share on the days of each, as busy time, with the day the deadline task is planned', () => {
    // Ann (away Tuesday 8) and Bob share an effort of four person-days from Monday 7 June: both on
    // Monday, Bob alone on Tuesday, both on Wednesday. The deadline event says when the task is planned.
    const shared = {
      ...input,
      team: [person('ann', { name: 'Ann', absences: [{ from: '2027-06-08', to: '2027-06-08', reason: 'other' }] }), person('bob', { name: 'Bob' })],
      tasks: [{ id: 'write', title: 'Write', effort: 4, assignees: ['ann', 'bob'], deadline: '2027-06-30' }],
    };
    const calendarOf = (id: string) => formatPersonIcs(schedule(shared), makePlan(shared), id, { title: 'Plan', lang: 'en' });
    const work = (ics: string) =>
      eventsOf(ics)
        .filter((event) => event.summary.startsWith('Write'))
        .map((event) => [event.start, event.end]);
    expect(work(calendarOf('ann'))).toEqual([
      ['2027-06-07', '2027-06-08'],
      ['2027-06-09', '2027-06-10'],
    ]);
    expect(work(calendarOf('bob'))).toEqual([['2027-06-07', '2027-06-10']]);
    const bob = new ICAL.Component(ICAL.parse(calendarOf('bob'))).getAllSubcomponents('vevent');
    const deadline = bob.find((event) => String(event.getFirstPropertyValue('summary')).startsWith('Deadline'));
    expect(String(deadline?.getFirstPropertyValue('uid'))).toBe('test-plan.person.bob.deadline.write@kickoff-playbook.invalid');
    expect(String(deadline?.getFirstPropertyValue('description'))).toBe('scheduled: 2027-06-09');
    const writing = bob.find((event) => String(event.getFirstPropertyValue('summary')).startsWith('Write'));
    expect(String(writing?.getFirstPropertyValue('transp'))).toBe('OPAQUE');
  });

  it('never gives two events of different calendars one UID: plan pim, person start against plan pim-start', () => {
    const withStart = {
      ...input,
      team: [person('start', { name: 'Start' })],
      tasks: [{ id: 'kickoff', title: 'K', duration: 1, assignees: ['start'], deadline: '2027-06-30' }],
    };
    const uids = (ics: string) => eventsOf(ics).map((event) => event.uid);
    const personal = uids(formatPersonIcs({ ...schedule(withStart), plan: 'pim' }, makePlan(withStart), 'start', { title: 'Plan', lang: 'en' }));
    const planWide = uids(formatScheduleIcs({ ...schedule(withStart), plan: 'pim-start' }, { title: 'Plan', lang: 'en' }));
    expect(personal.length + planWide.length).toBeGreaterThan(3);
    expect(personal.filter((uid) => planWide.includes(uid))).toEqual([]);
  });

  it('refuses a person the plan does not have', () => {
    expect(() => formatPersonIcs(schedule(input), makePlan(input), 'zoe', { title: 'Plan', lang: 'en' })).toThrow('no person zoe in plan test-plan');
  });
});
