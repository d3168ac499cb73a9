import { describe, expect, it } from 'vitest';
import { DEFAULT_BUFFER_RULE, playbookRules, rulesForPlan, type PlaybookRules } from '../../src/lib/playbook-rules.ts';
import { readinessChecks } from '../../src/lib/readiness.ts';
import type { Checklist } from '../../src/lib/schema/checklist.ts';
import type { Phase } from '../../src/lib/schema/phase.ts';
import { person, schedule } from '../helpers/plan.ts';

const phase = (id: string, order: number, rules?: Phase['rules']) => ({
  id,
  data: { title: id.toUpperCase(), order, summary: 's', targetState: 't', raci: { responsible: ['it'], accountable: 'it' }, ...(rules ? { rules } : {}) },
});
const checklist = (id: string, phaseId: string, dues: number[]) => ({
  id,
  data: {
    title: `List ${id}`,
    phase: phaseId,
    items: dues.map((due, i) => ({ id: `i${i}`, text: 'x', role: 'it', due, critical: false })),
  } satisfies Checklist,
});

describe('playbookRules', () => {
  it('takes the buffer rule from the phase that states it, naming its file', () => {
    const rules = playbookRules([phase('start', 1, { buffer: { minPercent: 15, before: 'live' } }), phase('live', 2)], []);
    expect(rules.buffer).toEqual({ minPercent: 15, before: { phase: 'live', title: 'LIVE' }, source: 'phases/start.mdx' });
  });

  it('keeps the default of 10 % when no phase states a rule', () => {
    expect(playbookRules([phase('start', 1)], []).buffer).toEqual(DEFAULT_BUFFER_RULE);
    expect(DEFAULT_BUFFER_RULE.minPercent).toBe(10);
  });

  it('resolves each checklist rule to the checklist’s phase and latest due day, and keeps only the plan’s checklists', () => {
    const rules = playbookRules([phase('start', 1), phase('live', 2, { checklistsDone: ['ready', 'other'] })], [checklist('ready', 'live', [-5, -2, 1])]);
    expect(rules.checklistsDone[0]).toMatchObject({ phase: 'live', checklist: 'ready', checklistPhase: 'live', lastDue: 1, source: 'phases/live.mdx' });
    expect(rulesForPlan(rules, ['ready']).checklistsDone.map((rule) => rule.checklist)).toEqual(['ready']);
  });
});

describe('checking a plan against the rules', () => {
  const team = [person('p')];
  const tasks = [
    { id: 'build', phase: 'work', duration: 20, assignees: ['p'] },
    { id: 'cutover', phase: 'live', duration: 2, dependsOn: ['build'] },
    { id: 'm-live', title: 'Live', milestone: true, dependsOn: ['cutover'] },
  ];
  const rules = (extra: Partial<PlaybookRules> = {}): PlaybookRules => ({
    buffer: { minPercent: 15, before: { phase: 'live', title: 'Live' }, source: 'phases/start.mdx' },
    checklistsDone: [],
    ...extra,
  });
  const codes = (input: Record<string, unknown>, ruleSet: PlaybookRules) =>
    schedule({ kickoff: '2027-03-01', team, ...input }, { rules: ruleSet }).findings.map((finding) => finding.code);

  it('measures the buffer against the playbook’s minimum and names the rule’s file', () => {
    const plan = { tasks, buffer: { method: 'percent', value: 12, before: 'm-live' } };
    const result = schedule({ kickoff: '2027-03-01', team, ...plan }, { rules: rules(), lang: 'en' });
    const small = result.findings.find((finding) => finding.code === 'small-buffer');
    expect(small?.message).toContain('under 15%');
    expect(small?.message).toContain('phases/start.mdx');
    expect(codes(plan, { buffer: DEFAULT_BUFFER_RULE, checklistsDone: [] })).not.toContain('small-buffer');
  });

  it('wants the buffer before the milestone of the named phase', () => {
    expect(codes({ tasks, buffer: { method: 'percent', value: 20, before: 'm-live' } }, rules())).toEqual([]);
    expect(codes({ tasks, buffer: { method: 'percent', value: 20 } }, rules())).toEqual(['buffer-misplaced']);
    const closing = [
      ...tasks,
      { id: 'care', phase: 'after', duration: 5, dependsOn: ['m-live'] },
      { id: 'm-end', title: 'End', milestone: true, dependsOn: ['care'] },
    ];
    expect(codes({ tasks: closing, buffer: { method: 'percent', value: 20, before: 'm-end' } }, rules())).toEqual(['buffer-misplaced']);
  });

  it('reads the milestone where it stands in the file, also first, and names a misplaced one and the field', () => {
    const first = [tasks[2], tasks[0], tasks[1]];
    expect(codes({ tasks: first, buffer: { method: 'percent', value: 20, before: 'm-live' } }, rules())).toEqual([]);
    const workDone = { id: 'm-work', title: 'Work done', milestone: true, dependsOn: ['build'] };
    const misplaced = schedule(
      { kickoff: '2027-03-01', team, tasks: [workDone, ...tasks], buffer: { method: 'percent', value: 20, before: 'm-work' } },
      { rules: rules(), lang: 'en' },
    );
    expect(misplaced.findings.map((finding) => [finding.code, finding.path, finding.message])).toEqual([
      [
        'buffer-misplaced',
        'buffer.before',
        'The buffer must sit before the milestone of phase “Live” (rule “buffer placement” in phases/start.mdx), but it sits before “Work done”.',
      ],
    ]);
    const atTheEnd = schedule({ kickoff: '2027-03-01', team, tasks, buffer: { method: 'percent', value: 20 } }, { rules: rules(), lang: 'en' });
    expect(atTheEnd.findings.map((finding) => [finding.path, finding.message])).toEqual([
      ['buffer', 'The buffer must sit before the milestone of phase “Live” (rule “buffer placement” in phases/start.mdx), but it sits at the end of the plan.'],
    ]);
  });

  it('takes a milestone without a phase as the phase’s only when all its predecessors are of that phase', () => {
    const ending = (milestone: Record<string, unknown>) =>
      codes({ tasks: [...tasks, { id: 'm-x', title: 'X', milestone: true, ...milestone }], buffer: { method: 'percent', value: 20, before: 'm-x' } }, rules());
    expect(ending({ dependsOn: ['cutover'] })).toEqual([]);
    expect(ending({ dependsOn: ['cutover', 'build'] })).toEqual(['buffer-misplaced']);
    expect(ending({})).toEqual(['buffer-misplaced']);
    // A milestone with a phase is judged by it alone.
    expect(ending({ phase: 'work', dependsOn: ['cutover'] })).toEqual(['buffer-misplaced']);
  });

  it('does not hold a plan without the phase to the placement rule', () => {
    const other = [{ id: 'build', phase: 'work', duration: 20, assignees: ['p'] }];
    expect(codes({ tasks: other, buffer: { method: 'percent', value: 20 } }, rules())).toEqual([]);
  });

  it('warns when a checklist the playbook wants done before a phase is due after the phase starts', () => {
    const checklistRule = (lastDue: number) => ({
      phase: 'live',
      phaseTitle: 'Live',
      checklist: 'ops',
      checklistTitle: 'Operations',
      checklistPhase: 'live',
      lastDue,
      source: 'phases/live.mdx',
    });
    const plan = { tasks, buffer: { method: 'percent', value: 20, before: 'm-live' } };
    expect(codes(plan, rules({ checklistsDone: [checklistRule(-1)] }))).toEqual([]);
    // Due on the phase's very first day is already too late: it must be done before.
    expect(codes(plan, rules({ checklistsDone: [checklistRule(0)] }))).toEqual(['checklist-late']);
    const late = schedule({ kickoff: '2027-03-01', team, ...plan }, { rules: rules({ checklistsDone: [checklistRule(3)] }) });
    expect(late.findings.map((finding) => finding.code)).toEqual(['checklist-late']);
    expect(late.findings[0].message).toContain('phases/live.mdx');
    expect(late.findings[0].path).toBe('checklists');
    expect(readinessChecks(late, 'de').find((check) => check.id === 'checklists')?.ok).toBe(false);
  });
});
