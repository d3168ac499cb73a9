import { describe, expect, it } from 'vitest';
import { planChecklistIds } from '../../src/lib/plan-checklists.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { Phase } from '../../src/lib/schema/phase.ts';
import type { Plan } from '../../src/lib/schema/plan.ts';

const phase = (id: string, order: number, checklists?: string[]) => ({ id, data: { order, ...(checklists ? { checklists } : {}) } as Phase });
const checklist = (id: string, phaseId?: string) => ({ id, data: (phaseId ? { phase: phaseId } : {}) as Checklist });
const plan = (taskPhases: (string | undefined)[], checklists?: string[]) =>
  ({ tasks: taskPhases.map((id, index) => ({ id: `t${index}`, ...(id ? { phase: id } : {}) })), ...(checklists ? { checklists } : {}) }) as unknown as Plan;

const PHASES = [phase('build', 2, ['build-list']), phase('start', 1, ['agenda', 'shared']), phase('live', 3), phase('unused', 4, ['never'])];
const CHECKLISTS = [
  checklist('agenda'),
  checklist('shared', 'build'),
  checklist('build-list'),
  checklist('go-live', 'live'),
  checklist('after', 'start'),
  checklist('loose'),
];

describe('planChecklistIds', () => {
  it('is the plan’s own list when it has one', () => {
    expect(planChecklistIds(plan(['start'], ['loose', 'agenda']), PHASES, CHECKLISTS)).toEqual(['loose', 'agenda']);
  });

  it('is, in phase order, what each phase of the plan’s tasks names and then what names the phase, each once', () => {
    expect(planChecklistIds(plan(['live', undefined, 'build', 'start', 'build']), PHASES, CHECKLISTS)).toEqual([
      'agenda',
      'shared',
      'after',
      'build-list',
      'go-live',
    ]);
  });

  it('leaves out the phases no task carries out, and knows nothing of unknown phases', () => {
    expect(planChecklistIds(plan(['live', 'nowhere']), PHASES, CHECKLISTS)).toEqual(['go-live']);
    expect(planChecklistIds(plan([undefined]), PHASES, CHECKLISTS)).toEqual([]);
  });

  it('keeps the playbook’s order for phases of the same order', () => {
    const twins = [phase('b', 1, ['from-b']), phase('a', 1, ['from-a'])];
    expect(planChecklistIds(plan(['a', 'b']), twins, [])).toEqual(['from-b', 'from-a']);
  });

  it('answers anew for a changed playbook', () => {
    expect(planChecklistIds(plan(['start']), PHASES, CHECKLISTS)).toEqual(['agenda', 'shared', 'after']);
    expect(planChecklistIds(plan(['start']), PHASES, [...CHECKLISTS, checklist('late', 'start')])).toEqual(['agenda', 'shared', 'after', 'late']);
  });
});
