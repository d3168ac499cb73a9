import { describe, expect, it } from 'vitest';
import { planRisks } from '../../src/lib/plan-risks.ts';
import type { Phase } from '../../src/lib/schema/phase.ts';
import type { Plan } from '../../src/lib/schema/plan.ts';
import type { Risk } from '../../src/lib/schema/risk.ts';

// Only the fields planRisks reads.
const plan = { tasks: [{ phase: 'design' }, { phase: 'rollout' }, {}, { phase: 'design' }] } as unknown as Plan;
const risk = (id: string, phases?: string[]) => ({ id, data: { phases } as unknown as Risk });
const phase = (id: string, risks?: string[]) => [id, { id, data: { risks } as unknown as Phase }] as const;

describe('planRisks', () => {
  it('keeps the risks naming a phase of the plan’s tasks and those named by such a phase, in their own order', () => {
    const risks = [
      risk('scope-creep', ['design']),
      risk('vendor', ['procurement']),
      risk('key-user-away'),
      risk('data-quality', ['procurement', 'rollout']),
      risk('cutover'),
    ];
    const phases = new Map([phase('design', ['cutover']), phase('rollout'), phase('procurement', ['key-user-away'])]);
    expect(planRisks(plan, risks, phases).map((entry) => entry.id)).toEqual(['scope-creep', 'data-quality', 'cutover']);
  });

  it('finds none for a plan whose tasks carry no phase', () => {
    const phaseless = { tasks: [{}, {}] } as unknown as Plan;
    expect(planRisks(phaseless, [risk('a', ['design']), risk('b')], new Map([phase('design', ['b'])]))).toEqual([]);
  });
});
