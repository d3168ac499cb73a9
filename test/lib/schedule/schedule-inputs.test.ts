/** `scheduleOptions`: what a plan's schedule depends on, taken from the content for that plan only. */
import { describe, expect, it } from 'vitest';
import { scheduleOptions, type ScheduleContent } from '../../../src/lib/schedule/schedule-inputs.ts';
import type { Phase } from '../../../src/lib/schema/phase.ts';
import { makePlan, person } from '../../helpers/plan.ts';

const planWith = (phase: string) => makePlan({ kickoff: '2027-06-07', team: [person('p')], tasks: [{ id: 't', title: 'T', duration: 1, phase }] });
// Only the fields scheduleOptions and the playbook rules read; the rest of a phase plays no part here.
const phase = (id: string, title: string, order: number) => ({ id, data: { title, order } as unknown as Phase });

describe('scheduleOptions', () => {
  it('names the titles of the phases this plan’s tasks use, not those of another plan', () => {
    const content: ScheduleContent = {
      plans: [
        { id: 'one', data: planWith('analyse') },
        { id: 'two', data: planWith('rollout') },
      ],
      roles: [],
      phases: [phase('analyse', 'Analyse', 1), phase('rollout', 'Rollout', 2), phase('betrieb', 'Betrieb', 3)],
      checklists: [],
      snapshots: [],
    };
    expect([...scheduleOptions(content, 'one', 'de').phaseTitles!]).toEqual([['analyse', 'Analyse']]);
    expect([...scheduleOptions(content, 'two', 'de').phaseTitles!]).toEqual([['rollout', 'Rollout']]);
  });
});
