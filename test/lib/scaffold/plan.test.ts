/**
 * The plan scaffold's values worked by hand from the base fixture (test/fixtures/content-tree.ts):
 * phase `start` (order 1, 1–3 days, milestone "M1 Kick-off done") and `build` (order 2, after
 * start, no typical duration); roles `lead` (customer, required at the kick-off) and `dev`.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { scaffoldPlan } from '../../../src/lib/scaffold/plan.ts';
import { base, writeTree, type FileOverride } from '../../fixtures/content-tree.ts';

interface PlanData {
  kickoff: string;
  team: unknown[];
  tasks: Record<string, unknown>[];
  buffer: unknown;
}

async function planFrom(overrides: Record<string, FileOverride>, today = new Date('2027-01-13T10:00:00Z')): Promise<PlanData> {
  const { content } = await readContent(await writeTree(overrides), 'en');
  const result = scaffoldPlan({ id: 'new-plan', content, lang: 'en', today });
  if (!result.ok) throw new Error(`needs ${result.needs.collection}`);
  return parse(result.source.split('---\n')[1]) as PlanData;
}

describe('scaffoldPlan', { timeout: 60_000 }, () => {
  it('makes one task per phase in order, with the three-point estimate from the typical duration and a milestone where the phase names one', async () => {
    const plan = await planFrom({});
    expect(plan.tasks).toEqual([
      // 1–3 days: optimistic 1, likely the midpoint 2, pessimistic 3.
      { id: 'start', phase: 'start', duration: { optimistic: 1, likely: 2, pessimistic: 3 } },
      { id: 'm-start', title: 'M1 Kick-off done', milestone: true, dependsOn: ['start'] },
      // No typical duration: 5, 10 and 15 days.
      { id: 'build', phase: 'build', duration: { optimistic: 5, likely: 10, pessimistic: 15 }, dependsOn: ['start'] },
    ]);
  });

  it('gives a task no dependsOn where its phase lists none', async () => {
    const plan = await planFrom({ 'phases/start.mdx': { ...base('phases/start.mdx'), dependsOn: [] } });
    expect(plan.tasks[0]).toEqual({ id: 'start', phase: 'start', duration: { optimistic: 1, likely: 2, pessimistic: 3 } });
  });

  it('turns weeks into five working days each and rounds the midpoint up at a half', async () => {
    // 2–5 weeks: 10 and 25 days, midpoint 17.5 rounds to 18.
    const build = { ...base('phases/build.mdx'), typicalDuration: { min: 2, max: 5, unit: 'weeks' } };
    const plan = await planFrom({ 'phases/build.mdx': build });
    expect(plan.tasks[2]).toMatchObject({ id: 'build', duration: { optimistic: 10, likely: 18, pessimistic: 25 } });
  });

  it('starts on the first Monday at least fourteen days after today', async () => {
    // Monday 11 January 2027 + 14 days is Monday 25 January itself; Sunday 10 January + 14 is Sunday 24, so Monday 25 too.
    expect((await planFrom({}, new Date('2027-01-11T08:00:00Z'))).kickoff).toBe('2027-01-25');
    expect((await planFrom({}, new Date('2027-01-10T08:00:00Z'))).kickoff).toBe('2027-01-25');
    // Tuesday 12 January + 14 is Tuesday 26: the next Monday is 1 February.
    expect((await planFrom({}, new Date('2027-01-12T08:00:00Z'))).kickoff).toBe('2027-02-01');
  });

  it('staffs the team with the first role when no role is required at the kick-off', async () => {
    const lead = { ...base('roles/lead.mdx'), kickoff: 'optional' };
    const plan = await planFrom({ 'roles/lead.mdx': lead });
    // Roles are read in file order: roles/dev.mdx before roles/lead.mdx.
    expect(plan.team).toEqual([{ id: 'dev', name: 'TBD (Entwicklung)', role: 'dev', capacity: 0.5 }]);
  });

  it('without phases plans a one-day kick-off task', async () => {
    const plan = await planFrom({ 'phases/start.mdx': null, 'phases/build.mdx': null });
    expect(plan.tasks).toEqual([{ id: 'kickoff', title: 'Kick-off', duration: 1 }]);
    expect(plan.buffer).toEqual({ method: 'percent', value: 15 });
  });
});
