import { describe, expect, it } from 'vitest';
import { readinessChecks } from '../../src/lib/readiness.ts';
import { person, schedule } from '../helpers/plan.ts';

describe('readinessChecks', () => {
  it('passes every check of a sound plan and flags the lessons a plan ignores', () => {
    const roles = [
      { id: 'it', title: 'IT', kickoff: 'required' as const },
      { id: 'entwicklung-anbieter', title: 'Entwicklung Anbieter', kickoff: 'required' as const },
    ];
    const sound = schedule(
      {
        kickoff: '2027-03-01',
        team: [person('p'), { ...person('d'), role: 'entwicklung-anbieter' }],
        tasks: [{ id: 'a', title: 'A', duration: 10 }],
        buffer: { method: 'percent', value: 20 },
      },
      { roles },
    );
    expect(readinessChecks(sound, 'de').every((check) => check.ok)).toBe(true);

    const careless = schedule(
      { kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 10, deadline: '2027-03-05' }] },
      { roles, lang: 'en' },
    );
    const open = readinessChecks(careless, 'en')
      .filter((check) => !check.ok)
      .map((check) => check.id);
    expect(open).toEqual(['roles', 'buffer', 'deadlines']);
    expect(readinessChecks(careless, 'en')[0].findings[0].message).toContain('Entwicklung Anbieter');
  });
});
