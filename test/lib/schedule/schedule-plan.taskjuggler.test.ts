import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/lib/schema/plan.ts';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { parseEntryFile } from '../../../src/lib/content/parse-entry.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';
import { makePlan } from '../../helpers/plan.ts';
import { tjId, toTaskJuggler } from '../../../src/lib/export/schedule-tjp.ts';
import { parseTaskJugglerCsv } from '../../helpers/taskjuggler-csv.ts';
import { DayWalk } from '../../helpers/day-walk.ts';
import { taskJugglerDifferences } from '../../helpers/taskjuggler-differences.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

// Our finish dates against TaskJuggler (Debian package tj3, installed by .ci/run) on the export
// of every sample plan and of random plans. TaskJuggler gets its holidays and closures from the
// plan's content and date-holidays directly (test/helpers/day-walk.ts). TaskJuggler reports a
// dependent task's start as its predecessor's end, so finishes are compared. Where the rule sets
// differ by design (docs/content-model.md, "`--format tjp`"), test/helpers/taskjuggler-differences.ts
// tells from the plan's structure which tasks may differ; every other task must agree exactly.
const work = tempFolder('tj');

function hasTaskJuggler(): boolean {
  try {
    execFileSync('tj3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * The days off on the plan's workdays from the kick-off to the end of the project (`years` later),
 * from the content (company holidays, closures) and date-holidays directly: not from our calendar.
 */
function independentHolidays(plan: Plan, years: number): string[] {
  const walk = new DayWalk(plan.calendar, plan.kickoff);
  const first = new Date(`${plan.kickoff}T00:00:00Z`);
  const end = new Date(first);
  end.setUTCFullYear(first.getUTCFullYear() + years);
  const dates: string[] = [];
  for (let date = first; date < end; date = new Date(date.getTime() + 86_400_000)) {
    const weekday = WEEKDAYS[date.getUTCDay()];
    const iso = date.toISOString().slice(0, 10);
    if (plan.calendar.workdays.includes(weekday) && !walk.isWorkingDay(iso)) dates.push(iso);
  }
  return dates;
}

const HOLIDAY_LINE = /^leaves holiday "h" (\d{4}-\d{2}-\d{2})$/;

/**
 * Our export with its holidays replaced by the independent ones, so that TaskJuggler schedules
 * with holidays and closures that did not come from the calendar under test. The export's own
 * holidays must be the same dates.
 */
function independentProject(plan: Plan): string {
  const lines = toTaskJuggler(plan).split('\n');
  const exported = lines.flatMap((line) => HOLIDAY_LINE.exec(line)?.[1] ?? []);
  const years = Number(/^project p ".*" \d{4}-\d{2}-\d{2} \+(\d+)y \{$/.exec(lines[0])?.[1]);
  const holidays = independentHolidays(plan, years);
  expect(exported, 'the export’s holidays').toEqual(holidays);
  const at = lines.findIndex((line) => HOLIDAY_LINE.test(line) || line.startsWith('resource '));
  const rest = lines.filter((line) => !HOLIDAY_LINE.test(line));
  rest.splice(at, 0, ...holidays.map((date) => `leaves holiday "h" ${date}`));
  return rest.join('\n');
}

function taskJugglerFinishes(plan: Plan): Map<string, string> {
  const file = path.join(work, 'plan.tjp');
  writeFileSync(file, independentProject(plan));
  execFileSync('tj3', ['--no-color', '--silent', '-o', work, file], { stdio: 'pipe' });
  const rows = parseTaskJugglerCsv(readFileSync(path.join(work, 'out.csv'), 'utf8'));
  return new Map([...rows].map(([id, row]) => [id, row.end]));
}

/**
 * Our dates of the plan as the export has it: as planned (no status date, baseline or actual
 * dates) and without the buffer, which has no counterpart there.
 */
function ourFinishes(plan: Plan): Map<string, string> {
  const tasks = plan.tasks.map((task) => ({ ...task, actualStart: undefined, actualFinish: undefined, remaining: undefined }));
  const asPlanned = { ...plan, statusDate: undefined, baseline: undefined, buffer: undefined, tasks };
  const result = schedulePlan('x', asPlanned, { iterations: 0 });
  if (!result.ok) throw new Error(result.findings[0].message);
  return new Map(result.schedule.tasks.map((task) => [tjId(task.id), task.finish]));
}

interface Mismatch {
  task: string;
  ours: string;
  theirs: string | undefined;
}

/**
 * Our finishes against TaskJuggler's: the tasks that differ without a documented difference, and
 * how many tasks no difference touches (each of them agrees, or is in `unexplained`).
 */
function crossCheck(plan: Plan): { unexplained: Mismatch[]; exact: number } {
  const ours = ourFinishes(plan);
  const theirs = taskJugglerFinishes(plan);
  const explained = taskJugglerDifferences(plan);
  const unexplained: Mismatch[] = [];
  let exact = 0;
  for (const task of plan.tasks) {
    if (explained.has(task.id)) continue;
    exact++;
    const mismatch = { task: task.id, ours: ours.get(tjId(task.id)) ?? '', theirs: theirs.get(tjId(task.id)) };
    if (mismatch.ours !== mismatch.theirs) unexplained.push(mismatch);
  }
  return { unexplained, exact };
}

const repo = path.resolve(import.meta.dirname, '../../..');

/** Every plan of the sample content, of the examples and of the foreign-playbook fixture. */
const samplePlans = [
  'content/plans',
  ...readdirSync(path.join(repo, 'examples')).map((example) => `examples/${example}/content/plans`),
  'test/fixtures/foreign-playbook/content/plans',
].flatMap((folder) =>
  existsSync(path.join(repo, folder))
    ? readdirSync(path.join(repo, folder))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => `${folder}/${name}`)
    : [],
);

describe('cross-check with TaskJuggler', () => {
  it('has tj3 installed (apt-get install -y tj3)', () => {
    expect(hasTaskJuggler(), 'tj3 is missing: .ci/run installs it; locally: apt-get install -y tj3').toBe(true);
  });

  it('finds the plans of the sample content, the English example and the foreign playbook', () => {
    expect(samplePlans.map((file) => path.basename(file, '.mdx'))).toEqual(
      expect.arrayContaining(['kleiner-start', 'musterhandel-pim', 'northwind-crm', 'west-quay']),
    );
  });

  it('agrees on a Bavarian plan with holidays, a closure, lags, milestones and a half-time person', () => {
    const plan = makePlan({
      kickoff: '2027-05-03',
      calendar: {
        region: 'DE-BY',
        closures: [{ from: '2027-12-24', to: '2028-01-01', label: 'Betriebsferien' }],
        holidays: [{ date: '2027-07-09', label: 'Ausflug' }],
      },
      team: [
        { id: 'anna', name: 'Anna', role: 'it', capacity: 0.5, absences: [{ from: '2027-05-10', to: '2027-05-21', reason: 'vacation' }] },
        { id: 'ben', name: 'Ben', role: 'it', capacity: 0.75 },
      ],
      tasks: [
        { id: 'a', title: 'A', duration: 3 },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
        { id: 'b', title: 'B', duration: 4, dependsOn: [{ task: 'a', lag: 1 }] },
        { id: 'c', title: 'C', effort: 3, assignees: ['anna'], dependsOn: ['m'] },
        { id: 'd', title: 'D', effort: 10, assignees: ['ben'], dependsOn: ['b'] },
        { id: 'e', title: 'E', duration: 20, dependsOn: ['c', 'd'] },
        { id: 'm2', title: 'M2', milestone: true, dependsOn: [{ task: 'e', lag: 3 }] },
        { id: 'f', title: 'F', duration: 140, dependsOn: ['m2'] },
      ],
    });
    expect(Object.fromEntries(ourFinishes(plan))).toEqual(Object.fromEntries(taskJugglerFinishes(plan)));
  });

  it('gives a person to competing tasks in the order of rule 7, where a milestone waits for its turn', () => {
    // Anna is on the effort task `e` and the duration task `d`, which do not wait for each other.
    // Rule 7: `a` (700) first; then `e` (600) before the milestone `m` (500), so `e` books Anna
    // from the kick-off, Mon 4 to Thu 7 January, and `d` (900), ready only after `m`, follows;
    // rule 4 books Anna on 5–7 January although she is taken. TaskJuggler on its own would place
    // `m` together with `a` and give Anna to `d` (900) first, finishing `e` on 12 January.
    const plan = makePlan({
      kickoff: '2027-01-04',
      calendar: { region: 'DE-NW' },
      team: [{ id: 'anna', name: 'Anna', role: 'it' }],
      tasks: [
        { id: 'a', title: 'A', duration: 1, priority: 700 },
        { id: 'e', title: 'E', effort: 4, assignees: ['anna'], priority: 600 },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
        { id: 'd', title: 'D', duration: 3, assignees: ['anna'], priority: 900, dependsOn: ['m'] },
      ],
    });
    expect(taskJugglerDifferences(plan).size).toBe(0);
    expect(Object.fromEntries(taskJugglerFinishes(plan))).toMatchObject({ a: '2027-01-04', e: '2027-01-07', m: '2027-01-04', d: '2027-01-07' });
    expect(crossCheck(plan).unexplained).toEqual([]);
  });

  it('takes ids that start with a digit and texts with ${…} and $(…) as they are', () => {
    // TaskJuggler ids may not start with a digit, and it expands macros and environment
    // variables inside strings, where an undefined one is an error that stops the whole file.
    const plan = makePlan({
      title: 'Vorlage ${sku} und $(HOME)',
      kickoff: '2027-01-04',
      team: [{ id: '7zwerg', name: 'Sieben ${Zwerg}', role: 'it' }],
      tasks: [
        { id: '1-kickoff', title: 'Kick-off $(PATH)', milestone: true },
        { id: '2027-review', title: 'Platzhalter ${sku} prüfen', effort: 2, assignees: ['7zwerg'], dependsOn: ['1-kickoff'] },
        { id: 'abschluss', title: '${?x} Abschluss', duration: 1, dependsOn: ['2027-review'] },
      ],
    });
    expect(Object.fromEntries(taskJugglerFinishes(plan))).toEqual({ _1_kickoff: '2027-01-04', _2027_review: '2027-01-06', abschluss: '2027-01-07' });
    expect(crossCheck(plan).unexplained).toEqual([]);
  });

  it('reaches an effort with a tenth of a person in whole tenths, and writes an effort below one person-day as one', () => {
    // Ten working days at 0.1 are one person-day: Mon 4 to Fri 15 January 2027 (no public
    // holiday in DE on those days). TaskJuggler sums 0.1 ten times to 0.9999999999999999.
    // 0.25 person-days at capacity 1: our rule 5 needs one day; TaskJuggler rejects an effort
    // below one time slot, so the export writes one person-day (the same day).
    const plan = makePlan({
      kickoff: '2027-01-04',
      team: [
        { id: 'tenth', name: 'Tenth', role: 'it', capacity: 0.1 },
        { id: 'full', name: 'Full', role: 'it' },
      ],
      tasks: [
        { id: 'slow', title: 'Slow', effort: 1, assignees: ['tenth'] },
        { id: 'small', title: 'Small', effort: 0.25, assignees: ['full'] },
        { id: 'next', title: 'Next', duration: 1, dependsOn: ['small'] },
      ],
    });
    expect(Object.fromEntries(taskJugglerFinishes(plan))).toMatchObject({ slow: '2027-01-15', small: '2027-01-04', next: '2027-01-05' });
    expect(Object.fromEntries(ourFinishes(plan))).toMatchObject({ slow: '2027-01-15', small: '2027-01-04', next: '2027-01-05' });
  });

  it('spans the project as long as the plan needs: a task of 900 working days', () => {
    // 900 working days from Mon 4 January 2027 in DE: more than three years of 250-odd working
    // days, so beyond the three years that were once the export's span; TaskJuggler must schedule it.
    const plan = makePlan({
      kickoff: '2027-01-04',
      team: [{ id: 'anna', name: 'Anna', role: 'it' }],
      tasks: [
        { id: 'long', title: 'Long', duration: 900 },
        { id: 'done', title: 'Done', milestone: true, dependsOn: ['long'] },
      ],
    });
    expect(toTaskJuggler(plan).split('\n')[0]).toMatch(/\+[4-9]y \{$/);
    const theirs = taskJugglerFinishes(plan);
    expect(theirs.get('long')?.slice(0, 4)).toBe('2030');
    expect(Object.fromEntries(ourFinishes(plan))).toEqual(Object.fromEntries(theirs));
  });

  it.each(samplePlans)('schedules the export of the sample plan %s to our dates, except where a documented difference applies', (file) => {
    const { parsed } = parseEntryFile(`plans/${path.basename(file)}`, readFileSync(path.join(repo, file), 'utf8'), translation('en'));
    const plan = planSchema.parse(parsed?.data);
    const check = crossCheck(plan);
    expect(check.unexplained, 'tasks whose finish differs without a documented difference').toEqual([]);
    // Every sample plan has tasks that no difference touches, so the check is never empty.
    expect(check.exact).toBeGreaterThan(0);
  });

  it('agrees on random plans without contention, on any workdays and kick-off day', () => {
    fc.assert(
      fc.property(calendarArbitrary, fc.array(taskArbitrary, { minLength: 1, maxLength: 12 }), (calendar, specs) => {
        // Each effort task has a person of its own, with a whole number of person-days.
        const team = specs.map((spec, index) => personOf(`p${index}`, spec.person, calendar.kickoff));
        const tasks = specs.map((spec, index) => taskOf(spec, index, spec.kind === 'effort' ? [`p${index}`] : [], Math.ceil(spec.amount)));
        const plan = makePlan({ ...calendar, team, tasks });
        expect(taskJugglerDifferences(plan).size).toBe(0);
        expect(crossCheck(plan).unexplained).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 180_000);

  it('agrees on random plans with people shared among tasks, except where a documented difference applies', () => {
    let exact = 0;
    fc.assert(
      fc.property(
        calendarArbitrary,
        fc.array(personArbitrary, { minLength: 4, maxLength: 4 }),
        fc.array(fc.record({ spec: taskArbitrary, people: fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 3 }) }), { minLength: 2, maxLength: 14 }),
        (calendar, people, specs) => {
          const team = people.map((spec, index) => personOf(`p${index}`, spec, calendar.kickoff));
          const tasks = specs.map(({ spec, people: chosen }, index) => {
            const assignees = chosen.length === 0 && spec.kind === 'effort' ? [`p${index % 4}`] : chosen.map((person) => `p${person}`);
            return taskOf(spec, index, spec.kind === 'milestone' ? [] : assignees, spec.amount);
          });
          const plan = makePlan({ ...calendar, team, tasks });
          const check = crossCheck(plan);
          expect(check.unexplained).toEqual([]);
          exact += check.exact;
        },
      ),
      { numRuns: 16 },
    );
    // The differences leave tasks to compare: milestones, duration tasks and uncontended work.
    expect(exact).toBeGreaterThan(16);
  }, 240_000);
});

const regions = ['DE', 'DE-BY', 'DE-SN', 'DE-NW', 'AT'];
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Kick-off (any weekday, also a holiday), region and workdays (mostly Monday to Friday). */
const calendarArbitrary = fc
  .record({
    region: fc.constantFrom(...regions),
    offset: fc.integer({ min: 0, max: 300 }),
    workdays: fc.oneof({ weight: 3, arbitrary: fc.constant(weekdays.slice(0, 5)) }, { weight: 1, arbitrary: fc.subarray(weekdays, { minLength: 3 }) }),
  })
  .map(({ region, offset, workdays }) => ({
    kickoff: new Date(Date.UTC(2027, 0, 4 + offset)).toISOString().slice(0, 10),
    calendar: { region, workdays },
  }));

const personArbitrary = fc.record({
  capacity: fc.constantFrom(0.1, 0.25, 0.3, 0.5, 0.6, 0.8, 1),
  absence: fc.option(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 15 }))),
});

const taskArbitrary = fc.record({
  kind: fc.constantFrom('duration', 'effort', 'effort', 'milestone'),
  // Mostly whole person-days; sometimes a fraction, which TaskJuggler rounds (a documented difference).
  amount: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 15 }) }, { weight: 1, arbitrary: fc.constantFrom(0.25, 0.5, 2.25, 4.5) }),
  person: personArbitrary,
  priority: fc.constantFrom(300, 500, 500, 700),
  start: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 4 }),
  deps: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 })), { maxLength: 3 }),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function personOf(id: string, spec: ValueOf<typeof personArbitrary>, kickoff: string): Record<string, unknown> {
  const person: Record<string, unknown> = { id, name: id.toUpperCase(), role: 'it', capacity: spec.capacity };
  if (spec.absence) {
    const from = addDays(kickoff, spec.absence[0]);
    person.absences = [{ from, to: addDays(from, spec.absence[1]), reason: 'vacation' }];
  }
  return person;
}

/** Task `t<index>`, depending on earlier tasks only; `amount` is the duration (whole days) or effort. */
function taskOf(spec: ValueOf<typeof taskArbitrary>, index: number, assignees: string[], amount: number): Record<string, unknown> {
  const dependsOn = index === 0 ? [] : [...new Map(spec.deps.map(([target, lag]) => [`t${target % index}`, { task: `t${target % index}`, lag }])).values()];
  const base: Record<string, unknown> = { id: `t${index}`, title: `T${index}`, dependsOn, priority: spec.priority };
  if (spec.start !== null) base.start = addDays('2027-01-04', spec.start);
  if (spec.kind === 'milestone') return { ...base, milestone: true };
  if (spec.kind === 'duration') return { ...base, duration: Math.max(1, Math.floor(amount)), assignees };
  return { ...base, effort: amount, assignees };
}
