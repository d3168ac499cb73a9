import { describe, expect, it } from 'vitest';
import { cachedSchedulePlan } from '../../../src/lib/schedule/schedule-cache.ts';
import { makePlan, person } from '../../helpers/plan.ts';

describe('cachedSchedulePlan', () => {
  const plan = makePlan({ kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 2 }] });
  const roles = [
    { id: 'b', title: 'B', kickoff: 'optional' as const },
    { id: 'a', title: 'A', kickoff: 'required' as const },
  ];

  it('returns the same result for the same inputs, whatever the order of roles and phases', () => {
    const first = cachedSchedulePlan('cache-test', plan, {
      roles,
      phaseTitles: new Map([
        ['x', 'X'],
        ['y', 'Y'],
      ]),
      iterations: 0,
    });
    const second = cachedSchedulePlan('cache-test', structuredClone(plan), {
      roles: [...roles].reverse(),
      phaseTitles: new Map([
        ['y', 'Y'],
        ['x', 'X'],
      ]),
      iterations: 0,
    });
    expect(second).toBe(first);
  });

  it('computes anew when anything that goes into the schedule differs', () => {
    const first = cachedSchedulePlan('cache-test', plan, { iterations: 0, lang: 'de' });
    expect(cachedSchedulePlan('cache-test', plan, { iterations: 0, lang: 'en' })).not.toBe(first);
    expect(cachedSchedulePlan('cache-test', { ...plan, kickoff: '2027-03-02' }, { iterations: 0, lang: 'de' })).not.toBe(first);
  });
});
