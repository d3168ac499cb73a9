/** `scheduleOptions`: what a plan's schedule depends on, taken from the content for that plan only. */
import { describe, expect, it } from 'vitest';
import { scheduleOptions, type ScheduleContent } from '../../../src/lib/schedule/schedule-inputs.ts';
import type { Plan } from '../../../src/lib/schema/plan.ts';
import type { Snapshot } from '../../../src/lib/schema/snapshot.ts';
import { makePlan, person } from '../../helpers/plan.ts';

const role = (id: string, kickoff: 'required' | 'optional', title = id.toUpperCase()) => ({ id, data: { title, kickoff } }) as ScheduleContent['roles'][number];
const phase = (id: string, title: string) => ({ id, data: { title, order: 1 } }) as ScheduleContent['phases'][number];
const snapshot = (plan: string, date: string) => ({ id: `${plan}/${date}`, data: { plan, date } as unknown as Snapshot });
const plan = (id: string, phases: string[]): { id: string; data: Plan } => ({
  id,
  data: makePlan({ kickoff: '2027-03-01', team: [person('p')], tasks: phases.map((phaseId, index) => ({ id: `t${index}`, phase: phaseId, duration: 1 })) }),
});

describe('scheduleOptions', () => {
  const content: ScheduleContent = {
    plans: [plan('a', ['build', 'start']), plan('b', ['test']), plan('a', ['test'])],
    roles: [role('lead', 'required'), role('dev', 'optional'), role('it', 'required', 'IT')],
    phases: [phase('start', 'Start'), phase('build', 'Build'), phase('test', 'Test')],
    checklists: [],
    snapshots: [snapshot('a', '2027-05-01'), snapshot('b', '2027-04-01'), snapshot('a', '2027-03-15')],
  };

  it('gives a plan the required roles, the titles of its own phases and its snapshots oldest first', () => {
    const options = scheduleOptions(content, 'a', 'en');
    expect(options.lang).toBe('en');
    expect(options.roles).toEqual([
      { id: 'lead', title: 'LEAD', kickoff: 'required' },
      { id: 'it', title: 'IT', kickoff: 'required' },
    ]);
    // In the playbook's order of phases, only those the plan's tasks name (of the first plan `a`).
    expect([...(options.phaseTitles ?? new Map()).entries()]).toEqual([
      ['start', 'Start'],
      ['build', 'Build'],
    ]);
    expect(options.snapshots?.map((entry) => entry.date)).toEqual(['2027-03-15', '2027-05-01']);
    expect(scheduleOptions(content, 'b', 'en').snapshots?.map((entry) => entry.date)).toEqual(['2027-04-01']);
  });

  it('gives a plan without snapshots none, and an unknown plan no phases', () => {
    const without = { ...content, snapshots: [] };
    expect(scheduleOptions(without, 'a', 'de').snapshots).toEqual([]);
    expect(scheduleOptions(content, 'zzz', 'de').phaseTitles?.size).toBe(0);
  });

  it('follows a new read of the content (new lists), not the lists it saw before', () => {
    expect(scheduleOptions(content, 'a', 'de').roles).toHaveLength(2);
    const next = { ...content, roles: [role('lead', 'optional')], snapshots: [snapshot('a', '2027-06-01')] };
    expect(scheduleOptions(next, 'a', 'de').roles).toEqual([]);
    expect(scheduleOptions(next, 'a', 'de').snapshots?.map((entry) => entry.date)).toEqual(['2027-06-01']);
  });

  it('names the titles of the phases this plan’s tasks use, not those of another plan', () => {
    const planWith = (phaseId: string) =>
      makePlan({ kickoff: '2027-06-07', team: [person('p')], tasks: [{ id: 't', title: 'T', duration: 1, phase: phaseId }] });
    const twoPlans: ScheduleContent = {
      plans: [
        { id: 'one', data: planWith('analyse') },
        { id: 'two', data: planWith('rollout') },
      ],
      roles: [],
      phases: [phase('analyse', 'Analyse'), phase('rollout', 'Rollout'), phase('betrieb', 'Betrieb')],
      checklists: [],
      snapshots: [],
    };
    expect([...(scheduleOptions(twoPlans, 'one', 'de').phaseTitles ?? [])]).toEqual([['analyse', 'Analyse']]);
    expect([...(scheduleOptions(twoPlans, 'two', 'de').phaseTitles ?? [])]).toEqual([['rollout', 'Rollout']]);
  });
});
