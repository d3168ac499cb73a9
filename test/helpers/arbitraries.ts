/**
 * fast-check generators for plans. Generated plans are valid by construction (schema, references
 * to the base fixture's roles `lead`/`dev` and phases `start`/`build`, acyclic dependencies on
 * earlier tasks only); the raw front-matter form is what an author writes, before zod defaults.
 */
import fc from 'fast-check';
import { formatIsoDay, toDay, WEEKDAY_NAMES } from '../../src/lib/dates.ts';

const REGIONS = ['DE', 'DE-BY', 'DE-SN', 'AT', 'CH-ZH', 'TR', 'IL'] as const;

const REASONS = ['vacation', 'trade-fair', 'sickness', 'training', 'other'];
const FIRST_KICKOFF = toDay('2026-01-01');

export type RawPlan = Record<string, unknown> & {
  kickoff: string;
  calendar: Record<string, unknown>;
  team: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
};

/** A range relative to the kick-off: `from` may lie before it; length 0 means one day. */
const rangeOffsets = (maxLength: number) => fc.record({ from: fc.integer({ min: -30, max: 400 }), length: fc.integer({ min: 0, max: maxLength }) });

const absenceArb = fc.record({
  range: fc.oneof(
    { weight: 12, arbitrary: rangeOffsets(40) },
    { weight: 1, arbitrary: fc.record({ from: fc.integer({ min: -30, max: 30 }), length: fc.constant(11 * 366) }) },
  ),
  reason: fc.constantFrom(...REASONS),
});

const personArb = (index: number) =>
  fc
    .record({
      role: fc.constantFrom('lead', 'dev'),
      capacity: fc.option(fc.oneof(fc.constantFrom(1, 0.5, 0.25, 0.2, 0.1, 1 / 3), fc.double({ min: 0.01, max: 1, noNaN: true })), { nil: undefined }),
      absences: fc.array(absenceArb, { maxLength: 3 }),
    })
    .map((person) => ({ index, ...person }));

const threePoint = (point: fc.Arbitrary<number>) =>
  fc.tuple(point, point, point).map((points) => {
    const [optimistic, likely, pessimistic] = [...points].sort((a, b) => a - b);
    return { optimistic, likely, pessimistic };
  });

const taskArb = (index: number, people: number) =>
  fc.record({
    kind: fc.constantFrom('duration', 'duration', 'effort', 'effort', 'milestone'),
    duration: fc.oneof(fc.integer({ min: 1, max: 20 }), threePoint(fc.integer({ min: 1, max: 25 }))),
    effort: fc.oneof(fc.double({ min: 0.1, max: 25, noNaN: true }), fc.integer({ min: 1, max: 20 }), threePoint(fc.double({ min: 0.1, max: 25, noNaN: true }))),
    assignees: fc.subarray(
      Array.from({ length: people }, (_, j) => j),
      { maxLength: Math.min(3, people) },
    ),
    fallbackAssignee: fc.integer({ min: 0, max: people - 1 }),
    dependsOn: fc.subarray(
      Array.from({ length: index }, (_, j) => j),
      { maxLength: Math.min(3, index) },
    ),
    lags: fc.array(fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 5 })), { minLength: 3, maxLength: 3 }),
    start: fc.option(fc.integer({ min: -10, max: 200 }), { nil: undefined, freq: 4 }),
    deadline: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined, freq: 5 }),
    priority: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 5 }),
    phase: fc.option(fc.constantFrom('start', 'build'), { nil: undefined }),
  });

const bufferArb = fc.option(
  fc.record({
    method: fc.constantFrom('none', 'percent', 'fixed', 'rss'),
    value: fc.integer({ min: 0, max: 40 }),
    before: fc.boolean(),
  }),
  { nil: undefined },
);

/** Random valid plans in raw front-matter form. */
export const rawPlanArb: fc.Arbitrary<RawPlan> = fc
  .record({ people: fc.integer({ min: 1, max: 8 }), tasks: fc.integer({ min: 1, max: 25 }) })
  .chain(({ people, tasks }) =>
    fc.record({
      kickoff: fc.integer({ min: 0, max: 5 * 365 }),
      region: fc.constantFrom(...REGIONS),
      workdays: fc.option(fc.subarray([...WEEKDAY_NAMES], { minLength: 1 }), { nil: undefined, freq: 4 }),
      holidays: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 3 }),
      closures: fc.array(rangeOffsets(20), { maxLength: 3 }),
      people: fc.tuple(...Array.from({ length: people }, (_, j) => personArb(j))),
      tasks: fc.tuple(...Array.from({ length: tasks }, (_, i) => taskArb(i, people))),
      buffer: bufferArb,
    }),
  )
  .map((generated): RawPlan => {
    const kickoffDay = FIRST_KICKOFF + generated.kickoff;
    const at = (offset: number) => formatIsoDay(kickoffDay + offset);
    const range = (offsets: { from: number; length: number }) => ({ from: at(offsets.from), to: at(offsets.from + offsets.length) });
    const calendar: Record<string, unknown> = { region: generated.region };
    if (generated.workdays) calendar.workdays = generated.workdays;
    if (generated.holidays.length > 0) calendar.holidays = generated.holidays.map((offset, i) => ({ date: at(offset), label: `Holiday ${i}` }));
    if (generated.closures.length > 0) calendar.closures = generated.closures.map((offsets, i) => ({ ...range(offsets), label: `Closure ${i}` }));
    const team = generated.people.map((person) => {
      const raw: Record<string, unknown> = { id: `p${person.index}`, name: `Person ${person.index}`, role: person.role };
      if (person.capacity !== undefined) raw.capacity = person.capacity;
      if (person.absences.length > 0) raw.absences = person.absences.map((absence) => ({ ...range(absence.range), reason: absence.reason }));
      return raw;
    });
    const tasks = generated.tasks.map((task, i) => {
      const raw: Record<string, unknown> = { id: `t${i}`, title: `Task ${i}` };
      if (task.phase) raw.phase = task.phase;
      if (task.kind === 'duration') raw.duration = task.duration;
      else if (task.kind === 'effort') raw.effort = task.effort;
      else raw.milestone = true;
      const assignees = task.kind === 'effort' && task.assignees.length === 0 ? [task.fallbackAssignee] : task.assignees;
      if (assignees.length > 0) raw.assignees = assignees.map((j) => `p${j}`);
      if (task.dependsOn.length > 0) {
        raw.dependsOn = task.dependsOn.map((j, k) => (task.lags[k] === undefined ? `t${j}` : { task: `t${j}`, lag: task.lags[k] }));
      }
      if (task.start !== undefined) raw.start = at(task.start);
      if (task.deadline !== undefined) raw.deadline = at(task.deadline);
      if (task.priority !== undefined) raw.priority = task.priority;
      if (task.progress !== undefined) raw.progress = task.progress;
      return raw;
    });
    const plan: RawPlan = { title: 'Generated', customer: 'Kunde', vendor: 'Anbieter', kickoff: at(0), calendar, team, tasks };
    if (generated.buffer) {
      const { method, value, before } = generated.buffer;
      const buffer: Record<string, unknown> = { method };
      if (method === 'percent' || method === 'fixed') buffer.value = value;
      const milestone = tasks.find((task) => task.milestone === true);
      if (before && milestone) buffer.before = milestone.id;
      plan.buffer = buffer;
    }
    return plan;
  });
