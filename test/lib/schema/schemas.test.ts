/**
 * Schema violations of every collection: each case writes the valid base tree with one file
 * changed and expects findings naming file, field path, a fragment of the message and severity.
 */
import { describe, expect, it } from 'vitest';
import { base, brief, check, errors, findingLike, planWith, type Expected, type FileOverride } from '../../fixtures/content-tree.ts';

type Case = [name: string, overrides: Record<string, FileOverride>, expected: Expected[]];

/** Expects each finding, and no other error in the files the expectations name. */
async function expectFindings(overrides: Record<string, FileOverride>, expected: Expected[]) {
  const findings = await check(overrides);
  for (const want of expected) findingLike(findings, want);
  const files = new Set(expected.map((want) => want.file));
  const inFiles = errors(findings).filter((finding) => files.has(finding.file));
  expect(inFiles.length, brief(findings).join('\n')).toBe(expected.filter((want) => (want.severity ?? 'error') === 'error').length);
  return findings;
}

const ROLE = 'roles/dev.mdx';
const PHASE = 'phases/build.mdx';
const CHECKLIST = 'checklists/prep.mdx';
const RISK = 'risks/late.mdx';
const PLAN = 'plans/demo.mdx';

const without = <T extends Record<string, unknown>>(data: T, ...keys: string[]) => {
  const copy: Record<string, unknown> = { ...data };
  for (const key of keys) delete copy[key];
  return copy;
};

describe('sanity', () => {
  it('the base fixture tree is valid: no errors and no warnings, also with Monte Carlo', async () => {
    expect(brief(await check())).toEqual([]);
    expect(brief(await check({}, { iterations: 100 }))).toEqual([]);
  });
});

describe('roles', () => {
  const cases: Case[] = [
    ['unknown field', { [ROLE]: { ...base(ROLE), colour: 'blue' } }, [{ file: ROLE, path: 'colour', code: 'unknown-field', message: 'no such field here' }]],
    ['unknown field names the key', { [ROLE]: { ...base(ROLE), titel: 'x' } }, [{ file: ROLE, path: 'titel', message: 'found `titel`' }]],
    [
      'missing title, side and summary',
      { [ROLE]: {} },
      [
        { file: ROLE, path: 'title', code: 'schema', message: 'required: a text (found nothing)' },
        { file: ROLE, path: 'side', message: '`customer` or `vendor`' },
        { file: ROLE, path: 'summary', message: 'required: a text' },
      ],
    ],
    ['empty title', { [ROLE]: { ...base(ROLE), title: '   ' } }, [{ file: ROLE, path: 'title', message: 'a non-empty text' }]],
    ['wrong side', { [ROLE]: { ...base(ROLE), side: 'both' } }, [{ file: ROLE, path: 'side', message: '`customer` or `vendor` (found "both")' }]],
    [
      'wrong kickoff',
      { [ROLE]: { ...base(ROLE), kickoff: 'mandatory' } },
      [{ file: ROLE, path: 'kickoff', message: '`required`, `recommended` or `optional` (found "mandatory")' }],
    ],
    [
      'responsibilities not a list',
      { [ROLE]: { ...base(ROLE), responsibilities: 'everything' } },
      [{ file: ROLE, path: 'responsibilities', message: 'a list of texts' }],
    ],
    ['title not a text', { [ROLE]: { ...base(ROLE), title: 42 } }, [{ file: ROLE, path: 'title', message: 'a text (found 42)' }]],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });
});

describe('phases', () => {
  const cases: Case[] = [
    ['unknown field', { [PHASE]: { ...base(PHASE), owner: 'lead' } }, [{ file: PHASE, path: 'owner', code: 'unknown-field', message: 'found `owner`' }]],
    [
      'unknown nested field in raci',
      { [PHASE]: { ...base(PHASE), raci: { ...base(PHASE).raci, lead: ['dev'] } } },
      [{ file: PHASE, path: 'raci.lead', code: 'unknown-field', message: 'found `lead`' }],
    ],
    [
      'missing required fields',
      { [PHASE]: { dependsOn: ['start'] } },
      [
        { file: PHASE, path: 'title', message: 'required' },
        { file: PHASE, path: 'order', message: 'required' },
        { file: PHASE, path: 'summary', message: 'required' },
        { file: PHASE, path: 'targetState', message: 'required' },
        { file: PHASE, path: 'raci', message: 'required' },
      ],
    ],
    ['empty targetState', { [PHASE]: { ...base(PHASE), targetState: '' } }, [{ file: PHASE, path: 'targetState', message: 'a non-empty text' }]],
    ['order 0', { [PHASE]: { ...base(PHASE), order: 0 } }, [{ file: PHASE, path: 'order', message: 'a positive whole number (found 0)' }]],
    ['order 1.5', { [PHASE]: { ...base(PHASE), order: 1.5 } }, [{ file: PHASE, path: 'order', message: 'a whole number (found 1.5)' }]],
    ['order as text', { [PHASE]: { ...base(PHASE), order: 'two' } }, [{ file: PHASE, path: 'order', message: 'a whole number (found "two")' }]],
    [
      'raci.responsible empty',
      { [PHASE]: { ...base(PHASE), raci: { responsible: [], accountable: 'lead' } } },
      [{ file: PHASE, path: 'raci.responsible', message: 'at least one role' }],
    ],
    [
      'raci.accountable missing',
      { [PHASE]: { ...base(PHASE), raci: { responsible: ['dev'] } } },
      [{ file: PHASE, path: 'raci.accountable', message: 'kebab-case id' }],
    ],
    [
      'raci.accountable not kebab',
      { [PHASE]: { ...base(PHASE), raci: { responsible: ['dev'], accountable: 'Lead' } } },
      [{ file: PHASE, path: 'raci.accountable', message: 'kebab-case id such as `data-steward` (a–z, 0–9, single hyphens) (found "Lead")' }],
    ],
    [
      'dependsOn not kebab',
      { [PHASE]: { ...base(PHASE), dependsOn: ['start', 'Start_Phase'] } },
      [{ file: PHASE, path: 'dependsOn[1]', message: 'kebab-case' }],
    ],
    ['id with double hyphen', { [PHASE]: { ...base(PHASE), checklists: ['pre--p'] } }, [{ file: PHASE, path: 'checklists[0]', message: 'single hyphens' }]],
    [
      'typicalDuration min > max and wrong unit',
      { [PHASE]: { ...base(PHASE), typicalDuration: { min: 5, max: 2, unit: 'months' } } },
      [
        { file: PHASE, path: 'typicalDuration.max', message: 'a number ≥ `min` (5) (found 2)' },
        { file: PHASE, path: 'typicalDuration.unit', message: '`days` or `weeks` (found "months")' },
      ],
    ],
    [
      'entryCriteria with an empty text',
      { [PHASE]: { ...base(PHASE), entryCriteria: ['ok', ''] } },
      [{ file: PHASE, path: 'entryCriteria[1]', message: 'a non-empty text' }],
    ],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });
});

describe('checklists', () => {
  const item = (extra: Record<string, unknown>) => ({ ...base(CHECKLIST), items: [{ ...base(CHECKLIST).items[0], ...extra }] });
  const cases: Case[] = [
    ['unknown field', { [CHECKLIST]: { ...base(CHECKLIST), due: 3 } }, [{ file: CHECKLIST, path: 'due', code: 'unknown-field', message: 'found `due`' }]],
    [
      'unknown field in items[0]',
      { [CHECKLIST]: item({ owner: 'lead' }) },
      [{ file: CHECKLIST, path: 'items[0].owner', code: 'unknown-field', message: 'found `owner`' }],
    ],
    ['missing items', { [CHECKLIST]: without(base(CHECKLIST), 'items') }, [{ file: CHECKLIST, path: 'items', message: 'required' }]],
    ['missing title', { [CHECKLIST]: without(base(CHECKLIST), 'title') }, [{ file: CHECKLIST, path: 'title', message: 'required: a text' }]],
    ['empty items', { [CHECKLIST]: { ...base(CHECKLIST), items: [] } }, [{ file: CHECKLIST, path: 'items', message: 'at least one item' }]],
    [
      'item without id, text and role',
      { [CHECKLIST]: { ...base(CHECKLIST), items: [{ due: 1 }] } },
      [
        { file: CHECKLIST, path: 'items[0].id', message: 'kebab-case id' },
        { file: CHECKLIST, path: 'items[0].text', message: 'required: a text' },
        { file: CHECKLIST, path: 'items[0].role', message: 'kebab-case id' },
      ],
    ],
    ['item id not kebab', { [CHECKLIST]: item({ id: 'Send Agenda' }) }, [{ file: CHECKLIST, path: 'items[0].id', message: '(found "Send Agenda")' }]],
    [
      'item due not whole',
      { [CHECKLIST]: item({ due: 1.5 }) },
      [{ file: CHECKLIST, path: 'items[0].due', message: 'a whole number of working days (found 1.5)' }],
    ],
    [
      'item due further from the phase start than the days a plan is scheduled over',
      { [CHECKLIST]: item({ due: 6000 }) },
      [
        {
          file: CHECKLIST,
          path: 'items[0].due',
          message: 'a whole number of working days from -3653 to 3653, as many as the days of the 10 years a plan is scheduled (found 6000)',
        },
      ],
    ],
    [
      'item due as far before the phase start',
      { [CHECKLIST]: item({ due: -3654 }) },
      [{ file: CHECKLIST, path: 'items[0].due', message: 'from -3653 to 3653, as many as the days of the 10 years a plan is scheduled (found -3654)' }],
    ],
    [
      'item critical not boolean',
      { [CHECKLIST]: item({ critical: 'yes' }) },
      [{ file: CHECKLIST, path: 'items[0].critical', message: '`true` or `false` (found "yes")' }],
    ],
    ['phase not kebab', { [CHECKLIST]: { ...base(CHECKLIST), phase: 'Start' } }, [{ file: CHECKLIST, path: 'phase', message: 'kebab-case' }]],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });

  it('an item may be due as many working days before or after the phase start as a plan is scheduled over', async () => {
    const [agenda, room] = base(CHECKLIST).items;
    const findings = await check({
      [CHECKLIST]: {
        ...base(CHECKLIST),
        items: [
          { ...agenda, due: -3653 },
          { ...room, due: 3653 },
        ],
      },
    });
    expect(errors(findings).filter((finding) => finding.file === CHECKLIST)).toEqual([]);
  });
});

describe('risks', () => {
  const cases: Case[] = [
    [
      'unknown field',
      { [RISK]: { ...base(RISK), probability: 'high' } },
      [{ file: RISK, path: 'probability', code: 'unknown-field', message: 'found `probability`' }],
    ],
    [
      'missing required fields',
      { [RISK]: { phases: ['start'] } },
      [
        { file: RISK, path: 'title', message: 'required' },
        { file: RISK, path: 'likelihood', message: '`low`, `medium` or `high` (found nothing)' },
        { file: RISK, path: 'impact', message: '`low`, `medium` or `high` (found nothing)' },
        { file: RISK, path: 'owner', message: 'kebab-case id' },
        { file: RISK, path: 'mitigation', message: 'required' },
      ],
    ],
    [
      'wrong likelihood',
      { [RISK]: { ...base(RISK), likelihood: 'very high' } },
      [{ file: RISK, path: 'likelihood', message: '`low`, `medium` or `high` (found "very high")' }],
    ],
    ['wrong impact', { [RISK]: { ...base(RISK), impact: 3 } }, [{ file: RISK, path: 'impact', message: '(found 3)' }]],
    [
      'wrong strategy',
      { [RISK]: { ...base(RISK), strategy: 'ignore' } },
      [{ file: RISK, path: 'strategy', message: '`avoid`, `mitigate`, `transfer` or `accept` (found "ignore")' }],
    ],
    ['owner not kebab', { [RISK]: { ...base(RISK), owner: 'Project Lead' } }, [{ file: RISK, path: 'owner', message: 'kebab-case' }]],
    ['triggers not a list', { [RISK]: { ...base(RISK), triggers: 'always' } }, [{ file: RISK, path: 'triggers', message: 'a list of texts' }]],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });
});

describe('plans: top level and calendar', () => {
  const plan = (change: Parameters<typeof planWith>[0]) => ({ [PLAN]: planWith(change) });
  const cases: Case[] = [
    ['unknown field', plan((p) => void (p.owner = 'x')), [{ file: PLAN, path: 'owner', code: 'unknown-field', message: 'found `owner`' }]],
    [
      'missing title, customer, vendor, kickoff, team, tasks',
      plan((p) => {
        for (const key of ['title', 'customer', 'vendor', 'kickoff', 'team', 'tasks']) delete p[key];
      }),
      [
        { file: PLAN, path: 'title', message: 'required: a text (found nothing)' },
        { file: PLAN, path: 'customer', message: 'required: a text (found nothing)' },
        { file: PLAN, path: 'vendor', message: 'required: a text (found nothing)' },
        { file: PLAN, path: 'kickoff', message: 'a date YYYY-MM-DD (found nothing)' },
        { file: PLAN, path: 'team', message: 'required' },
        { file: PLAN, path: 'tasks', message: 'required' },
      ],
    ],
    [
      'empty team and tasks',
      plan((p) => Object.assign(p, { team: [], tasks: [] })),
      [
        { file: PLAN, path: 'team', message: 'at least one person' },
        { file: PLAN, path: 'tasks', message: 'at least one task' },
      ],
    ],
    ['wrong status', plan((p) => void (p.status = 'paused')), [{ file: PLAN, path: 'status', message: '`draft`, `active` or `done` (found "paused")' }]],
    [
      'unknown field in calendar',
      plan((p) => void ((p.calendar as Record<string, unknown>).timezone = 'CET')),
      [{ file: PLAN, path: 'calendar.timezone', code: 'unknown-field', message: 'found `timezone`' }],
    ],
    [
      'malformed region code',
      plan((p) => void ((p.calendar as Record<string, unknown>).region = 'de')),
      [{ file: PLAN, path: 'calendar.region', message: 'a region code such as `DE`' }],
    ],
    [
      'wrong weekday',
      plan((p) => void ((p.calendar as Record<string, unknown>).workdays = ['mon', 'monday'])),
      [{ file: PLAN, path: 'calendar.workdays[1]', message: 'a weekday `mon` … `sun` (found "monday")' }],
    ],
    [
      'no weekdays',
      plan((p) => void ((p.calendar as Record<string, unknown>).workdays = [])),
      [{ file: PLAN, path: 'calendar.workdays', message: 'at least one weekday' }],
    ],
    [
      'unknown field in buffer, wrong method',
      plan((p) => void (p.buffer = { method: 'half', size: 3 })),
      [
        { file: PLAN, path: 'buffer.method', message: '`none`, `percent`, `fixed` or `rss` (found "half")' },
        { file: PLAN, path: 'buffer.size', code: 'unknown-field', message: 'found `size`' },
      ],
    ],
    [
      'percent buffer without value',
      plan((p) => void (p.buffer = { method: 'percent' })),
      [{ file: PLAN, path: 'buffer.value', message: 'a value for method `percent` (found none)' }],
    ],
    [
      'fixed buffer with a fraction',
      plan((p) => void (p.buffer = { method: 'fixed', value: 2.5 })),
      [{ file: PLAN, path: 'buffer.value', message: 'a whole number of working days (found 2.5)' }],
    ],
    [
      'negative buffer',
      plan((p) => void (p.buffer = { method: 'fixed', value: -1 })),
      [{ file: PLAN, path: 'buffer.value', message: 'a number ≥ 0 (found -1)' }],
    ],
    ['plan checklists not kebab', plan((p) => void (p.checklists = ['Prep'])), [{ file: PLAN, path: 'checklists[0]', message: 'kebab-case' }]],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });
});

describe('plans: team', () => {
  const plan = (change: (team: Record<string, unknown>[]) => void) => ({ [PLAN]: planWith((p) => change(p.team)) });
  const cases: Case[] = [
    [
      'unknown field in team[1]',
      plan((team) => void (team[1].email = 'bob@example.org')),
      [{ file: PLAN, path: 'team[1].email', code: 'unknown-field', message: 'found `email`' }],
    ],
    [
      'missing id, name and role',
      plan((team) => void (team[1] = { capacity: 1 })),
      [
        { file: PLAN, path: 'team[1].id', message: 'kebab-case id' },
        { file: PLAN, path: 'team[1].name', message: 'required: a text' },
        { file: PLAN, path: 'team[1].role', message: 'kebab-case id' },
      ],
    ],
    ['person id not kebab', plan((team) => void (team[0].id = 'Ann Smith')), [{ file: PLAN, path: 'team[0].id', message: '(found "Ann Smith")' }]],
    ['capacity 0', plan((team) => void (team[0].capacity = 0)), [{ file: PLAN, path: 'team[0].capacity', message: 'a number in (0, 1] (found 0)' }]],
    ['capacity 1.5', plan((team) => void (team[0].capacity = 1.5)), [{ file: PLAN, path: 'team[0].capacity', message: 'a number in (0, 1] (found 1.5)' }]],
    [
      'capacity as text',
      plan((team) => void (team[0].capacity = '50%')),
      [{ file: PLAN, path: 'team[0].capacity', message: 'a number in (0, 1] (found "50%")' }],
    ],
    [
      'wrong absence reason',
      plan((team) => void ((team[0].absences as Record<string, unknown>[])[0].reason = 'holiday')),
      [{ file: PLAN, path: 'team[0].absences[0].reason', message: '`vacation`, `trade-fair`, `sickness`, `training` or `other` (found "holiday")' }],
    ],
    [
      'unknown field in an absence',
      plan((team) => void ((team[0].absences as Record<string, unknown>[])[0].note = 'x')),
      [{ file: PLAN, path: 'team[0].absences[0].note', code: 'unknown-field', message: 'found `note`' }],
    ],
    [
      'absence without to',
      plan((team) => void delete (team[0].absences as Record<string, unknown>[])[0].to),
      [{ file: PLAN, path: 'team[0].absences[0].to', message: 'a date YYYY-MM-DD (found nothing)' }],
    ],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });
});

describe('plans: tasks', () => {
  const plan = (change: (tasks: Record<string, unknown>[]) => void) => ({ [PLAN]: planWith((p) => change(p.tasks)) });
  const cases: Case[] = [
    [
      'unknown field in tasks[0]',
      plan((tasks) => void (tasks[0].owner = 'ann')),
      [{ file: PLAN, path: 'tasks[0].owner', code: 'unknown-field', message: 'found `owner`' }],
    ],
    [
      'unknown field in a dependency object',
      plan((tasks) => void (tasks[2].dependsOn = [{ task: 'work', lag: 1, type: 'FS' }])),
      [{ file: PLAN, path: 'tasks[2].dependsOn[0].type', code: 'unknown-field', message: 'found `type`' }],
    ],
    [
      'unknown field in a three-point estimate',
      plan((tasks) => void (tasks[1].effort = { optimistic: 1, likely: 2, pessimistic: 3, worst: 9 })),
      [{ file: PLAN, path: 'tasks[1].effort.worst', code: 'unknown-field', message: 'found `worst`' }],
    ],
    ['missing id', plan((tasks) => void delete tasks[0].id), [{ file: PLAN, path: 'tasks[0].id', message: 'kebab-case id' }]],
    ['task id not kebab', plan((tasks) => void (tasks[0].id = 'Kick_Off')), [{ file: PLAN, path: 'tasks[0].id', message: '(found "Kick_Off")' }]],
    [
      'no title and no phase',
      plan((tasks) => {
        delete tasks[1].phase;
        delete tasks[1].title;
      }),
      [{ file: PLAN, path: 'tasks[1].title', message: 'a title (required when no phase is given)' }],
    ],
    [
      'none of duration, effort, milestone',
      plan((tasks) => void delete tasks[0].duration),
      [{ file: PLAN, path: 'tasks[0]', message: 'one of `duration`, `effort` or `milestone: true` (found none)' }],
    ],
    [
      'duration and effort',
      plan((tasks) => void (tasks[1].duration = 3)),
      [{ file: PLAN, path: 'tasks[1].effort', message: 'only one of `duration`, `effort` and `milestone` (found duration and effort)' }],
    ],
    [
      'duration and milestone',
      plan((tasks) => void (tasks[2].duration = 3)),
      [{ file: PLAN, path: 'tasks[2].milestone', message: 'only one of `duration`, `effort` and `milestone` (found duration and milestone)' }],
    ],
    [
      'effort and milestone',
      plan((tasks) => Object.assign(tasks[2], { effort: 2, assignees: ['bob'] })),
      [{ file: PLAN, path: 'tasks[2].milestone', message: '(found effort and milestone)' }],
    ],
    [
      'all three',
      plan((tasks) => Object.assign(tasks[1], { duration: 2, milestone: true })),
      [{ file: PLAN, path: 'tasks[1].effort', message: '(found duration and effort and milestone)' }],
    ],
    [
      'effort without assignees',
      plan((tasks) => void delete tasks[1].assignees),
      [{ file: PLAN, path: 'tasks[1].assignees', message: 'at least one assignee for an effort task (found none)' }],
    ],
    [
      'effort with an empty assignee list',
      plan((tasks) => void (tasks[1].assignees = [])),
      [{ file: PLAN, path: 'tasks[1].assignees', message: 'at least one assignee for an effort task' }],
    ],
    [
      'milestone: false',
      plan((tasks) => void (tasks[2].milestone = false)),
      [{ file: PLAN, path: 'tasks[2].milestone', message: '`true` (omit the field otherwise) (found false)' }],
    ],
    ['duration 0', plan((tasks) => void (tasks[0].duration = 0)), [{ file: PLAN, path: 'tasks[0].duration', message: 'a positive whole number (found 0)' }]],
    [
      'duration 2.5',
      plan((tasks) => void (tasks[0].duration = 2.5)),
      [{ file: PLAN, path: 'tasks[0].duration', message: 'a positive whole number of working days, or { optimistic, likely, pessimistic } (found 2.5)' }],
    ],
    ['effort negative', plan((tasks) => void (tasks[1].effort = -1)), [{ file: PLAN, path: 'tasks[1].effort', message: 'a positive number (found -1)' }]],
    [
      'a control character in a title, written as a YAML escape',
      plan((tasks) => void (tasks[0].title = 'Kick-off\u001b[31m')),
      [{ file: PLAN, path: 'tasks[0].title', message: 'a text of printable characters (found U+001B)' }],
    ],
    [
      'three-point duration out of order',
      plan((tasks) => void (tasks[0].duration = { optimistic: 5, likely: 3, pessimistic: 8 })),
      [{ file: PLAN, path: 'tasks[0].duration', message: '`optimistic` ≤ `likely` ≤ `pessimistic` (found 5 / 3 / 8)' }],
    ],
    [
      'three-point effort out of order',
      plan((tasks) => void (tasks[1].effort = { optimistic: 2, likely: 6, pessimistic: 4 })),
      [{ file: PLAN, path: 'tasks[1].effort', message: '`optimistic` ≤ `likely` ≤ `pessimistic` (found 2 / 6 / 4)' }],
    ],
    [
      'three-point estimate with a missing point',
      plan((tasks) => void (tasks[1].effort = { optimistic: 1, likely: 3 })),
      [{ file: PLAN, path: 'tasks[1].effort', message: '{ optimistic, likely, pessimistic }' }],
    ],
    ['priority 0', plan((tasks) => void (tasks[0].priority = 0)), [{ file: PLAN, path: 'tasks[0].priority', message: 'a whole number 1–1000 (found 0)' }]],
    [
      'priority 1001',
      plan((tasks) => void (tasks[0].priority = 1001)),
      [{ file: PLAN, path: 'tasks[0].priority', message: 'a whole number 1–1000 (found 1001)' }],
    ],
    ['progress 101', plan((tasks) => void (tasks[0].progress = 101)), [{ file: PLAN, path: 'tasks[0].progress', message: 'a whole number 0–100 (found 101)' }]],
    ['progress -1', plan((tasks) => void (tasks[0].progress = -1)), [{ file: PLAN, path: 'tasks[0].progress', message: 'a whole number 0–100 (found -1)' }]],
    [
      'lag -1',
      plan((tasks) => void (tasks[2].dependsOn = [{ task: 'work', lag: -1 }])),
      [{ file: PLAN, path: 'tasks[2].dependsOn[0].lag', message: 'a whole number ≥ 0 (found -1)' }],
    ],
    [
      'lag 1.5',
      plan((tasks) => void (tasks[2].dependsOn = [{ task: 'work', lag: 1.5 }])),
      [{ file: PLAN, path: 'tasks[2].dependsOn[0]', message: 'lag a whole number of working days ≥ 0' }],
    ],
    ['dependency id not kebab', plan((tasks) => void (tasks[1].dependsOn = ['Kick'])), [{ file: PLAN, path: 'tasks[1].dependsOn[0]', message: 'kebab-case' }]],
    [
      'assignee id not kebab',
      plan((tasks) => void (tasks[0].assignees = ['ann', 'Bob'])),
      [{ file: PLAN, path: 'tasks[0].assignees[1]', message: 'kebab-case' }],
    ],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });
});

describe('dates and ranges', () => {
  const plan = (change: Parameters<typeof planWith>[0]) => ({ [PLAN]: planWith(change) });
  const calendar = (p: Record<string, unknown>) => p.calendar as { holidays: Record<string, unknown>[]; closures: Record<string, unknown>[] };
  const cases: Case[] = [
    [
      'impossible kickoff 2027-02-30',
      plan((p) => void (p.kickoff = '2027-02-30')),
      [{ file: PLAN, path: 'kickoff', message: 'an existing calendar date YYYY-MM-DD (found "2027-02-30")' }],
    ],
    [
      'impossible kickoff 2027-13-01',
      plan((p) => void (p.kickoff = '2027-13-01')),
      [{ file: PLAN, path: 'kickoff', message: 'an existing calendar date YYYY-MM-DD (found "2027-13-01")' }],
    ],
    [
      '28 Feb in a non-leap year exists, 29 Feb does not',
      plan((p) => void (p.kickoff = '2027-02-29')),
      [{ file: PLAN, path: 'kickoff', message: 'an existing calendar date' }],
    ],
    [
      'malformed kickoff 1.3.2027',
      plan((p) => void (p.kickoff = '1.3.2027')),
      [{ file: PLAN, path: 'kickoff', message: 'a date YYYY-MM-DD (found "1.3.2027")' }],
    ],
    [
      'malformed kickoff 2027-3-1',
      plan((p) => void (p.kickoff = '2027-3-1')),
      [{ file: PLAN, path: 'kickoff', message: 'a date YYYY-MM-DD (found "2027-3-1")' }],
    ],
    ['kickoff with a time', plan((p) => void (p.kickoff = '2027-03-01T09:00')), [{ file: PLAN, path: 'kickoff', message: 'a date YYYY-MM-DD' }]],
    ['kickoff as a number', plan((p) => void (p.kickoff = 20270301)), [{ file: PLAN, path: 'kickoff', message: 'a date YYYY-MM-DD' }]],
    // Excel counts a 29 February 1900; the ten-year horizon and the exports must stay in four-digit years.
    [
      'kickoff in 1900',
      plan((p) => void (p.kickoff = '1900-12-31')),
      [{ file: PLAN, path: 'kickoff', message: 'a date in the years 1901 to 2199 (found "1900-12-31")' }],
    ],
    [
      'kickoff in 2200',
      plan((p) => void (p.kickoff = '2200-01-01')),
      [{ file: PLAN, path: 'kickoff', message: 'a date in the years 1901 to 2199 (found "2200-01-01")' }],
    ],
    ['kickoff in year 1', plan((p) => void (p.kickoff = '0001-01-01')), [{ file: PLAN, path: 'kickoff', message: 'a date in the years 1901 to 2199' }]],
    ['kickoff in 9999', plan((p) => void (p.kickoff = '9999-12-01')), [{ file: PLAN, path: 'kickoff', message: 'a date in the years 1901 to 2199' }]],
    [
      'impossible task start',
      plan((p) => void (p.tasks[0].start = '2027-04-31')),
      [{ file: PLAN, path: 'tasks[0].start', message: 'an existing calendar date' }],
    ],
    [
      'malformed task deadline',
      plan((p) => void (p.tasks[2].deadline = 'next friday')),
      [{ file: PLAN, path: 'tasks[2].deadline', message: 'a date YYYY-MM-DD (found "next friday")' }],
    ],
    [
      'impossible holiday',
      plan((p) => void (calendar(p).holidays[0].date = '2027-02-30')),
      [{ file: PLAN, path: 'calendar.holidays[0].date', message: 'an existing calendar date' }],
    ],
    [
      'closure to before from',
      plan((p) => void (calendar(p).closures[0].to = '2027-03-21')),
      [{ file: PLAN, path: 'calendar.closures[0].to', message: 'a date on or after `from` (2027-03-22) (found "2027-03-21")' }],
    ],
    [
      'absence to before from',
      plan((p) => void ((p.team[0].absences as Record<string, unknown>[])[0].to = '2027-03-02')),
      [{ file: PLAN, path: 'team[0].absences[0].to', message: 'a date on or after `from` (2027-03-03) (found "2027-03-02")' }],
    ],
    [
      'closure with an impossible from',
      plan((p) => void (calendar(p).closures[0].from = '2027-02-30')),
      [{ file: PLAN, path: 'calendar.closures[0].from', message: 'an existing calendar date' }],
    ],
  ];
  it.each(cases)('%s', async (_name, overrides, expected) => {
    await expectFindings(overrides, expected);
  });

  it('takes a kick-off on the first day of 1901 and on the last of 2199', async () => {
    for (const kickoff of ['1901-01-01', '2199-12-31']) {
      const findings = await check(plan((p) => void (p.kickoff = kickoff)));
      expect(errors(findings).filter((finding) => finding.path === 'kickoff')).toEqual([]);
    }
  });

  it('a one-day range (from = to) is valid', async () => {
    const findings = await check(plan((p) => void (calendar(p).closures[0].to = calendar(p).closures[0].from)));
    expect(errors(findings)).toEqual([]);
  });

  it('accepts unquoted YAML dates and rejects unquoted impossible ones', async () => {
    const text = (kickoff: string) =>
      `---\ntitle: T\ncustomer: C\nvendor: V\nkickoff: ${kickoff}\nteam:\n  - { id: ann, name: Ann, role: lead }\ntasks:\n  - { id: a, title: A, duration: 1 }\nbuffer: { method: percent, value: 20 }\n---\n`;
    expect(errors(await check({ [PLAN]: text('2027-03-01') }))).toEqual([]);
    const findings = await check({ [PLAN]: text('2027-02-30') });
    findingLike(findings, { file: PLAN, path: 'kickoff', message: 'an existing calendar date', line: 5 });
  });
});

describe('file names and ids', () => {
  it('reports a file name that is not kebab case, for every collection', async () => {
    const findings = await check({
      'roles/Data_Steward.mdx': base(ROLE),
      'phases/Build Phase.mdx': { ...base(PHASE), order: 3 },
      'risks/late-.mdx': base(RISK),
      'plans/Demo2.mdx': base(PLAN),
    });
    findingLike(findings, { file: 'roles/Data_Steward.mdx', path: '', code: 'file-name', message: 'lowercase kebab case' });
    findingLike(findings, { file: 'phases/Build Phase.mdx', path: '', code: 'file-name', message: '(found `Build Phase.mdx`)' });
    findingLike(findings, { file: 'risks/late-.mdx', path: '', code: 'file-name', message: '(found `late-.mdx`)' });
    findingLike(findings, { file: 'plans/Demo2.mdx', path: '', code: 'file-name', message: '(found `Demo2.mdx`)' });
  });

  it('ignores files that are not .mdx', async () => {
    const findings = await check({ 'roles/README.md': '# not content', 'plans/notes.txt': '{{{' });
    expect(brief(findings)).toEqual([]);
  });

  it('finds .mdx files in sub-folders', async () => {
    const findings = await check({ 'risks/extra/Bad.mdx': { title: 'x' } });
    findingLike(findings, { file: 'risks/extra/Bad.mdx', path: '', code: 'file-name', message: '(found `Bad.mdx`)' });
    findingLike(findings, { file: 'risks/extra/Bad.mdx', path: 'mitigation', message: 'required' });
  });

  it('refuses a sub-folder whose name has #, ? or %, which the site cannot read a file through', async () => {
    const role = (folder: string) => ({ [`roles/${folder}/extra.mdx`]: { title: 'Extra', side: 'customer', responsibilities: ['x'], summary: 'y' } });
    for (const folder of ['team#1', 'a?b', '100%', 'ok/deeper#']) {
      const findings = await check(role(folder));
      const name = folder.split('/').find((part) => /[#?%]/.test(part));
      findingLike(findings, { file: `roles/${folder}/extra.mdx`, path: '', code: 'file-name', message: `(found \`${name}\`)` });
    }
    const fine = await check(role('team-1.2_x'));
    expect(fine.filter((finding) => finding.code === 'file-name')).toEqual([]);
  });
});

describe('line numbers of schema findings', () => {
  it('point at the offending field in the front matter', async () => {
    const text = [
      '---', // 1
      'title: Demo', // 2
      'customer: C', // 3
      'vendor: V', // 4
      'kickoff: 2027-03-01', // 5
      'team:', // 6
      '  - id: ann', // 7
      '    name: Ann', // 8
      '    role: lead', // 9
      '    capacity: 2', // 10
      'tasks:', // 11
      '  - id: a', // 12
      '    title: A', // 13
      '    duration: 1', // 14
      '    colour: red', // 15
      '---', // 16
      '',
      'Body.',
    ].join('\n');
    const findings = await check({ [PLAN]: text });
    findingLike(findings, { file: PLAN, path: 'team[0].capacity', message: 'a number in (0, 1]', line: 10 });
    findingLike(findings, { file: PLAN, path: 'tasks[0].colour', code: 'unknown-field', message: 'found `colour`', line: 15 });
  });

  it('point at an item’s due offset in a checklist', async () => {
    const text = [
      '---',
      'title: Preparation',
      'phase: start',
      'items:',
      '  - id: agenda',
      '    text: Send the agenda',
      '    role: lead',
      '    due: 6000',
      '---',
      '',
    ].join('\n');
    findingLike(await check({ [CHECKLIST]: text }), { file: CHECKLIST, path: 'items[0].due', message: '(found 6000)', line: 8 });
  });
});

describe('plans: tracking (status date, actuals, baseline)', () => {
  const tracked = (change: (plan: Record<string, unknown> & { tasks: Record<string, unknown>[] }) => void) => ({
    [PLAN]: planWith((p) => {
      p.statusDate = '2027-03-10';
      change(p as Record<string, unknown> & { tasks: Record<string, unknown>[] });
    }),
  });
  const cases: Case[] = [
    [
      'statusDate before the kick-off',
      tracked((p) => void (p.statusDate = '2027-02-28')),
      [{ file: PLAN, path: 'statusDate', message: 'a date on or after `kickoff` (2027-03-01) (found "2027-02-28")' }],
    ],
    ['statusDate not a date', tracked((p) => void (p.statusDate = '2027-02-30')), [{ file: PLAN, path: 'statusDate', message: 'an existing calendar date' }]],
    [
      'statusDate beyond the ten years a plan is scheduled in',
      tracked((p) => void (p.statusDate = '2037-03-02')),
      [
        {
          file: PLAN,
          path: 'statusDate',
          message: 'a date no later than 2037-03-01, 10 years after the kick-off, as far as a plan is scheduled (found "2037-03-02")',
        },
      ],
    ],
    [
      'an actual date without statusDate',
      tracked((p) => {
        delete p.statusDate;
        Object.assign(p.tasks[0], { actualStart: '2027-03-01', actualFinish: '2027-03-01' });
      }),
      [
        { file: PLAN, path: 'tasks[0].actualStart', message: 'a `statusDate` on the plan first' },
        { file: PLAN, path: 'tasks[0].actualFinish', message: 'a `statusDate` on the plan first' },
      ],
    ],
    [
      'actual dates after the status date',
      tracked((p) => void Object.assign(p.tasks[0], { actualStart: '2027-03-11', actualFinish: '2027-03-12' })),
      [
        { file: PLAN, path: 'tasks[0].actualStart', message: 'a date on or before `statusDate` (2027-03-10) (found "2027-03-11")' },
        { file: PLAN, path: 'tasks[0].actualFinish', message: 'a date on or before `statusDate` (2027-03-10) (found "2027-03-12")' },
      ],
    ],
    [
      'actualFinish before actualStart',
      tracked((p) => void Object.assign(p.tasks[0], { actualStart: '2027-03-05', actualFinish: '2027-03-04' })),
      [{ file: PLAN, path: 'tasks[0].actualFinish', message: 'a date on or after `actualStart` (2027-03-05) (found "2027-03-04")' }],
    ],
    [
      'actualFinish without actualStart on work',
      tracked((p) => void Object.assign(p.tasks[0], { actualFinish: '2027-03-01' })),
      [{ file: PLAN, path: 'tasks[0].actualStart', message: 'required on a task with `actualFinish`' }],
    ],
    [
      'actualStart on a milestone',
      tracked((p) => void Object.assign(p.tasks[2], { actualStart: '2027-03-05' })),
      [{ file: PLAN, path: 'tasks[2].actualStart', message: 'no `actualStart` on a milestone' }],
    ],
    [
      'remaining on a task that is not active',
      tracked((p) => {
        Object.assign(p.tasks[0], { actualStart: '2027-03-01', actualFinish: '2027-03-01', remaining: 1 });
        Object.assign(p.tasks[1], { remaining: 2 });
      }),
      [
        { file: PLAN, path: 'tasks[0].remaining', message: 'no `remaining` on a task that is not active' },
        { file: PLAN, path: 'tasks[1].remaining', message: 'no `remaining` on a task that is not active' },
      ],
    ],
    [
      'remaining not positive',
      tracked((p) => void Object.assign(p.tasks[1], { actualStart: '2027-03-02', remaining: 0 })),
      [{ file: PLAN, path: 'tasks[1].remaining', message: 'a positive number' }],
    ],
    [
      'an active task at 100 %',
      tracked((p) => void Object.assign(p.tasks[1], { actualStart: '2027-03-02', progress: 100 })),
      [{ file: PLAN, path: 'tasks[1].progress', message: 'a progress under 100 on an active task' }],
    ],
    [
      'a baseline date with no snapshot',
      tracked((p) => void (p.baseline = '2027-03-01')),
      [{ file: PLAN, path: 'baseline', message: 'the date of a snapshot of this plan in snapshots/ (found `2027-03-01`; snapshots: none)' }],
    ],
  ];
  for (const [name, overrides, expected] of cases) it(name, () => expectFindings(overrides, expected));

  it('every error of one plan at once, with its line', async () => {
    const findings = await check(
      tracked((p) => {
        p.statusDate = '2027-02-28';
        Object.assign(p.tasks[2], { actualStart: '2027-03-05' });
        Object.assign(p.tasks[1], { actualStart: '2027-03-02', progress: 100 });
      }),
    );
    const paths = errors(findings).map((finding) => finding.path);
    expect(paths).toEqual(expect.arrayContaining(['statusDate', 'tasks[1].progress', 'tasks[2].actualStart', 'tasks[1].actualStart']));
    expect(errors(findings).every((finding) => finding.line !== undefined && finding.line > 1)).toBe(true);
  });

  it('a sound tracked plan has no error', async () => {
    const findings = await check(
      tracked((p) => {
        Object.assign(p.tasks[0], { actualStart: '2027-03-01', actualFinish: '2027-03-01' });
        Object.assign(p.tasks[1], { actualStart: '2027-03-02', remaining: 1.5 });
      }),
    );
    expect(brief(errors(findings))).toEqual([]);
  });
});

describe('snapshots', () => {
  const SNAPSHOT = 'snapshots/demo/2027-03-01.json';
  const snapshot = {
    plan: 'demo',
    date: '2027-03-01',
    label: 'Kick-off',
    finish: '2027-03-09',
    committedFinish: '2027-03-11',
    buffer: { method: 'percent', days: 2 },
    tasks: [{ id: 'kick', start: '2027-03-01', finish: '2027-03-01', milestone: false, critical: true, workingDays: 1, state: 'planned', completion: 0 }],
  };
  const json = (data: unknown) => JSON.stringify(data, null, 2);
  const cases: Case[] = [
    [
      'unknown plan',
      { 'snapshots/ghost/2027-03-01.json': json({ ...snapshot, plan: 'ghost' }) },
      [{ file: 'snapshots/ghost/2027-03-01.json', path: 'plan', message: 'the id of an existing plan in plans/ (found `ghost`)' }],
    ],
    [
      'a bad date',
      { [SNAPSHOT]: json({ ...snapshot, finish: '2027-13-01' }) },
      [{ file: SNAPSHOT, path: 'finish', message: 'an existing calendar date YYYY-MM-DD (found "2027-13-01")', line: 5 }],
    ],
    ['an unknown field', { [SNAPSHOT]: json({ ...snapshot, slack: 3 }) }, [{ file: SNAPSHOT, path: 'slack', code: 'unknown-field', message: 'found `slack`' }]],
    [
      'a task field wrong',
      { [SNAPSHOT]: json({ ...snapshot, tasks: [{ ...snapshot.tasks[0], state: 'late', completion: 2 }] }) },
      [
        { file: SNAPSHOT, path: 'tasks[0].state', message: '`done`, `active` or `planned`', line: 19 },
        { file: SNAPSHOT, path: 'tasks[0].completion', message: 'a share from 0 to 1' },
      ],
    ],
    [
      'a date that is not its file name',
      { [SNAPSHOT]: json({ ...snapshot, date: '2027-03-02' }) },
      [{ file: SNAPSHOT, path: 'date', code: 'snapshot-place', message: 'snapshots/demo/2027-03-02.json' }],
    ],
    [
      'a snapshot in another plan’s folder',
      { 'snapshots/demo-2/2027-03-01.json': json(snapshot) },
      [{ file: 'snapshots/demo-2/2027-03-01.json', path: 'plan', code: 'snapshot-place', message: 'snapshots/demo/2027-03-01.json' }],
    ],
    [
      'a task twice, which would weigh twice in the completion measured against it',
      { [SNAPSHOT]: json({ ...snapshot, tasks: [snapshot.tasks[0], { ...snapshot.tasks[0], critical: false }] }) },
      [{ file: SNAPSHOT, path: 'tasks[1].id', code: 'duplicate', message: 'a task id unique in the plan (found `kick` twice)' }],
    ],
    [
      'a task that finishes before it starts',
      { [SNAPSHOT]: json({ ...snapshot, tasks: [{ ...snapshot.tasks[0], finish: '2027-02-26' }] }) },
      [{ file: SNAPSHOT, path: 'tasks[0].finish', code: 'schema', message: 'a date on or after `start` (2027-03-01) (found "2027-02-26")', line: 15 }],
    ],
    ['not JSON', { [SNAPSHOT]: '{ "plan": "demo",\n  oops }' }, [{ file: SNAPSHOT, path: '', code: 'json-syntax', message: 'valid JSON', line: 2 }]],
  ];
  for (const [name, overrides, expected] of cases) it(name, () => expectFindings(overrides, expected));

  it('the smallest snapshot the contract shows, without each task’s state and completion, is valid', async () => {
    const { state, completion, ...task } = snapshot.tasks[0];
    expect([state, completion]).toEqual(['planned', 0]);
    const findings = await check({ [SNAPSHOT]: json({ ...snapshot, p50: '2027-03-10', p85: '2027-03-11', tasks: [task] }) });
    expect(errors(findings).filter((finding) => finding.file === SNAPSHOT)).toEqual([]);
  });

  it('a baseline that names no snapshot lists the plan’s snapshot dates, sorted, and no other plan’s', async () => {
    const at = (date: string) => json({ ...snapshot, date });
    const findings = await check({
      'snapshots/demo/2027-03-08.json': at('2027-03-08'),
      'snapshots/demo/2027-03-01.json': at('2027-03-01'),
      'snapshots/demo-2/2027-03-05.json': json({ ...snapshot, plan: 'demo-2', date: '2027-03-05' }),
      'plans/demo-2.mdx': base(PLAN),
      [PLAN]: planWith((p) => Object.assign(p, { statusDate: '2027-03-10', baseline: '2027-03-02' })),
    });
    const finding = findingLike(findings, { file: PLAN, path: 'baseline', message: 'found `2027-03-02`' });
    expect(finding.message).toBe('the date of a snapshot of this plan in snapshots/ (found `2027-03-02`; snapshots: 2027-03-01, 2027-03-08)');
  });

  it('a snapshot in the wrong folder names the file it should be', async () => {
    const findings = await check({ 'snapshots/demo/2027-03-01.json': json({ ...snapshot, date: '2027-03-02' }) });
    const finding = findingLike(findings, { file: SNAPSHOT, path: 'date', code: 'snapshot-place', message: 'snapshots/demo/2027-03-02.json' });
    expect(finding.message).toBe('a file snapshots/PLAN/DATE.json whose `plan` and `date` match its folder and file name (snapshots/demo/2027-03-02.json)');
  });

  it('the glossary check reads the MDX texts, not a snapshot’s JSON', async () => {
    const findings = await check({
      'glossary/kam.mdx': { title: 'Key-Account-Manager', definition: 'Betreut den Großkunden.', avoid: ['Key Account'] },
      [SNAPSHOT]: json({ ...snapshot, label: 'Key Account' }),
      [RISK]: { ...base(RISK), title: 'Key Account fällt aus' },
    });
    expect(findings.filter((finding) => finding.code === 'glossary-term').map((finding) => finding.file)).toEqual([RISK]);
  });

  it('a valid snapshot is a baseline the plan can name', async () => {
    const findings = await check({
      [SNAPSHOT]: json(snapshot),
      [PLAN]: planWith((p) => Object.assign(p, { statusDate: '2027-03-02', baseline: '2027-03-01' })),
    });
    expect(brief(errors(findings))).toEqual([]);
  });
});
