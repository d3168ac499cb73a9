/**
 * Findings that come from scheduling (never-finishes, warnings), strict mode, and that a broken
 * tree reports every finding of every file in one run.
 */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/lib/content/finding.ts';
import { base, brief, check, errors, findingLike, mdx, planWith, warnings, writeTree, validateTree } from '../../fixtures/content-tree.ts';

const PLAN = 'plans/demo.mdx';

describe('a task that never finishes (rule 11)', () => {
  const absentForGood = planWith((p) => {
    p.team[0].absences = [{ from: '2027-01-01', to: '2038-12-31', reason: 'other', label: 'left the company' }];
    p.tasks[1].assignees = ['ann'];
  });

  it('an effort task whose only assignee is absent for 11 years is an error on tasks[i]', async () => {
    const findings = await check({ [PLAN]: absentForGood }, { lang: 'de' });
    const finding = findingLike(findings, {
      file: PLAN,
      path: 'tasks[1]',
      code: 'never-finishes',
      message: '„Work“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig',
    });
    expect(finding.message).toContain('keine freie Kapazität');
    expect(finding.line).toBeGreaterThan(1);
    expect(errors(findings)).toHaveLength(1);
  });

  it('names the task and the reason in English too', async () => {
    const findings = await check({ [PLAN]: absentForGood }, { lang: 'en' });
    findingLike(findings, {
      file: PLAN,
      path: 'tasks[1]',
      code: 'never-finishes',
      message: '“Work” cannot finish within ten years of the kick-off: its assignees have no free capacity',
    });
  });

  it('a duration task longer than ten years of working days never finishes either', async () => {
    const findings = await check({ [PLAN]: planWith((p) => void (p.tasks[0].duration = 3000)) }, { lang: 'en' });
    findingLike(findings, { file: PLAN, path: 'tasks[0]', code: 'never-finishes', message: 'not enough working days' });
  });

  it('a plan with such a task still has its other checks', async () => {
    const findings = await check({ [PLAN]: absentForGood, 'risks/late.mdx': { ...base('risks/late.mdx'), owner: 'ghost' } }, { lang: 'de' });
    findingLike(findings, { file: PLAN, path: 'tasks[1]', code: 'never-finishes', message: 'zehn Jahren' });
    findingLike(findings, { file: 'risks/late.mdx', path: 'owner', code: 'reference', message: '(gefunden: `ghost`)' });
  });
});

describe('warnings', () => {
  it('a role with kickoff: required that nobody in the team has', async () => {
    const plan = planWith((p) => void (p.team[0].role = 'dev'));
    const findings = await check({ [PLAN]: plan }, { lang: 'de' });
    const finding = findingLike(findings, {
      file: PLAN,
      path: 'team',
      severity: 'warning',
      code: 'required-role-missing',
      message: 'Die Rolle „Projektleitung“ (lead) muss beim Kick-off dabei sein',
    });
    // On the line of `team:` in the file as the fixture writes it.
    expect(finding.line).toBe(mdx(plan).split('\n').indexOf('team:') + 1);
    expect(finding.line).toBeGreaterThan(1);
    expect(errors(findings)).toEqual([]);
    expect(warnings(findings)).toHaveLength(1);
  });

  it('no buffer, absent during a duration task, missed deadline, kick-off on a Saturday', async () => {
    const findings = await check(
      {
        [PLAN]: planWith((p) => {
          delete p.buffer;
          p.kickoff = '2027-02-27';
          p.tasks[0].start = '2027-03-03'; // Ann is away on 3 and 4 March
          p.tasks[2].deadline = '2027-03-02';
        }),
      },
      { lang: 'en' },
    );
    expect(errors(findings)).toEqual([]);
    findingLike(findings, { file: PLAN, path: 'buffer', severity: 'warning', code: 'no-buffer', message: 'The plan has no buffer' });
    findingLike(findings, { file: PLAN, path: 'tasks[0]', severity: 'warning', code: 'absent-during-task', message: 'Ann is absent on 1 working day(s)' });
    findingLike(findings, { file: PLAN, path: 'tasks[2].deadline', severity: 'warning', code: 'deadline-missed', message: 'its deadline is' });
    findingLike(findings, { file: PLAN, path: 'kickoff', severity: 'warning', code: 'kickoff-not-working-day', message: 'is not a working day' });
  });

  it('a small buffer and an overbooked person', async () => {
    const findings = await check(
      {
        [PLAN]: planWith((p) => {
          p.buffer = { method: 'fixed', value: 1 };
          p.tasks.push({ id: 'side', title: 'Side job', duration: 15, assignees: ['bob'] });
        }),
      },
      { lang: 'en' },
    );
    expect(errors(findings)).toEqual([]);
    findingLike(findings, { file: PLAN, path: 'buffer', severity: 'warning', code: 'small-buffer', message: 'under 10%' });
    findingLike(findings, { file: PLAN, path: 'team[1]', severity: 'warning', code: 'overbooked', message: 'Bob is booked over capacity' });
  });

  it('strict: true turns every warning into an error', async () => {
    const overrides = { [PLAN]: planWith((p) => void (p.team[0].role = 'dev')) };
    const strict = await check(overrides, { strict: true });
    findingLike(strict, { file: PLAN, path: 'team', severity: 'error', code: 'required-role-missing', message: '(lead)' });
    expect(warnings(strict)).toEqual([]);
    const relaxed = await check(overrides, { strict: false });
    expect(relaxed.map((f) => ({ ...f, severity: 'error' }))).toEqual(strict);
  });

  it('a strict check also runs Monte Carlo: the P85 after the committed finish counts', async () => {
    // No buffer and a long tail: the 85th percentile lies well after the likely finish.
    const overrides = {
      [PLAN]: planWith((p) => {
        p.buffer = { method: 'none' };
        p.tasks[0].duration = { optimistic: 1, likely: 2, pessimistic: 30 };
      }),
    };
    const strict = await check(overrides, { strict: true, lang: 'en' });
    findingLike(strict, { file: PLAN, path: 'buffer', severity: 'error', code: 'p85-after-committed', message: 'At 85% confidence' });
    const relaxed = await check(overrides, { lang: 'en' });
    expect(relaxed.map((finding) => finding.code)).not.toContain('p85-after-committed');
  });

  it('strict mode on a clean tree finds nothing', async () => {
    expect(await check({}, { strict: true })).toEqual([]);
  });
});

describe('every finding at once', () => {
  it('reports several errors in several files in one run', async () => {
    const root = await writeTree({
      'roles/dev.mdx': { ...base('roles/dev.mdx'), side: 'supplier', colour: 'red' },
      'phases/build.mdx': { ...base('phases/build.mdx'), order: 1, raci: { responsible: ['lead'], accountable: 'boss' } },
      'checklists/prep.mdx': { title: 'Preparation', phase: 'nowhere', items: [] },
      'risks/late.mdx': '---\ntitle: Late\nlikelihood: [high\n---\n',
      'risks/Extra.mdx': '---\ntitle: x\n---\n\n<div>\n',
      [PLAN]: planWith((p) => {
        p.kickoff = '2027-02-30';
        p.team[0].capacity = 1.5;
        p.tasks[0].owner = 'ann';
        p.tasks[1].effort = { optimistic: 4, likely: 3, pessimistic: 5 };
      }),
      'plans/other.mdx': planWith((p) => {
        p.calendar = { region: 'DE-XX' };
        p.tasks[0].dependsOn = ['done'];
        p.tasks[1].assignees = ['carl'];
      }),
    });
    const findings = await validateTree(root);
    const expected = [
      { file: 'roles/dev.mdx', path: 'side', message: '(found "supplier")' },
      { file: 'roles/dev.mdx', path: 'colour', message: 'found `colour`' },
      { file: 'phases/start.mdx', path: 'order', message: 'also used by phases/build.mdx' },
      { file: 'phases/build.mdx', path: 'raci.accountable', message: '(found `boss`)' },
      { file: 'checklists/prep.mdx', path: 'items', message: 'at least one item' },
      { file: 'risks/late.mdx', path: '', message: 'valid YAML front matter' },
      { file: 'risks/Extra.mdx', path: '', message: 'lowercase kebab case' },
      { file: 'risks/Extra.mdx', path: '', message: 'valid MDX' },
      { file: PLAN, path: 'kickoff', message: 'an existing calendar date' },
      { file: PLAN, path: 'team[0].capacity', message: 'a number in (0, 1]' },
      { file: PLAN, path: 'tasks[0].owner', message: 'found `owner`' },
      { file: PLAN, path: 'tasks[1].effort', message: '`optimistic` ≤ `likely` ≤ `pessimistic`' },
      { file: 'plans/other.mdx', path: 'calendar.region', message: '(found `DE-XX`)' },
      { file: 'plans/other.mdx', path: 'tasks[1].assignees[0]', message: '(found `carl`)' },
    ];
    for (const want of expected) findingLike(findings, want);
    // References to files that exist but are broken are not reported a second time.
    expect(findings.some((f) => f.file === 'plans/other.mdx' && (f.path === 'team[1].role' || f.path === 'checklists[0]'))).toBe(false);
    expect(findings.some((f) => f.file === 'plans/other.mdx' && f.code === 'cycle')).toBe(true);
    expect(new Set(errors(findings).map((f) => f.file)).size).toBeGreaterThanOrEqual(7);
    // Sorted by file, then line: the order every command prints.
    const files = findings.map((f) => f.file);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
    // Each finding prints as `file[:line]: path: message`.
    for (const finding of findings) {
      const line = formatFinding(finding);
      expect(line.startsWith(finding.file)).toBe(true);
      if (finding.path) expect(line).toContain(`: ${finding.path}: `);
    }
  });
});

describe('scheduling only sound plans', () => {
  // Without a buffer the base plan schedules with a no-buffer warning; an unknown assignee is an
  // error in the plan's structure, and such a plan is not scheduled, so the warning is absent.
  const noBuffer = (change: (plan: Parameters<Parameters<typeof planWith>[0]>[0]) => void = () => {}) =>
    planWith((p) => {
      delete p.buffer;
      change(p);
    });

  it('a sound plan without a buffer is scheduled and warned about', async () => {
    const findings = await check({ [PLAN]: noBuffer() }, { lang: 'en' });
    findingLike(findings, { file: PLAN, path: 'buffer', severity: 'warning', code: 'no-buffer', message: 'buffer' });
  });

  it('an error in another file does not stop the plan from being scheduled', async () => {
    const findings = await check({ [PLAN]: noBuffer(), 'risks/late.mdx': { ...base('risks/late.mdx'), owner: 'ghost' } }, { lang: 'en' });
    findingLike(findings, { file: 'risks/late.mdx', path: 'owner', message: '(found `ghost`)' });
    findingLike(findings, { file: PLAN, path: 'buffer', severity: 'warning', code: 'no-buffer', message: 'buffer' });
  });

  it('an unknown reference with nothing close to it suggests nothing', async () => {
    const findings = await check({ 'risks/late.mdx': { ...base('risks/late.mdx'), owner: 'qqqqqqqq' } }, { lang: 'en' });
    const finding = findingLike(findings, { file: 'risks/late.mdx', path: 'owner', message: '(found `qqqqqqqq`)' });
    expect(finding.message).toBe('the id of an existing role in roles/ (found `qqqqqqqq`)');
  });

  it('a plan with an unknown assignee is not scheduled: its error, no schedule warning', async () => {
    const findings = await check({ [PLAN]: noBuffer((p) => void (p.tasks[0].assignees = ['nobody'])) }, { lang: 'en' });
    findingLike(findings, { file: PLAN, path: 'tasks[0].assignees[0]', message: '(found `nobody`)' });
    expect(brief(findings.filter((finding) => finding.file === PLAN))).toHaveLength(1);
  });
});

describe('found values', () => {
  it('names .nan and .inf as YAML spells them, not as JSON null', async () => {
    const findings = await check({
      'phases/start.mdx': '---\ntitle: Start\norder: .nan\nsummary: s\ntargetState: t\nraci:\n  responsible: [lead]\n  accountable: lead\n---\n',
      'roles/dev.mdx': '---\ntitle: Entwicklung\nside: vendor\nsummary: s\ncapacity: .inf\n---\n',
    });
    expect(errors(findings).map((finding) => finding.message)).toEqual(expect.arrayContaining([expect.stringContaining('(found .nan)')]));
    expect(findings.map((finding) => finding.message).join('\n')).not.toContain('(found null)');
  });
});
