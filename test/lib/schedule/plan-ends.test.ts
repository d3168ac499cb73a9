import { describe, expect, it } from 'vitest';
import { planEnds } from '../../../src/lib/schedule/plan-ends.ts';

const task = (id: string, finish: string) => ({ id, title: id.toUpperCase(), finish });
type Input = Parameters<typeof planEnds>[0];
const schedule = (before: string | undefined, tasks: ReturnType<typeof task>[], finish = '2027-03-01') =>
  ({ finish, buffer: { method: 'fixed', days: 5, remaining: null, consumed: null, ...(before ? { before } : {}) }, tasks }) as unknown as Input;

describe('planEnds', () => {
  it('names the buffer’s milestone and the end of all work when work follows the milestone (rule 9a)', () => {
    const ends = planEnds(schedule('go-live', [task('build', '2027-03-01'), task('go-live', '2027-03-08'), task('hypercare', '2027-04-02')]));
    expect(ends).toEqual({ before: { id: 'go-live', title: 'GO-LIVE' }, allWork: '2027-04-02' });
  });

  it('names no milestone when nothing follows it, or when the buffer protects no milestone', () => {
    expect(planEnds(schedule('closed', [task('build', '2027-03-01'), task('closed', '2027-03-08')]))).toEqual({ allWork: '2027-03-08' });
    expect(planEnds(schedule(undefined, [task('build', '2027-03-01'), task('closed', '2027-03-04')]))).toEqual({ allWork: '2027-03-04' });
  });

  it('takes the plan’s finish as the end of all work when a done task’s finish lies before it', () => {
    expect(planEnds(schedule(undefined, [task('a', '2027-02-01')], '2027-02-03')).allWork).toBe('2027-02-03');
  });
});
