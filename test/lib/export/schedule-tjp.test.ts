import { describe, expect, it } from 'vitest';
import { toTaskJuggler } from '../../../src/lib/export/schedule-tjp.ts';
import { makePlan, person } from '../../helpers/plan.ts';

// What tj3 makes of the export is checked in test/lib/schedule/schedule-plan.taskjuggler.test.ts;
// here, what a reader of the file finds that TaskJuggler does not use.
describe('toTaskJuggler', () => {
  const plan = makePlan({
    kickoff: '2027-01-02', // a Saturday
    calendar: { workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
    team: [person('anna', { capacity: 0.5 }), person('ben', { capacity: 0.3 })],
    tasks: [
      { id: 'start-here', title: 'Start', milestone: true },
      { id: 'work', title: 'Work', effort: 2.5, assignees: ['anna'], priority: 700, dependsOn: ['start-here'] },
      { id: 'later', title: 'Later', duration: 2, assignees: ['ben'], start: '2027-02-01', dependsOn: ['work'] },
    ],
  });
  const lines = toTaskJuggler(plan).split('\n');
  const taskLine = (id: string) => lines.find((line) => line.startsWith(`task ${id} `));

  it('works one hour on each of the plan’s workdays, so that a day is one time slot', () => {
    expect(lines).toContain('  dailyworkinghours 1');
    expect(lines).toContain('  workinghours mon, tue, wed, thu, fri, sat 9:00 - 10:00');
    expect(lines).toContain('  workinghours sun off');
  });

  it('keeps the plan’s effort and priority in a comment where the file has other values', () => {
    // Placed second of three (after the milestone): priority 999; 2.5 person-days round to 3.
    expect(taskLine('work')).toBe(
      'task work "Work" { depends !start_here effort 3d allocate anna priority 999 } # in the plan: effort 2.5 person-days, priority 700',
    );
  });

  it('puts a milestone without dependencies at the end of the first working day', () => {
    // 2 January 2027 is a Saturday and a workday here: the milestone stays on it.
    expect(taskLine('start_here')).toBe('task start_here "Start" { start 2027-01-02-10:00 milestone priority 1000 }');
  });

  it('holds the start of a task with dependencies in a milestone it depends on', () => {
    expect(taskLine('NotBefore_later')).toBe('task NotBefore_later "Later (start)" { start 2027-02-01 milestone }');
    expect(taskLine('later')).toBe('task later "Later" { depends !work, !NotBefore_later length 2d allocate ben priority 998 }');
  });

  it('writes a capacity that binary fractions cannot hold a billionth higher, one that they can as it is', () => {
    expect(lines).toContain('resource anna "anna" { efficiency 0.5 }');
    expect(lines).toContain('resource ben "ben" { efficiency 0.300000001 }');
  });
});
