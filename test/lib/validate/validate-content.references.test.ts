/**
 * What the schemas cannot see: references between and inside files, duplicate ids, duplicate
 * phase order, dependency cycles, buffer.before and regions.
 */
import { describe, expect, it } from 'vitest';
import { BASE, base, brief, check, errors, findingLike, planWith, type Expected, type FileOverride } from '../../fixtures/content-tree.ts';

const PLAN = 'plans/demo.mdx';
type Case = [name: string, overrides: Record<string, FileOverride>, expected: Expected];

const role = (_unused: string, found: string) => `the id of an existing role in roles/ (found \`${found}\`)`;
const ref = (file: string, path: string, message: string): Expected => ({ file, path, message, code: 'reference', severity: 'error' });

describe('did you mean', () => {
  it('names the existing id one typo away, and none when nothing is close', async () => {
    const findings = await check({
      'phases/build.mdx': { ...base('phases/build.mdx'), dependsOn: ['strat'], raci: { responsible: ['ghost'], accountable: 'lead' } },
    });
    findingLike(findings, {
      file: 'phases/build.mdx',
      path: 'dependsOn[0]',
      code: 'reference',
      message: 'the id of an existing phase in phases/ (found `strat`); did you mean `start`?',
    });
    const ghost = findingLike(findings, { file: 'phases/build.mdx', path: 'raci.responsible[0]', code: 'reference', message: '(found `ghost`)' });
    expect(ghost.message).not.toContain('did you mean');
  });
});

describe('unknown references of every kind', () => {
  const phase = (change: (data: ReturnType<typeof base<'phases/start.mdx'>>) => void) => {
    const data = base('phases/start.mdx');
    change(data);
    return { 'phases/start.mdx': data };
  };
  const plan = (change: Parameters<typeof planWith>[0]) => ({ [PLAN]: planWith(change) });
  const cases: Case[] = [
    ['phase raci.responsible', phase((d) => void (d.raci.responsible = ['lead', 'ghost'])), ref('phases/start.mdx', 'raci.responsible[1]', role('', 'ghost'))],
    ['phase raci.accountable', phase((d) => void (d.raci.accountable = 'ghost')), ref('phases/start.mdx', 'raci.accountable', role('', 'ghost'))],
    ['phase raci.consulted', phase((d) => void (d.raci.consulted = ['ghost'])), ref('phases/start.mdx', 'raci.consulted[0]', role('', 'ghost'))],
    ['phase raci.informed', phase((d) => void (d.raci.informed = ['dev', 'ghost'])), ref('phases/start.mdx', 'raci.informed[1]', role('', 'ghost'))],
    [
      'phase dependsOn',
      { 'phases/build.mdx': { ...base('phases/build.mdx'), dependsOn: ['start', 'design'] } },
      ref('phases/build.mdx', 'dependsOn[1]', 'the id of an existing phase in phases/ (found `design`)'),
    ],
    [
      'phase checklists',
      phase((d) => void (d.checklists = ['prep', 'missing-list'])),
      ref('phases/start.mdx', 'checklists[1]', 'the id of an existing checklist in checklists/ (found `missing-list`)'),
    ],
    ['phase risks', phase((d) => void (d.risks = ['fire'])), ref('phases/start.mdx', 'risks[0]', 'the id of an existing risk in risks/ (found `fire`)')],
    [
      'checklist phase',
      { 'checklists/prep.mdx': { ...base('checklists/prep.mdx'), phase: 'design' } },
      ref('checklists/prep.mdx', 'phase', 'the id of an existing phase in phases/ (found `design`)'),
    ],
    [
      'checklist item role',
      {
        'checklists/prep.mdx': {
          ...base('checklists/prep.mdx'),
          items: [base('checklists/prep.mdx').items[0], { ...base('checklists/prep.mdx').items[1], role: 'ghost' }],
        },
      },
      ref('checklists/prep.mdx', 'items[1].role', role('', 'ghost')),
    ],
    ['risk owner', { 'risks/late.mdx': { ...base('risks/late.mdx'), owner: 'ghost' } }, ref('risks/late.mdx', 'owner', role('', 'ghost'))],
    [
      'risk phases',
      { 'risks/late.mdx': { ...base('risks/late.mdx'), phases: ['start', 'design'] } },
      ref('risks/late.mdx', 'phases[1]', 'the id of an existing phase in phases/ (found `design`)'),
    ],
    ['meeting chair', { 'meetings/weekly.mdx': { ...base('meetings/weekly.mdx'), chair: 'ghost' } }, ref('meetings/weekly.mdx', 'chair', role('', 'ghost'))],
    [
      'meeting participants',
      { 'meetings/weekly.mdx': { ...base('meetings/weekly.mdx'), participants: ['dev', 'ghost'] } },
      ref('meetings/weekly.mdx', 'participants[1]', role('', 'ghost')),
    ],
    [
      'meeting phases',
      { 'meetings/weekly.mdx': { ...base('meetings/weekly.mdx'), phases: ['design'] } },
      ref('meetings/weekly.mdx', 'phases[0]', 'the id of an existing phase in phases/ (found `design`)'),
    ],
    ['plan team role', plan((p) => void (p.team[1].role = 'ghost')), ref(PLAN, 'team[1].role', role('', 'ghost'))],
    ['task phase', plan((p) => void (p.tasks[0].phase = 'design')), ref(PLAN, 'tasks[0].phase', 'the id of an existing phase in phases/ (found `design`)')],
    [
      'task assignees',
      plan((p) => void (p.tasks[0].assignees = ['ann', 'carl'])),
      ref(PLAN, 'tasks[0].assignees[1]', "the id of a person in this plan's team (found `carl`)"),
    ],
    [
      'task dependsOn (plain id)',
      plan((p) => void (p.tasks[1].dependsOn = ['kickof'])),
      ref(PLAN, 'tasks[1].dependsOn[0]', 'the id of a task in this plan (found `kickof`)'),
    ],
    [
      'task dependsOn (with lag)',
      plan((p) => void (p.tasks[2].dependsOn = ['kick', { task: 'wrok', lag: 2 }])),
      ref(PLAN, 'tasks[2].dependsOn[1].task', 'the id of a task in this plan (found `wrok`)'),
    ],
    [
      'buffer.before',
      plan((p) => void ((p.buffer as Record<string, unknown>).before = 'finish')),
      ref(PLAN, 'buffer.before', 'the id of a milestone task in this plan (found `finish`)'),
    ],
    [
      'plan checklists',
      plan((p) => void (p.checklists = ['prep', 'golive'])),
      ref(PLAN, 'checklists[1]', 'the id of an existing checklist in checklists/ (found `golive`)'),
    ],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    const findings = await check(overrides);
    findingLike(findings, expected);
    expect(errors(findings), brief(findings).join('\n')).toHaveLength(1);
  });

  it('buffer.before must name a milestone, not any task', async () => {
    const findings = await check({ [PLAN]: planWith((p) => void ((p.buffer as Record<string, unknown>).before = 'work')) });
    findingLike(findings, {
      file: PLAN,
      path: 'buffer.before',
      message: 'the id of a milestone task, one with `milestone: true` (found `work`, which is not a milestone)',
    });
    expect(errors(findings)).toHaveLength(1);
  });

  it('a reference to an entry whose own file is broken is not reported again', async () => {
    const findings = await check({ 'risks/late.mdx': { ...base('risks/late.mdx'), likelihood: 'often' } });
    findingLike(findings, { file: 'risks/late.mdx', path: 'likelihood', message: '(found "often")' });
    expect(findings.filter((finding) => finding.file === 'phases/start.mdx')).toEqual([]);
  });

  it('reports the line of the reference', async () => {
    const text = [
      '---',
      'title: Late',
      'likelihood: low',
      'impact: low',
      'owner: lead',
      'phases:',
      '  - start',
      '  - nowhere',
      'mitigation: m',
      '---',
      '',
    ].join('\n');
    const findings = await check({ 'risks/late.mdx': text });
    findingLike(findings, { file: 'risks/late.mdx', path: 'phases[1]', message: '(found `nowhere`)', line: 8 });
  });
});

describe('duplicate ids', () => {
  it('two files with the same basename in sub-folders of one collection', async () => {
    const findings = await check({
      'roles/lead.mdx': null,
      'roles/customer/lead.mdx': BASE['roles/lead.mdx'],
      'roles/vendor/lead.mdx': BASE['roles/lead.mdx'],
    });
    findingLike(findings, {
      file: 'roles/vendor/lead.mdx',
      path: '',
      code: 'duplicate',
      message: 'a file name (id) unique in its collection (found `lead`, also roles/customer/lead.mdx)',
    });
    expect(errors(findings)).toHaveLength(1);
  });

  it('the same basename in two collections is fine', async () => {
    const findings = await check({ 'risks/start.mdx': base('risks/late.mdx') });
    expect(brief(findings)).toEqual([]);
  });

  it('duplicate person id in the team', async () => {
    const findings = await check({ [PLAN]: planWith((p) => p.team.push({ id: 'bob', name: 'Bob Two', role: 'dev' })) });
    findingLike(findings, { file: PLAN, path: 'team[2].id', code: 'duplicate', message: 'a person id unique in the plan (found `bob` twice)' });
    expect(errors(findings)).toHaveLength(1);
  });

  it('duplicate task id', async () => {
    const findings = await check({ [PLAN]: planWith((p) => p.tasks.push({ id: 'kick', title: 'Again', duration: 1 })) });
    findingLike(findings, { file: PLAN, path: 'tasks[3].id', code: 'duplicate', message: 'a task id unique in the plan (found `kick` twice)' });
    expect(errors(findings)).toHaveLength(1);
  });

  it('two plans with the same basename in sub-folders of plans/', async () => {
    const findings = await check({ [PLAN]: null, 'plans/2027/demo.mdx': base(PLAN), 'plans/2028/demo.mdx': base(PLAN) });
    findingLike(findings, {
      file: 'plans/2028/demo.mdx',
      path: '',
      code: 'duplicate',
      message: 'a file name (id) unique in its collection (found `demo`, also plans/2027/demo.mdx)',
    });
    expect(errors(findings)).toHaveLength(1);
  });

  it('duplicate item id in a checklist', async () => {
    const data = base('checklists/prep.mdx');
    data.items[1].id = 'agenda';
    const findings = await check({ 'checklists/prep.mdx': data });
    findingLike(findings, {
      file: 'checklists/prep.mdx',
      path: 'items[1].id',
      code: 'duplicate',
      message: 'an item id unique in this checklist (found `agenda` twice)',
    });
    expect(errors(findings)).toHaveLength(1);
  });

  it('duplicate phase order', async () => {
    const findings = await check({ 'phases/build.mdx': { ...base('phases/build.mdx'), order: 1 } });
    const found = findingLike(findings, {
      file: 'phases/start.mdx',
      path: 'order',
      code: 'duplicate',
      message: 'an order number no other phase has (found 1, also used by phases/build.mdx)',
    });
    expect(found.line).toBe(3);
    expect(errors(findings)).toHaveLength(1);
  });
});

describe('dependency cycles', () => {
  it('phase cycle: the message lists the cycle', async () => {
    const findings = await check({ 'phases/start.mdx': { ...base('phases/start.mdx'), dependsOn: ['build'] } });
    const cycles = findings.filter((finding) => finding.code === 'cycle');
    expect(cycles, brief(findings).join('\n')).toHaveLength(1);
    const [cycle] = cycles;
    expect(cycle.severity).toBe('error');
    expect(cycle.path).toBe('dependsOn');
    expect(cycle.message).toMatch(/phase dependencies without a cycle \(found (build → start → build|start → build → start)\)/);
    expect(cycle.file).toBe(`phases/${cycle.message.match(/found (\w+)/)?.[1]}.mdx`);
  });

  it('phase self-dependency', async () => {
    const findings = await check({ 'phases/start.mdx': { ...base('phases/start.mdx'), dependsOn: ['start'] } });
    findingLike(findings, { file: 'phases/start.mdx', path: 'dependsOn', code: 'cycle', message: '(found start → start)' });
    expect(errors(findings)).toHaveLength(1);
  });

  it('task cycle over three tasks: the message lists it', async () => {
    const findings = await check({ [PLAN]: planWith((p) => void (p.tasks[0].dependsOn = ['done'])) });
    const cycles = findings.filter((finding) => finding.code === 'cycle');
    expect(cycles, brief(findings).join('\n')).toHaveLength(1);
    const [cycle] = cycles;
    expect(cycle).toMatchObject({ severity: 'error', file: PLAN });
    expect(cycle.message).toMatch(
      /task dependencies without a cycle \(found (kick → done → work → kick|done → work → kick → done|work → kick → done → work)\)/,
    );
    const first = cycle.message.match(/found ([\w-]+)/)?.[1];
    expect(cycle.path).toBe(`tasks[${['kick', 'work', 'done'].indexOf(first as string)}].dependsOn`);
  });

  it('task self-dependency', async () => {
    const findings = await check({ [PLAN]: planWith((p) => void (p.tasks[1].dependsOn = ['kick', { task: 'work', lag: 0 }])) });
    findingLike(findings, { file: PLAN, path: 'tasks[1].dependsOn', code: 'cycle', message: 'task dependencies without a cycle (found work → work)' });
    expect(errors(findings)).toHaveLength(1);
  });

  it('two separate cycles are both reported', async () => {
    const findings = await check({
      [PLAN]: planWith((p) => {
        p.tasks[0].dependsOn = ['kick'];
        p.tasks.push({ id: 'x', title: 'X', duration: 1, dependsOn: ['y'] }, { id: 'y', title: 'Y', duration: 1, dependsOn: ['x'] });
      }),
    });
    const cycles = findings.filter((finding) => finding.code === 'cycle').map((finding) => finding.message);
    expect(cycles).toHaveLength(2);
    expect(cycles.some((message) => message.includes('kick → kick'))).toBe(true);
    expect(cycles.some((message) => /x → y → x|y → x → y/.test(message))).toBe(true);
  });
});

describe('regions', () => {
  it.each(['DE-XX', 'QQ', 'XX-BY'])('unknown region %s is an error', async (region) => {
    const findings = await check({ [PLAN]: planWith((p) => void ((p.calendar as Record<string, unknown>).region = region)) });
    findingLike(findings, {
      file: PLAN,
      path: 'calendar.region',
      code: 'unknown-region',
      message: `a region with known public holidays, such as \`DE\`, \`DE-BY\`, \`AT\` or \`CH-ZH\` (found \`${region}\`)`,
    });
    expect(errors(findings)).toHaveLength(1);
  });

  it.each(['DE', 'DE-BY', 'DE-SN', 'AT', 'CH-ZH'])('known region %s is fine', async (region) => {
    const findings = await check({ [PLAN]: planWith((p) => void ((p.calendar as Record<string, unknown>).region = region)) });
    expect(errors(findings)).toEqual([]);
  });
});
