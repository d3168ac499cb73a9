/**
 * `kickoff schedule --format json` of a small plan worked by hand. Berlin, June 2027 (no public
 * holiday): kick-off Monday 7 June; `spec` (phase `build`) takes 7–9 June, which is the plan's
 * finish; the buffer of two days sits before the milestone `live`, Thursday 10 and Friday 11, and
 * `live` (no working time of its own) falls on its last day, the committed finish.
 */
import { describe, expect, it } from 'vitest';
import { formatScheduleJson, scheduleToJson } from '../../../src/lib/export/schedule-json.ts';
import { person, schedule } from '../../helpers/plan.ts';

const input = {
  kickoff: '2027-06-07',
  calendar: { region: 'DE-BE' },
  team: [person('p')],
  buffer: { method: 'fixed', value: 2, before: 'live' },
  tasks: [
    { id: 'spec', title: 'Spec', phase: 'build', duration: 3, assignees: ['p'], deadline: '2027-06-08' },
    { id: 'live', title: 'Live', milestone: true, dependsOn: ['spec'] },
  ],
};

describe('scheduleToJson', () => {
  it('writes a plan without tracking or Monte Carlo with nulls for the figures it lacks, and no keys for the parts it lacks', () => {
    expect(scheduleToJson(schedule(input))).toStrictEqual({
      plan: 'test-plan',
      kickoff: '2027-06-07',
      statusDate: null,
      finish: '2027-06-09',
      committedFinish: '2027-06-11',
      baseline: null,
      slip: null,
      completion: null,
      consumption: null,
      zone: null,
      buffer: { method: 'fixed', days: 2, remaining: null, consumed: null, start: '2027-06-10', finish: '2027-06-11', before: 'live' },
      tasks: [
        {
          id: 'spec',
          title: 'Spec',
          phase: 'build',
          state: 'planned',
          actualStart: null,
          actualFinish: null,
          remaining: null,
          start: '2027-06-07',
          finish: '2027-06-09',
          baselineStart: null,
          baselineFinish: null,
          slip: null,
          milestone: false,
          critical: true,
          float: 0,
          workingDays: 3,
          assignees: ['p'],
          dependsOn: [],
          deadline: '2027-06-08',
          deadlineMet: false,
        },
        {
          id: 'live',
          title: 'Live',
          state: 'planned',
          actualStart: null,
          actualFinish: null,
          remaining: null,
          start: '2027-06-11',
          finish: '2027-06-11',
          baselineStart: null,
          baselineFinish: null,
          slip: null,
          milestone: true,
          critical: true,
          float: 0,
          workingDays: 0,
          assignees: [],
          dependsOn: ['spec'],
        },
      ],
      findings: [expect.objectContaining({ severity: 'warning', code: 'deadline-missed', path: 'tasks[0].deadline' })],
    });
  });

  it('writes the status date, progress, the Monte Carlo figures and nulls for a buffer used up', () => {
    const tracked = schedule({ ...input, statusDate: '2027-06-07', tasks: [{ ...input.tasks[0], actualStart: '2027-06-07', progress: 40 }, input.tasks[1]] });
    const withDraws = {
      ...tracked,
      p50: '2027-06-15',
      p85: '2027-06-16',
      iterations: 500,
      buffer: { ...tracked.buffer, start: undefined, finish: undefined, before: undefined },
      tasks: tracked.tasks.map((task) => ({ ...task, criticality: 1, ...(task.deadline ? { deadlineChance: 0.25 } : {}) })),
    };
    const json = scheduleToJson(withDraws);
    expect(json).toMatchObject({ statusDate: '2027-06-07', p50: '2027-06-15', p85: '2027-06-16', iterations: 500 });
    expect(json.buffer).toStrictEqual({ method: 'fixed', days: 2, remaining: null, consumed: null, start: null, finish: null });
    expect(json.tasks[0]).toMatchObject({ state: 'active', actualStart: '2027-06-07', progress: 40, criticality: 1, deadlineChance: 0.25 });
    expect(json.tasks[1]).toMatchObject({ criticality: 1 });
    expect('deadlineChance' in json.tasks[1]).toBe(false);
    expect('progress' in json.tasks[1]).toBe(false);
  });

  it('is written as JSON indented by two spaces, with a final line end', () => {
    const text = formatScheduleJson(schedule(input));
    expect(text.startsWith('{\n  "plan": "test-plan",\n  "kickoff": "2027-06-07",\n')).toBe(true);
    expect(text.endsWith('\n}\n')).toBe(true);
  });
});
