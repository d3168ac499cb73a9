/**
 * The sample plan measured against its playbook's rules: the plan as it stood before issue 19
 * (kept in `test/fixtures/sample-before-19/`) breaks the kick-off phase's buffer rule; the
 * revised plan in `content/` keeps it.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { readinessChecks } from '../../../src/lib/readiness.ts';
import { scheduleOptions } from '../../../src/lib/schedule/schedule-inputs.ts';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { validateContent } from '../../../src/lib/validate/validate-content.ts';
import { base, check, errors } from '../../fixtures/content-tree.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = path.join(ROOT, 'content');
const BEFORE = path.join(ROOT, 'test/fixtures/sample-before-19');
const PLAN = 'plans/musterhandel-pim.mdx';

async function findingsOf(root: string) {
  const { content, findings } = await readContent(root, 'en');
  return validateContent(content, findings, { lang: 'en', iterations: 0 });
}

/** Today's playbook with the plan (and its tracking history) as it was before the revision. */
async function withOldPlan() {
  const root = path.join(tempFolder('rules'), 'content');
  await cp(SAMPLE, root, { recursive: true });
  await rm(path.join(root, 'snapshots/musterhandel-pim'), { recursive: true });
  await cp(path.join(BEFORE, 'snapshots/musterhandel-pim'), path.join(root, 'snapshots/musterhandel-pim'), { recursive: true });
  await cp(path.join(BEFORE, PLAN), path.join(root, PLAN));
  return root;
}

describe('the sample plan against the playbook’s buffer rule', { timeout: 60_000 }, () => {
  it('reports the plan before the revision as breaking it: too small, and before closure instead of go-live', async () => {
    const findings = (await findingsOf(await withOldPlan())).filter((finding) => finding.file === PLAN);
    const small = findings.find((finding) => finding.code === 'small-buffer');
    const misplaced = findings.find((finding) => finding.code === 'buffer-misplaced');
    expect(small?.message).toMatch(/only 10\.9% .*under 15%, rule “minimum buffer” in phases\/kickoff\.mdx/);
    expect(misplaced?.message).toContain('phases/kickoff.mdx');
    expect(misplaced?.path).toBe('buffer.before');
  });

  it('finds the revised sample compliant: only the warnings a file states as intended remain', async () => {
    const findings = await findingsOf(SAMPLE);
    // kleiner-start says in its text that product management and IT are not people of their own.
    expect(findings.map((finding) => `${finding.file} ${finding.code}`)).toEqual([
      'plans/kleiner-start.mdx required-role-missing',
      'plans/kleiner-start.mdx required-role-missing',
    ]);
    const { content } = await readContent(SAMPLE, 'en');
    const text = content.plans.find((plan) => plan.id === 'kleiner-start')?.body ?? '';
    expect(text).toContain('das ist bewusst so');
  });

  it('earns every readiness check of the realistic plan, Monte Carlo included', async () => {
    const { content } = await readContent(SAMPLE, 'de');
    const plan = content.plans.find((entry) => entry.id === 'musterhandel-pim');
    if (!plan) throw new Error('musterhandel-pim is missing');
    const result = schedulePlan(plan.id, plan.data, scheduleOptions(content, plan.id, 'de'));
    if (!result.ok) throw new Error(result.findings[0].message);
    expect(readinessChecks(result.schedule, 'de').filter((check) => !check.ok)).toEqual([]);
    expect(result.schedule.buffer.before).toBe('m-go-live-bereit');
    expect(result.schedule.p85 !== undefined && result.schedule.p85 <= result.schedule.committedFinish).toBe(true);
  });
});

describe('where the playbook states its rules', () => {
  it('accepts the buffer rule in one phase and refuses it in a second, naming the one that holds', async () => {
    const rules = { buffer: { minPercent: 15, before: 'build' } };
    expect(errors(await check({ 'phases/start.mdx': { ...base('phases/start.mdx'), rules } }))).toEqual([]);
    const twice = await check({ 'phases/start.mdx': { ...base('phases/start.mdx'), rules }, 'phases/build.mdx': { ...base('phases/build.mdx'), rules } });
    expect(errors(twice).map((finding) => [finding.file, finding.path, finding.code])).toEqual([['phases/build.mdx', 'rules.buffer', 'duplicate']]);
    expect(errors(twice)[0].message).toContain('phases/start.mdx');
  });

  it('checks the rules’ references to phases and checklists', async () => {
    const rules = { buffer: { minPercent: 15, before: 'golive' }, checklistsDone: ['nothing'] };
    const found = errors(await check({ 'phases/start.mdx': { ...base('phases/start.mdx'), rules } }));
    expect(found.map((finding) => finding.path)).toEqual(['rules.buffer.before', 'rules.checklistsDone[0]']);
  });
});
