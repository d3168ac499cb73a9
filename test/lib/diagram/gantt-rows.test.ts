/**
 * Rows of a gantt chart from scheduled tasks written by hand: the tags of a bar, its source line,
 * which section a task without a phase joins, and which days the `excludes` line shades.
 */
import { describe, expect, test } from 'vitest';
import type { WorkingCalendar } from '../../../src/lib/calendar/working-calendar.ts';
import { toDay } from '../../../src/lib/dates.ts';
import { ganttBarLine, taskBar, taskBarId } from '../../../src/lib/diagram/gantt-bar.ts';
import { excludedDayTokens } from '../../../src/lib/diagram/gantt-excludes.ts';
import { phaseGroups, phaseSections } from '../../../src/lib/diagram/gantt-sections.ts';
import type { ScheduledTask } from '../../../src/lib/schedule/schedule-plan.ts';

const task = (fields: Partial<ScheduledTask> & { id: string }): ScheduledTask => ({
  title: fields.id,
  kind: 'duration',
  state: 'planned',
  start: '2027-03-01',
  finish: '2027-03-05',
  milestone: false,
  critical: false,
  float: 0,
  workingDays: 5,
  assignees: [],
  dependsOn: [],
  remaining: null,
  completion: 0,
  baselineStart: null,
  baselineFinish: null,
  slip: null,
  ...fields,
});

describe('a task bar', () => {
  test('its id is its place in the schedule, counted from 1', () => {
    expect([taskBarId(0), taskBarId(9)]).toEqual(['t1', 't10']);
  });

  test.each([
    ['planned, not critical', {}, []],
    ['critical', { critical: true }, ['crit']],
    ['done by its state', { state: 'done' as const }, ['done']],
    ['done at 100 %', { progress: 100 }, ['done']],
    ['under way by its state', { state: 'active' as const }, ['active']],
    ['under way with 1 %', { progress: 1 }, ['active']],
    ['not under way at 0 %', { progress: 0 }, []],
    ['a critical milestone', { critical: true, milestone: true }, ['crit', 'milestone']],
    ['a done critical milestone', { critical: true, milestone: true, state: 'done' as const }, ['crit', 'done', 'milestone']],
  ])('tags: %s', (_name, fields, tags) => {
    expect(taskBar(task({ id: 'a', ...fields }), 0, 'A').tags).toEqual(tags);
  });

  test('the source line: name, tags, id, first day and the day after the last', () => {
    const bar = taskBar(task({ id: 'a', critical: true, state: 'active', start: '2027-02-26', finish: '2027-02-28' }), 2, 'Analyse');
    expect(bar).toEqual({ id: 't3', name: 'Analyse', tags: ['crit', 'active'], start: '2027-02-26', finish: '2027-02-28' });
    expect(ganttBarLine(bar)).toBe('Analyse:crit, active, t3, 2027-02-26, 2027-03-01');
    // Across a year's end; an empty name is replaced by the bar's id.
    expect(ganttBarLine({ id: 'buffer', name: '', tags: [], start: '2027-12-30', finish: '2027-12-31' })).toBe('buffer:buffer, 2027-12-30, 2028-01-01');
  });
});

describe('phaseGroups', () => {
  test('groups by phase in order of first appearance; tasks keep their order and place', () => {
    const tasks = [task({ id: 'a', phase: 'build' }), task({ id: 'b', phase: 'start' }), task({ id: 'c', phase: 'build' })];
    const groups = phaseGroups(tasks, new Map([['build', 'Umsetzung']]), 'Other');
    expect(groups.map((group) => [group.phase, group.title, group.tasks.map(({ task: t, index }) => `${t.id}@${index}`)])).toEqual([
      ['build', 'Umsetzung', ['a@0', 'c@2']],
      ['start', 'start', ['b@1']],
    ]);
  });

  test("a task without a phase joins its first predecessor's phase, followed through other such tasks", () => {
    const tasks = [
      task({ id: 'm2', dependsOn: ['m1'] }),
      task({ id: 'm1', dependsOn: ['gone', 'loose', 'work'] }),
      task({ id: 'loose' }),
      task({ id: 'work', phase: 'build' }),
      task({ id: 'other', phase: 'start' }),
    ];
    const groups = phaseGroups(tasks, undefined, 'Other tasks');
    expect(groups.map((group) => [group.phase, group.title, group.tasks.map(({ task: t }) => t.id)])).toEqual([
      ['build', 'build', ['m2', 'm1', 'work']],
      [undefined, 'Other tasks', ['loose']],
      ['start', 'start', ['other']],
    ]);
  });

  test('tasks without a phase that wait for each other in a circle share the other tasks', () => {
    const tasks = [task({ id: 'x', dependsOn: ['y'] }), task({ id: 'y', dependsOn: ['x'] }), task({ id: 'z', phase: 'p', dependsOn: ['x'] })];
    const groups = phaseGroups(tasks, undefined, 'Other');
    expect(groups.map((group) => [group.title, group.tasks.map(({ task: t }) => t.id)])).toEqual([
      ['Other', ['x', 'y']],
      ['p', ['z']],
    ]);
  });

  test('sections of bars named by the caller, numbered by place in the schedule', () => {
    const tasks = [task({ id: 'a', phase: 'p' }), task({ id: 'b' })];
    expect(phaseSections(tasks, undefined, 'Other', (t) => t.id.toUpperCase())).toEqual([
      { title: 'p', bars: [{ id: 't1', name: 'A', tags: [], start: '2027-03-01', finish: '2027-03-05' }] },
      { title: 'Other', bars: [{ id: 't2', name: 'B', tags: [], start: '2027-03-01', finish: '2027-03-05' }] },
    ]);
  });
});

describe('excludedDayTokens', () => {
  /** A calendar with weekends on the ISO weekdays given, and holidays by date. */
  const calendar = (weekend: number[], holidays: Record<string, string>): WorkingCalendar =>
    ({
      nonWorkingReason: (day: number) => {
        // 1 January 1970 was a Thursday (ISO weekday 3 counted from Monday = 0).
        if (weekend.includes((day + 3) % 7)) return { reason: 'weekend' };
        const holiday = Object.entries(holidays).find(([date]) => toDay(date) === day);
        return holiday ? { reason: holiday[1] } : undefined;
      },
    }) as unknown as WorkingCalendar;

  test('the free weekdays by name in ISO order, then each other free day in the span as a date', () => {
    // 2027-03-01 is a Monday. A holiday on a Saturday is a weekend already; one after the span is left out.
    const days = calendar([5, 6], {
      '2027-03-03': 'holiday',
      '2027-03-06': 'holiday',
      '2027-03-12': 'closure',
      '2027-03-13': 'holiday',
      '2027-03-15': 'holiday',
    });
    expect(excludedDayTokens(days, '2027-03-01', '2027-03-14')).toEqual(['saturday', 'sunday', '2027-03-03', '2027-03-12']);
  });

  test('the first and last day of the span count; a span shorter than a week still names every free weekday', () => {
    const days = calendar([0, 6], { '2027-03-02': 'holiday', '2027-03-04': 'holiday' });
    // Tuesday to Thursday: Sunday and Monday are found in the week from the first day on.
    expect(excludedDayTokens(days, '2027-03-02', '2027-03-04')).toEqual(['monday', 'sunday', '2027-03-02', '2027-03-04']);
  });

  test('no free days: no tokens', () => {
    expect(excludedDayTokens(calendar([], {}), '2027-03-01', '2027-03-31')).toEqual([]);
  });
});
