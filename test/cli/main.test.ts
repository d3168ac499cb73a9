/**
 * The `kickoff` command as a user runs it: `node bin/kickoff.mjs …` in the project folder.
 * Each spawn costs about 1.5 s, so independent runs of one test start together.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, planWith, writeTree } from '../fixtures/content-tree.ts';
import { readStrictCsv } from '../helpers/strict-csv.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/kickoff.mjs');
const SAMPLE = path.join(ROOT, 'content');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** At most two commands at a time: the machine has two cores, and more only makes each slower. */
let running = 0;
const waiting: (() => void)[] = [];
async function kickoff(...args: string[]): Promise<Run> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await spawnKickoff(args);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs `node bin/kickoff.mjs …args` in the project folder with node_modules/.bin first on PATH. */
function spawnKickoff(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  for (const key of ['KICKOFF_LANG', 'KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'KICKOFF_DEBUG', 'NODE_OPTIONS']) delete env[key];
  // English messages, which these tests quote; `--lang` or a test's own variable says otherwise.
  env.KICKOFF_LANG = 'en';
  return new Promise((resolve, reject) => {
    const child = spawn('node', [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** No stack trace, no "Error:" with a stack, no crash: only messages meant for a user. */
function expectNoStackTrace(run: Run) {
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output, output).not.toMatch(/^\s+at\s/m);
  expect(output, output).not.toMatch(/\b\w*Error:.*\n\s+at\s/);
  expect(output, output).not.toMatch(/node:internal|file:\/\/\//);
  expect(run.signal).toBeNull();
}

/** A finding line as every command prints it: `severity: file[:line[:col]]: [path: ]message`. */
const FINDING_LINE = /^(error|warning): ([^\s:]+\.mdx)(?::(\d+)(?::\d+)?)?: (?:([\w.[\]]+): )?(.+)$/;

describe('kickoff validate', { timeout: 120_000 }, () => {
  const broken = tempFolder('fixture');
  const garbage = tempFolder('fixture');
  const folderNamedMdx = tempFolder('fixture');

  beforeAll(async () => {
    await writeTree(
      {
        'roles/dev.mdx': { ...base('roles/dev.mdx'), side: 'supplier' },
        'risks/late.mdx': { ...base('risks/late.mdx'), owner: 'ghost' },
        'plans/demo.mdx': planWith((p) => {
          p.kickoff = '2027-02-30';
          p.tasks[0].colour = 'red';
        }),
        'roles/x.mdx': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1'),
      },
      { root: broken },
    );
    await writeTree({}, { root: garbage });
    await writeFile(path.join(garbage, 'roles/x.mdx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 104729 + 7) % 256)));
    await writeFile(path.join(garbage, 'phases/y.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0x7b, 0x00]));
    await writeTree({}, { root: folderNamedMdx });
    await mkdir(path.join(folderNamedMdx, 'plans/plans.mdx'), { recursive: true });
  });

  it('exits 0 on the sample content and prints the summary', async () => {
    const [explicit, strict] = await Promise.all([kickoff('validate', '--content', SAMPLE), kickoff('validate', '--strict', '--content', 'content')]);
    expect(explicit.code, explicit.stderr).toBe(0);
    expect(explicit.stderr).toMatch(/content: 0 error\(s\), \d+ warning\(s\)/);
    for (const line of explicit.stderr.trim().split('\n').slice(0, -1)) expect(line).toMatch(FINDING_LINE);
    expectNoStackTrace(explicit);
    // The sample content has warnings (required roles missing in kleiner-start): strict fails.
    const warningCount = Number(explicit.stderr.match(/(\d+) warning\(s\)/)?.[1]);
    if (warningCount > 0) {
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain(`${warningCount} error(s), 0 warning(s)`);
    } else expect(strict.code).toBe(0);
    expectNoStackTrace(strict);
  });

  it('exits 1 with `file: path: message` lines for every error, including a binary x.mdx', async () => {
    const run = await kickoff('validate', '--content', broken);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
    const lines = run.stderr.trim().split('\n');
    const summary = lines.pop() as string;
    expect(summary).toMatch(/: (\d+) error\(s\), (\d+) warning\(s\)$/);
    const parsed = lines.map((line) => {
      const match = FINDING_LINE.exec(line);
      expect(match, line).not.toBeNull();
      return { severity: match?.[1], file: match?.[2], line: match?.[3], path: match?.[4], message: match?.[5] };
    });
    const has = (file: string, fieldPath: string | undefined, fragment: string) =>
      expect(
        parsed.some((f) => f.severity === 'error' && f.file === file && f.path === fieldPath && f.message?.includes(fragment)),
        `${file} ${fieldPath} ${fragment}\n${run.stderr}`,
      ).toBe(true);
    has('roles/dev.mdx', 'side', '(found "supplier")');
    has('risks/late.mdx', 'owner', '(found `ghost`)');
    has('plans/demo.mdx', 'kickoff', 'an existing calendar date');
    has('plans/demo.mdx', 'tasks[0].colour', 'found `colour`');
    has('roles/x.mdx', undefined, 'a readable UTF-8 text file (found binary data)');
    expect(Number(summary.match(/(\d+) error/)?.[1])).toBe(parsed.filter((f) => f.severity === 'error').length);
    // Findings carry the line of their field, here the line of `kickoff:` in the file as written.
    const planLines = (await readFile(path.join(broken, 'plans/demo.mdx'), 'utf8')).split('\n');
    const kickoffLine = planLines.findIndex((line) => line.startsWith('kickoff:')) + 1;
    expect(kickoffLine).toBeGreaterThan(1);
    expect(parsed.find((f) => f.path === 'kickoff')?.line).toBe(String(kickoffLine));
  });

  it('never prints a stack trace for garbage input', async () => {
    const [binary, folder, missing] = await Promise.all([
      kickoff('validate', '--content', garbage),
      kickoff('validate', '--content', folderNamedMdx),
      kickoff('validate', '--content', path.join(garbage, 'does-not-exist')),
    ]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/^error: roles\/x\.mdx: a readable UTF-8 text file \(found binary data\)/m);
    expect(binary.stderr).toMatch(/^error: phases\/y\.mdx/m);
    expectNoStackTrace(binary);

    // A folder named plans.mdx is not an entry: it is skipped, never an internal error, and the
    // rest of the tree is the valid base tree.
    expectNoStackTrace(folder);
    expect(folder.stderr).not.toMatch(/internal error/);
    expect(folder.stderr).toMatch(/: 0 error\(s\), 0 warning\(s\)$/m);
    expect(folder.code).toBe(0);

    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`kickoff: content folder not found: ${path.join(garbage, 'does-not-exist')}\n`);
    expectNoStackTrace(missing);
  });
});

describe('usage', { timeout: 120_000 }, () => {
  it('--help, unknown command, unknown option, bad --format', async () => {
    const [help, unknownCommand, unknownOption, badFormat] = await Promise.all([
      kickoff('--help'),
      kickoff('frobnicate'),
      kickoff('validate', '--frobnicate'),
      kickoff('schedule', 'musterhandel-pim', '--format', 'xml'),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/m);
    for (const command of ['validate', 'schedule', 'build', 'new-plan', '--content', '--strict', '--format']) expect(help.stdout).toContain(command);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toBe('kickoff: unknown command `frobnicate` (try kickoff --help)\n');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toBe('kickoff: unknown option `--frobnicate` (try kickoff --help)\n');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format: json, csv, ics, mermaid, tjp, mspdi or xlsx (found xml)');
    for (const run of [help, unknownCommand, unknownOption, badFormat]) {
      expectNoStackTrace(run);
      expect(run.stderr).not.toContain('internal error');
    }
  });
  it('refuses an option the command does not read, naming the ones it does, instead of ignoring it', async () => {
    const [status, validate, german] = await Promise.all([
      kickoff('status', 'musterhandel-pim', '--out', 'report.txt'),
      kickoff('validate', '--plan', 'x'),
      kickoff('snapshot', 'kleiner-start', '--lang', 'de', '--format', 'csv'),
    ]);
    expect(status.stderr).toBe('kickoff: `--out` is not an option of kickoff status (only --config, --content, --lang)\n');
    expect(validate.stderr).toBe('kickoff: `--plan` is not an option of kickoff validate (its options: --strict, and --config, --content, --lang)\n');
    expect(german.stderr).toBe(
      'kickoff: `--format` ist keine Option von kickoff snapshot (seine Optionen: --label, --force, dazu --config, --content, --lang)\n',
    );
    expect([status.code, validate.code, german.code]).toEqual([2, 2, 2]);
  });

  it('says in the chosen language which option lacks its value or has one it cannot take', async () => {
    const [missing, boolean, german, germanEquals, dash, germanDash] = await Promise.all([
      kickoff('schedule', 'musterhandel-pim', '--format'),
      kickoff('validate', '--strict=yes'),
      kickoff('validate', '--lang', 'de', '-x'),
      kickoff('validate', '--lang=de', '--out'),
      kickoff('schedule', 'musterhandel-pim', '--out', '--force'),
      kickoff('snapshot', 'musterhandel-pim', '--lang=de', '--label', '-x'),
    ]);
    expect(dash.stderr).toBe('kickoff: `--out` needs a value; one that starts with `-` is written `--out=-…`\n');
    expect(germanDash.stderr).toBe('kickoff: nach `--label` fehlt der Wert; einer, der mit `-` beginnt, wird `--label=-…` geschrieben\n');
    expect([dash.code, germanDash.code]).toEqual([2, 2]);
    expect(missing.stderr).toBe('kickoff: `--format` needs a value (try kickoff --help)\n');
    expect(boolean.stderr).toBe('kickoff: `--strict` takes no value (try kickoff --help)\n');
    expect(german.stderr).toBe('kickoff: unbekannte Option `-x` (siehe kickoff --help)\n');
    expect(germanEquals.stderr).toBe('kickoff: nach `--out` fehlt der Wert (siehe kickoff --help)\n');
    for (const run of [missing, boolean, german, germanEquals]) expect(run.code).toBe(2);
    // A language that does not exist is named as the option it came from, not as the variable it sets.
    const french = await kickoff('init', path.join(tempFolder('cli'), 'ailleurs'), '--lang', 'fr');
    expect(french.code).toBe(2);
    expect(french.stderr).toBe('kickoff: --lang: de, en (found fr)\n');
  });
});

describe('kickoff schedule', { timeout: 120_000 }, () => {
  type Json = {
    plan: string;
    tasks: {
      id: string;
      title: string;
      phase?: string;
      start: string;
      finish: string;
      milestone: boolean;
      critical: boolean;
      float: number | null;
      state: string;
    }[];
    findings: { severity: string; code: string; path: string; message: string }[];
    [key: string]: unknown;
  };
  let json: Json;
  let runs: Record<'json' | 'csv' | 'ics' | 'mermaid', Run>;
  let unknownPlan: Run;

  beforeAll(async () => {
    const formats = ['json', 'csv', 'ics', 'mermaid'] as const;
    const results = await Promise.all([
      ...formats.map((format) => kickoff('schedule', 'musterhandel-pim', '--format', format)),
      kickoff('schedule', 'no-such-plan', '--content', SAMPLE),
    ]);
    runs = Object.fromEntries(formats.map((format, i) => [format, results[i]])) as typeof runs;
    unknownPlan = results[formats.length];
    json = JSON.parse(runs.json.stdout);
  });

  it('every format exits 0 without a stack trace', () => {
    for (const run of Object.values(runs)) {
      expect(run.code, run.stderr).toBe(0);
      expectNoStackTrace(run);
    }
  });

  it('--format json: one object with the keys of the spec', () => {
    expect(runs.json.stdout.trim().startsWith('{')).toBe(true);
    for (const key of ['plan', 'kickoff', 'finish', 'committedFinish', 'buffer', 'p50', 'p85', 'tasks', 'findings']) expect(json, key).toHaveProperty(key);
    expect(json.plan).toBe('musterhandel-pim');
    const day = /^\d{4}-\d{2}-\d{2}$/;
    for (const key of ['kickoff', 'finish', 'committedFinish', 'p50', 'p85']) expect(json[key], key).toMatch(day);
    expect((json.committedFinish as string) >= (json.finish as string)).toBe(true);
    expect(json.buffer).toMatchObject({ method: expect.stringMatching(/^(none|percent|fixed|rss)$/), days: expect.any(Number) });
    expect(json.tasks.length).toBeGreaterThan(0);
    for (const task of json.tasks) {
      expect(task).toMatchObject({
        id: expect.any(String),
        title: expect.any(String),
        start: expect.stringMatching(day),
        finish: expect.stringMatching(day),
        milestone: expect.any(Boolean),
        critical: expect.any(Boolean),
      });
      // A done task has no float (rule T4); every other task has one.
      if (task.state === 'done') expect(task.float).toBeNull();
      else expect(task.float).toEqual(expect.any(Number));
      if ('phase' in task) expect(task.phase).toEqual(expect.any(String));
      expect(task.start <= task.finish).toBe(true);
      expect(task.start >= (json.kickoff as string)).toBe(true);
    }
    expect(json.tasks.some((task) => task.phase !== undefined)).toBe(true);
    expect(json.tasks.some((task) => task.milestone)).toBe(true);
    expect(json.tasks.some((task) => task.critical)).toBe(true);
    expect(Array.isArray(json.findings)).toBe(true);
    for (const finding of json.findings) {
      expect(Object.keys(finding).sort()).toEqual(['code', 'message', 'path', 'severity']);
      expect(['error', 'warning']).toContain(finding.severity);
    }
  });

  it('--format csv: a byte-order mark, a header and one row per task', () => {
    // Spreadsheet apps read UTF-8 only with the mark; a CSV reader drops it.
    expect(runs.csv.stdout.startsWith('\uFEFFid,')).toBe(true);
    const rows = readStrictCsv(runs.csv.stdout.slice(1));
    const [header, ...body] = rows;
    expect(header.slice(0, 8)).toEqual(['id', 'title', 'phase', 'start', 'finish', 'milestone', 'critical', 'float']);
    expect(body).toHaveLength(json.tasks.length);
    for (const [i, row] of body.entries()) {
      expect(row).toHaveLength(header.length);
      const record = Object.fromEntries(header.map((column, j) => [column, row[j]]));
      const task = json.tasks[i];
      expect(record).toMatchObject({
        id: task.id,
        start: task.start,
        finish: task.finish,
        milestone: String(task.milestone),
        critical: String(task.critical),
        float: task.float === null ? '' : String(task.float),
      });
      expect(record.title.replace(/^'/, '')).toBe(task.title);
    }
  });

  it('--format ics: a calendar that ical.js reads, with one VEVENT per milestone', () => {
    const text = runs.ics.stdout;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent');
    const milestones = json.tasks.filter((task) => task.milestone);
    const milestoneEvents = events.filter((event) => String(event.getFirstPropertyValue('uid')).includes('.milestone.'));
    expect(milestoneEvents).toHaveLength(milestones.length);
    for (const task of milestones) {
      const event = milestoneEvents.find((candidate) => String(candidate.getFirstPropertyValue('uid')).includes(`.milestone.${task.id}@`));
      expect(event, task.id).toBeDefined();
      const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(task.finish);
      expect(String(event?.getFirstPropertyValue('summary'))).toContain(task.title);
    }
    const uids = events.map((event) => event.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(events.some((event) => String(event.getFirstPropertyValue('uid')).endsWith('.kickoff@kickoff-playbook.invalid'))).toBe(true);
  });

  it('--format mermaid: a Gantt diagram with every task', () => {
    const text = runs.mermaid.stdout;
    expect(text).toMatch(/^gantt$/m);
    expect(text).toMatch(/^\s*dateFormat YYYY-MM-DD$/m);
    expect(text).toMatch(/^\s*section /m);
    for (const task of json.tasks) expect(text, task.id).toContain(task.start);
  });

  it('--out refuses a file inside the content folder: it would replace the plan or be read as content', async () => {
    const content = tempFolder('out');
    await cp(SAMPLE, content, { recursive: true });
    const planFile = path.join(content, 'plans', 'kleiner-start.mdx');
    const before = await readFile(planFile, 'utf8');
    const [replace, beside] = await Promise.all([
      kickoff('schedule', 'kleiner-start', '--content', content, '--out', planFile),
      kickoff('schedule', 'kleiner-start', '--content', content, '--format', 'csv', '--out', path.join(content, 'plans', 'export.csv')),
    ]);
    for (const run of [replace, beside]) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('is inside the content folder');
      expectNoStackTrace(run);
    }
    expect(await readFile(planFile, 'utf8')).toBe(before);
    expect(await readdir(path.join(content, 'plans'))).not.toContain('export.csv');
  });

  it('an unknown plan id exits 2 with the list of plans', async () => {
    const run = unknownPlan;
    expect(run.code).toBe(2);
    expectNoStackTrace(run);
    const plans = (await readdir(path.join(SAMPLE, 'plans'))).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4));
    expect(run.stderr).toContain('no plan `no-such-plan`');
    for (const plan of plans) expect(run.stderr).toContain(plan);
  });
});

describe('kickoff new-plan', { timeout: 120_000 }, () => {
  it('writes a plan into a copy of the content that then validates with 0 errors', async () => {
    const copy = path.join(tempFolder('cli'), 'content');
    await cp(SAMPLE, copy, { recursive: true });
    const created = await kickoff('new-plan', 'acme-pim', '--content', copy);
    expect(created.code, created.stderr).toBe(0);
    expectNoStackTrace(created);
    expect(created.stdout).toContain('acme-pim.mdx');
    const [validated, again] = await Promise.all([kickoff('validate', '--content', copy), kickoff('new-plan', 'acme-pim', '--content', copy)]);
    expect(validated.code, validated.stderr).toBe(0);
    expect(validated.stderr).toMatch(/0 error\(s\)/);
    expect(validated.stderr).not.toMatch(/^error:/m);
    expectNoStackTrace(validated);
    // Never overwrites without --force.
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
  });

  it('kickoff new writes every kind, and refuses what it cannot write validly', async () => {
    const copy = path.join(tempFolder('cli'), 'content');
    await mkdir(path.join(copy, 'roles'), { recursive: true });
    const noRoles = await kickoff('new', 'phase', 'start', '--content', copy);
    expect(noRoles.code).toBe(1);
    expect(noRoles.stderr).toBe('kickoff: a new phase refers to an entry of roles, and the playbook has none: write one first with `kickoff new role ID`\n');
    const [role, badKind, badId, tooFew] = await Promise.all([
      kickoff('new', 'role', 'lead', '--content', copy),
      kickoff('new', 'persona', 'lead', '--content', copy),
      kickoff('new', 'role', 'Lead', '--content', copy),
      kickoff('new', 'role', '--content', copy),
    ]);
    expect(role.code, role.stderr).toBe(0);
    expect(await readFile(path.join(copy, 'roles', 'lead.mdx'), 'utf8')).toContain('# customer or vendor.\nside: customer\n');
    expect([badKind.code, badId.code, tooFew.code]).toEqual([2, 2, 2]);
    expect(badKind.stderr).toBe('kickoff: KIND: one of role, phase, checklist, risk, meeting, term, plan (found `persona`)\n');
    expect(badId.stderr).toContain('(found `Lead`)');
    expect(tooFew.stderr).toContain('usage: kickoff new role|phase|checklist|risk|meeting|term|plan ID');
    for (const kind of ['phase', 'checklist', 'risk', 'term', 'plan']) {
      const made = await kickoff('new', kind, `first-${kind}`, '--content', copy);
      expect(made.code, made.stderr).toBe(0);
    }
    const again = await kickoff('new', 'risk', 'first-risk', '--content', copy);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    const validated = await kickoff('validate', '--strict', '--content', copy);
    expect(validated.code, validated.stderr).toBe(0);
  });
});

describe('kickoff schemas', { timeout: 60_000 }, () => {
  it('writes a JSON Schema per collection and the editor list of the content files, also for broken content', async () => {
    const copy = path.join(tempFolder('cli'), 'content');
    await cp(SAMPLE, copy, { recursive: true });
    await writeFile(path.join(copy, 'roles', 'broken.mdx'), '---\ntitle: 3\n---\n');
    const out = path.join(tempFolder('cli'), 'schemas');
    const written = await kickoff('schemas', '--content', copy, '--out', out);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toMatch(/^wrote 10 files into .*schemas\/: a JSON Schema per collection/);
    expect((await readdir(out)).sort()).toEqual([
      'checklists.schema.json',
      'collections.json',
      'glossary.schema.json',
      'home.schema.json',
      'meetings.schema.json',
      'phases.schema.json',
      'plans.schema.json',
      'risks.schema.json',
      'roles.schema.json',
      'snapshots.schema.json',
    ]);
    const roles = JSON.parse(await readFile(path.join(out, 'roles.schema.json'), 'utf8'));
    expect(roles.properties.side).toMatchObject({
      enum: ['customer', 'vendor'],
      description: 'the contract party the role belongs to (`customer` | `vendor`; required)',
    });
    const list = JSON.parse(await readFile(path.join(out, 'collections.json'), 'utf8'));
    // The broken file is listed too: the editor's help is what repairs it.
    expect(
      Object.entries(list.entries)
        .filter(([file]) => file.endsWith('/roles/broken.mdx'))
        .map(([, name]) => name),
    ).toEqual(['roles']);
  });

  it('names a file in the way of what a command writes, and exits 2 (snapshot)', async () => {
    const copy = path.join(tempFolder('cli'), 'content');
    await cp(SAMPLE, copy, { recursive: true });
    // A file where the plan's snapshot folder belongs.
    await writeFile(path.join(copy, 'snapshots', 'kleiner-start'), 'not a folder');
    const result = await kickoff('snapshot', 'kleiner-start', '--content', copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kickoff: cannot access .*content\/snapshots\/kleiner-start: EEXIST\n$/);
  });

  it('refuses to write the schemas into the content folder, where a collection would read them', async () => {
    const copy = path.join(tempFolder('cli'), 'content');
    await cp(SAMPLE, copy, { recursive: true });
    const result = await kickoff('schemas', '--content', copy, '--out', path.join(copy, 'snapshots', 'musterhandel-pim'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kickoff: .*content\/snapshots\/musterhandel-pim is inside the content folder/);
    expect(await readdir(path.join(copy, 'snapshots', 'musterhandel-pim'))).not.toContain('plans.schema.json');
  });

  it('names the folder it cannot write and exits 2, without a stack trace', async () => {
    const file = path.join(tempFolder('cli'), 'a-file');
    await writeFile(file, 'not a folder');
    const result = await kickoff('schemas', '--content', SAMPLE, '--out', path.join(file, 'schemas'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kickoff: cannot write .*a-file\/schemas: ENOTDIR\n$/);
  });
});

describe('kickoff snapshot and kickoff status', { timeout: 120_000 }, () => {
  it('writes a snapshot that is a valid baseline, never overwrites it without --force, and reports as of the status date', async () => {
    const copy = path.join(tempFolder('cli'), 'content');
    await cp(SAMPLE, copy, { recursive: true });
    const file = path.join(copy, 'snapshots', 'kleiner-start', '2027-03-01.json');
    const first = await kickoff('snapshot', 'kleiner-start', '--label', 'Kick-off', '--content', copy);
    expect(first.code, first.stderr).toBe(0);
    // kleiner-start has no status date: the snapshot is the plan at its kick-off, and says so.
    expect(first.stdout).toBe(`wrote ${path.relative(ROOT, file)}: the plan as it stands at the kick-off (it has no status date)\n`);
    const written = JSON.parse(await readFile(file, 'utf8'));
    expect(written).toMatchObject({ plan: 'kleiner-start', date: '2027-03-01', label: 'Kick-off' });
    expect(written.tasks[0]).toMatchObject({ id: 'kickoff', state: 'planned', completion: 0 });

    const again = await kickoff('snapshot', 'kleiner-start', '--content', copy);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already (use --force to overwrite)');
    expect(JSON.parse(await readFile(file, 'utf8')).label).toBe('Kick-off');
    const forced = await kickoff('snapshot', 'kleiner-start', '--force', '--label', 'Neu', '--content', copy);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).label).toBe('Neu');

    // Two weeks on, the kick-off done, the workshop late: the report as of that day.
    const planFile = path.join(copy, 'plans', 'kleiner-start.mdx');
    const source = await readFile(planFile, 'utf8');
    const tracked = source
      .replace('kickoff: 2027-03-01\n', 'kickoff: 2027-03-01\nstatusDate: 2027-03-12\n')
      .replace(/( {2}- id: kickoff\n)/, '$1    actualStart: 2027-03-01\n    actualFinish: 2027-03-01\n')
      .replace(/( {2}- id: workshop\n)/, '$1    actualStart: 2027-03-03\n    remaining: 4\n');
    expect(tracked).not.toBe(source);
    await writeFile(planFile, tracked);
    const [validated, status, json] = await Promise.all([
      kickoff('validate', '--content', copy),
      kickoff('status', 'kleiner-start', '--content', copy),
      kickoff('schedule', 'kleiner-start', '--content', copy),
    ]);
    expect(validated.code, validated.stderr).toBe(0);
    expect(validated.stderr).toMatch(/task-late|was due by/);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/as of 2027-03-12/);
    expect(status.stdout).toMatch(/In progress\n {2}.*4 working days left, finishing 2027-03-18/);
    expect(status.stdout).toMatch(/Late\n/);
    const schedule = JSON.parse(json.stdout);
    expect(schedule).toMatchObject({ statusDate: '2027-03-12', baseline: { date: '2027-03-01' } });
    expect(schedule.tasks.find((task: { id: string }) => task.id === 'workshop')).toMatchObject({
      state: 'active',
      actualStart: '2027-03-03',
      remaining: 4,
      start: '2027-03-03',
      finish: '2027-03-18',
    });
    for (const run of [first, again, forced, validated, status, json]) expectNoStackTrace(run);
    const [atStatusDate, german] = await Promise.all([
      kickoff('snapshot', 'kleiner-start', '--content', copy),
      kickoff('snapshot', 'musterhandel-pim', '--content', copy, '--lang', 'de'),
    ]);
    expect([atStatusDate.code, atStatusDate.stdout]).toEqual([
      0,
      `wrote ${path.relative(ROOT, path.join(copy, 'snapshots', 'kleiner-start', '2027-03-12.json'))}: the plan as of its status date\n`,
    ]);
    expect([german.code, german.stdout]).toEqual([
      0,
      `${path.relative(ROOT, path.join(copy, 'snapshots', 'musterhandel-pim', '2027-08-20.json'))} geschrieben: der Planstand dieses Stichtags\n`,
    ]);
  });
});
