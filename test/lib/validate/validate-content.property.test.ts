/**
 * Random invalid content through validation: a valid tree (the base fixture plus a random valid
 * plan) with 1–3 random mutations always yields at least one error finding, and never a throw.
 * The unmutated tree yields no error other than `never-finishes`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsFromZodIssues } from '../../../src/lib/content/zod-findings.ts';
import type { Finding } from '../../../src/lib/content/finding.ts';
import type { Content, Entry } from '../../../src/lib/content/read-content.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../../src/lib/registry/collections.ts';
import { validateContent } from '../../../src/lib/validate/validate-content.ts';
import { BASE, clone, validateTree, writeTree } from '../../fixtures/content-tree.ts';
import { rawPlanArb, type RawPlan } from '../../helpers/arbitraries.ts';
import { numRuns } from '../../helpers/property-runs.ts';

type Files = Record<string, Record<string, unknown>>;
const PLAN = 'plans/generated.mdx';

/** What readContent does, in memory: schema-check each file, keep the valid ones as entries. */
function contentFrom(files: Files): { content: Content; findings: Finding[] } {
  const ids = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Content['ids'];
  const content = { root: '/in-memory', ids, ...Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) } as unknown as Content;
  const findings: Finding[] = [];
  for (const [file, data] of Object.entries(files)) {
    const collection = file.split('/')[0] as CollectionName;
    ids[collection].add(file.slice(file.indexOf('/') + 1, -4));
    const result = COLLECTIONS[collection].schema.safeParse(data, { reportInput: true });
    if (!result.success) {
      findings.push(...findingsFromZodIssues(file, result.error.issues, translation('en'), COLLECTIONS[collection].schema));
      continue;
    }
    const entry: Entry<unknown> = { id: file.slice(file.indexOf('/') + 1, -4), file, data: result.data, body: '', source: '', lineOf: () => undefined };
    (content[collection] as Entry<unknown>[]).push(entry);
  }
  return { content, findings };
}

function validate(files: Files): Finding[] {
  const { content, findings } = contentFrom(files);
  return validateContent(content, findings, { iterations: 0 });
}

const treeWith = (plan: RawPlan): Files => ({ ...clone(BASE), [PLAN]: clone(plan) });

function expectWellFormed(findings: readonly Finding[]) {
  for (const finding of findings) {
    expect(['error', 'warning']).toContain(finding.severity);
    expect(typeof finding.code).toBe('string');
    expect(typeof finding.file).toBe('string');
    expect(typeof finding.path).toBe('string');
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

const REQUIRED: Record<CollectionName, string[]> = {
  roles: ['title', 'side', 'summary'],
  phases: ['title', 'order', 'summary', 'targetState', 'raci'],
  checklists: ['title', 'items'],
  risks: ['title', 'likelihood', 'impact', 'owner', 'mitigation'],
  meetings: ['title', 'summary', 'cadence', 'duration', 'chair', 'participants', 'agenda'],
  glossary: ['title', 'definition'],
  plans: ['title', 'customer', 'vendor', 'kickoff', 'team', 'tasks'],
  snapshots: ['plan', 'date', 'finish', 'committedFinish', 'buffer', 'tasks'],
  home: [],
};
/** Each is wrong for every required field of every collection. */
const WRONG_VALUES = [null, true, -1, 1.5, '', [], { wrong: 1 }];

type Mutation = { name: string; apply: (files: Files) => void };
const planOf = (files: Files) => files[PLAN] as RawPlan;
const list = (value: unknown): Record<string, unknown>[] | undefined => (Array.isArray(value) ? (value as Record<string, unknown>[]) : undefined);
const pick = <T>(items: T[] | undefined, seed: number): T | undefined => (items && items.length > 0 ? items[seed % items.length] : undefined);
const push = (target: Record<string, unknown> | undefined, key: string, value: unknown) => {
  if (!target) return;
  target[key] = [...(Array.isArray(target[key]) ? (target[key] as unknown[]) : []), value];
};

const fileArb = fc.constantFrom(...Object.keys(BASE), PLAN);
const seedArb = fc.nat({ max: 1000 });

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  // Generic front-matter mutations on any file.
  fc.tuple(fileArb, seedArb).map(([file, seed]) => ({
    name: `delete a required field of ${file}`,
    apply: (files: Files) => {
      const keys = REQUIRED[file.split('/')[0] as CollectionName];
      delete files[file][keys[seed % keys.length]];
    },
  })),
  fc.tuple(fileArb, seedArb, fc.constantFrom(...WRONG_VALUES)).map(([file, seed, value]) => ({
    name: `wrong type ${JSON.stringify(value)} in ${file}`,
    apply: (files: Files) => {
      const keys = REQUIRED[file.split('/')[0] as CollectionName];
      files[file][keys[seed % keys.length]] = clone(value);
    },
  })),
  fc.tuple(fileArb, fc.string({ maxLength: 8 })).map(([file, key]) => ({
    name: `unknown field x_${key} in ${file}`,
    apply: (files: Files) => void (files[file][`x_${key}`] = 1),
  })),
  // Plan-specific mutations.
  fc.tuple(seedArb, fc.string({ maxLength: 6 })).map(([seed, key]) => ({
    name: 'unknown field in a task or a person',
    apply: (files: Files) => {
      const target = pick(seed % 2 ? list(planOf(files).tasks) : list(planOf(files).team), seed) ?? planOf(files);
      target[`x_${key}`] = true;
    },
  })),
  fc.tuple(seedArb, fc.constantFrom('role', 'phase', 'assignee', 'dependsOn', 'before', 'checklist')).map(([seed, kind]) => ({
    name: `unknown reference: ${kind}`,
    apply: (files: Files) => {
      const plan = planOf(files);
      const person = pick(list(plan.team), seed);
      const task = pick(list(plan.tasks), seed);
      if (kind === 'role' && person) person.role = 'ghost-role';
      else if (kind === 'phase' && task) task.phase = 'ghost-phase';
      else if (kind === 'assignee' && task) push(task, 'assignees', 'ghost-person');
      else if (kind === 'dependsOn' && task) push(task, 'dependsOn', { task: 'ghost-task', lag: seed % 3 });
      else if (kind === 'before') plan.buffer = { method: 'none', before: 'ghost-milestone' };
      else plan.checklists = ['prep', 'ghost-list'];
    },
  })),
  fc.tuple(seedArb, seedArb).map(([a, b]) => ({
    name: 'dependency cycle (or self-dependency)',
    apply: (files: Files) => {
      const tasks = list(planOf(files).tasks);
      const first = pick(tasks, a);
      const second = pick(tasks, b);
      if (!first || !second) return void (planOf(files).tasks = []);
      push(first, 'dependsOn', second.id);
      push(second, 'dependsOn', { task: first.id, lag: a % 4 });
    },
  })),
  fc.tuple(seedArb, fc.boolean()).map(([seed, team]) => ({
    name: 'duplicate id',
    apply: (files: Files) => {
      const items = team ? list(planOf(files).team) : list(planOf(files).tasks);
      const item = pick(items, seed);
      if (items && item) items.push(clone(item));
      else planOf(files).team = [];
    },
  })),
  fc.tuple(seedArb, fc.constantFrom('two-kinds', 'no-kind', 'effort-alone')).map(([seed, kind]) => ({
    name: `task kind: ${kind}`,
    apply: (files: Files) => {
      const task = pick(list(planOf(files).tasks), seed);
      if (!task) return void (planOf(files).tasks = {} as never);
      if (kind === 'two-kinds') Object.assign(task, { milestone: true, duration: 1 + (seed % 5) });
      else if (kind === 'no-kind') for (const key of ['duration', 'effort', 'milestone']) delete task[key];
      else {
        for (const key of ['duration', 'milestone', 'assignees']) delete task[key];
        task.effort = 1 + (seed % 7);
      }
    },
  })),
  fc
    .tuple(
      seedArb,
      fc.constantFrom(
        ['capacity', 0],
        ['capacity', 1.5],
        ['priority', 0],
        ['priority', 1001],
        ['progress', 101],
        ['lag', -1],
        ['start', '2027-02-30'],
        ['deadline', '2027-13-01'],
        ['kickoff', '2027-04-31'],
        ['region', 'QQ'],
        ['region', 'DE-XX'],
        ['closure', 'reversed'],
        ['absence', 'reversed'],
      ),
    )
    .map(([seed, [field, value]]) => ({
      name: `bad value: ${field} = ${String(value)}`,
      apply: (files: Files) => {
        const plan = planOf(files);
        const person = pick(list(plan.team), seed);
        const task = pick(list(plan.tasks), seed);
        const calendar = (plan.calendar && typeof plan.calendar === 'object' ? plan.calendar : (plan.calendar = {})) as Record<string, unknown>;
        if (field === 'capacity') return void (person ? (person.capacity = value) : (plan.team = []));
        if (field === 'kickoff') return void (plan.kickoff = value as string);
        if (field === 'region') return void (calendar.region = value);
        if (field === 'closure') return void push(calendar, 'closures', { from: '2027-05-10', to: '2027-05-01', label: 'x' });
        if (field === 'absence') return void (person ? push(person, 'absences', { from: '2027-05-10', to: '2027-05-09', reason: 'other' }) : (plan.team = []));
        if (!task) return void (plan.tasks = []);
        if (field === 'lag') push(task, 'dependsOn', { task: task.id, lag: value });
        else task[field] = value;
      },
    })),
  fc.constant({
    name: 'buffer.before a task that is not a milestone',
    apply: (files: Files) => {
      const plan = planOf(files);
      const tasks = list(plan.tasks);
      const task = tasks?.find((candidate) => candidate.milestone !== true);
      plan.buffer = { method: 'fixed', value: 3, before: task ? task.id : 'ghost' };
    },
  }),
);

const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

describe('validateContent on random content', () => {
  it('a valid generated plan in the base tree has no error but never-finishes', () => {
    fc.assert(
      fc.property(rawPlanArb, (plan) => {
        const findings = validate(treeWith(plan));
        expectWellFormed(findings);
        const unexpected = findings.filter((finding) => finding.severity === 'error' && finding.code !== 'never-finishes');
        expect(unexpected).toEqual([]);
      }),
      { numRuns: numRuns(40) },
    );
  });

  it('mutated content: always at least one error, never a throw', () => {
    fc.assert(
      fc.property(rawPlanArb, mutationsArb, (plan, mutations) => {
        const files = treeWith(plan);
        for (const mutation of mutations) mutation.apply(files);
        let findings: Finding[] = [];
        expect(() => (findings = validate(files))).not.toThrow();
        expectWellFormed(findings);
        expect(
          findings.some((finding) => finding.severity === 'error'),
          mutations.map((m) => m.name).join('; '),
        ).toBe(true);
      }),
      { numRuns: numRuns(150) },
    );
  });

  it('the same through files on disk and readContent', async () => {
    await fc.assert(
      fc.asyncProperty(rawPlanArb, mutationsArb, async (plan, mutations) => {
        const files = treeWith(plan);
        for (const mutation of mutations) mutation.apply(files);
        const root = await writeTree(files, { base: false });
        const findings = await validateTree(root, { iterations: 0 });
        expectWellFormed(findings);
        expect(
          findings.some((finding) => finding.severity === 'error'),
          mutations.map((m) => m.name).join('; '),
        ).toBe(true);
      }),
      { numRuns: numRuns(20) },
    );
  });
});
