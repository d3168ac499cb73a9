import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/lib/schema/plan.ts';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { parseEntryFile } from '../../../src/lib/content/parse-entry.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';
import { makePlan } from '../../helpers/plan.ts';
import { tjId, toTaskJuggler } from '../../../src/lib/export/schedule-tjp.ts';
import { parseTaskJugglerCsv } from '../../helpers/taskjuggler-csv.ts';
import { DayWalk } from '../../helpers/day-walk.ts';

// Our finish dates against TaskJuggler (Debian package tj3, installed by .ci/run) on plans
// without contention, where both tools follow the same day semantics. TaskJuggler gets its
// holidays and closures from the plan's content and date-holidays directly (test/helpers/day-walk.ts). TaskJuggler reports a
// dependent task's start as its predecessor's end (end of that day), so finishes are compared.
// TaskJuggler schedules in hours: an effort task that ends mid-day lets its successor start the
// same afternoon, where our rules (whole days) start it the next working day, so the random
// plans give effort tasks whole days of their assignee's capacity.
const work = mkdtempSync(path.join(os.tmpdir(), 'kickoff-tj-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hasTaskJuggler(): boolean {
  try {
    execFileSync('tj3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The non-working weekdays of the plan's first three years (the export's horizon), from the
 * content (company holidays, closures) and date-holidays directly: not from our calendar.
 */
function independentHolidays(plan: Plan): string[] {
  const walk = new DayWalk(plan.calendar, plan.kickoff);
  const first = Date.parse(`${plan.kickoff}T00:00:00Z`);
  const dates: string[] = [];
  for (let day = 0; day < 3 * 365; day++) {
    const date = new Date(first + day * 86_400_000);
    const weekday = date.getUTCDay();
    const iso = date.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !walk.isWorkingDay(iso)) dates.push(iso);
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
  const holidays = independentHolidays(plan);
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

/** Our dates without the buffer, which the export leaves out (it has no counterpart there). */
function ourFinishes(plan: Plan): Map<string, string> {
  const result = schedulePlan('x', { ...plan, buffer: undefined }, { iterations: 0 });
  if (!result.ok) throw new Error(result.findings[0].message);
  return new Map(result.schedule.tasks.map((task) => [tjId(task.id), task.finish]));
}

describe('cross-check with TaskJuggler', () => {
  it('has tj3 installed (apt-get install -y tj3)', () => {
    expect(hasTaskJuggler(), 'tj3 is missing: .ci/run installs it; locally: apt-get install -y tj3').toBe(true);
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

  it('the export of the sample starter plan schedules to our dates in TaskJuggler, task by task', () => {
    const file = path.resolve(import.meta.dirname, '../../../content/plans/kleiner-start.mdx');
    const { parsed } = parseEntryFile('plans/kleiner-start.mdx', readFileSync(file, 'utf8'), translation('en'));
    const plan = planSchema.parse(parsed?.data);
    const ours = ourFinishes(plan);
    expect(ours.size).toBeGreaterThan(8);
    expect(Object.fromEntries(taskJugglerFinishes(plan))).toEqual(Object.fromEntries(ours));
  });

  it('agrees on random plans without contention', () => {
    const regions = ['DE', 'DE-BY', 'DE-SN', 'DE-NW', 'AT'];
    const taskArbitrary = fc.record({
      kind: fc.constantFrom('duration', 'effort', 'milestone'),
      amount: fc.integer({ min: 1, max: 15 }),
      capacity: fc.constantFrom(0.25, 0.5, 0.75, 1),
      absence: fc.option(fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 15 }))),
      deps: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 })), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.integer({ min: 0, max: 300 }),
        fc.array(taskArbitrary, { minLength: 1, maxLength: 12 }),
        (region, offset, specs) => {
          const kickoffDay = new Date(Date.UTC(2027, 0, 4 + offset));
          const kickoff = kickoffDay.toISOString().slice(0, 10);
          const team: Record<string, unknown>[] = [];
          const tasks = specs.map((spec, index) => {
            const dependsOn =
              index === 0 ? [] : [...new Map(spec.deps.map(([target, lag]) => [`t${target % index}`, { task: `t${target % index}`, lag }])).values()];
            const base = { id: `t${index}`, title: `T${index}`, dependsOn };
            if (spec.kind === 'milestone') return { ...base, milestone: true };
            if (spec.kind === 'duration') return { ...base, duration: spec.amount };
            const person: Record<string, unknown> = { id: `p${index}`, name: `P${index}`, role: 'it', capacity: spec.capacity };
            if (spec.absence) {
              const from = new Date(kickoffDay.getTime() + spec.absence[0] * 86_400_000);
              const to = new Date(from.getTime() + spec.absence[1] * 86_400_000);
              person.absences = [{ from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), reason: 'vacation' }];
            }
            team.push(person);
            // A whole number of the person's days: TaskJuggler works in hours and would start a
            // successor in the afternoon of a day whose morning finished the predecessor.
            return { ...base, effort: spec.amount * spec.capacity, assignees: [`p${index}`] };
          });
          if (team.length === 0) team.push({ id: 'x', name: 'X', role: 'it' });
          const plan = makePlan({ kickoff, calendar: { region }, team, tasks });
          // A kick-off on a non-working day is where the tools differ by design: we move it to the
          // next working day (rule 3, with a warning), TaskJuggler keeps the date for milestones.
          fc.pre(new DayWalk(plan.calendar, plan.kickoff).isWorkingDay(kickoff));
          const ours = ourFinishes(plan);
          const theirs = taskJugglerFinishes(plan);
          expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);
});
