import { z } from 'astro/zod';
import { WEEKDAY_NAMES } from '../dates.ts';
import { RUN_ON_PARTIAL_OBJECT, dateRange, id, isoDate, positiveInt, positiveNumber, text, threePoint } from './common.ts';

/** ISO 3166-1 country or ISO 3166-2 subdivision code; whether holidays exist for it is checked later. */
const region = z
  .string({ error: 'a region code such as `DE`, `DE-BY`, `AT` or `CH-ZH`' })
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: 'a region code such as `DE`, `DE-BY`, `AT` or `CH-ZH`' });

const calendar = z.strictObject({
  region: region.default('DE'),
  workdays: z
    .array(z.enum(WEEKDAY_NAMES, { error: 'a weekday `mon` … `sun`' }))
    .min(1, { error: 'at least one weekday' })
    .default(['mon', 'tue', 'wed', 'thu', 'fri']),
  holidays: z.array(z.strictObject({ date: isoDate, label: text })).optional(),
  closures: z.array(dateRange({ label: text })).optional(),
});

const absence = dateRange({
  reason: z.enum(['vacation', 'trade-fair', 'sickness', 'training', 'other'], {
    error: '`vacation`, `trade-fair`, `sickness`, `training` or `other`',
  }),
  label: text.optional(),
});

const person = z.strictObject({
  id,
  name: text,
  role: id,
  capacity: z
    .number({ error: 'a number in (0, 1]' })
    .gt(0, { error: 'a number in (0, 1]' })
    .lte(1, { error: 'a number in (0, 1]' })
    .default(1),
  absences: z.array(absence).optional(),
});

const dependency = z.union(
  [id, z.strictObject({ task: id, lag: z.number().int().min(0, { error: 'a whole number ≥ 0' }).default(0) })],
  { error: 'a task id, or `{ task, lag }` with lag a whole number of working days ≥ 0' },
);

const task = z
  .strictObject({
    id,
    phase: id.optional(),
    title: text.optional(),
    duration: z.union([positiveInt, threePoint(positiveInt)], {
      error: 'a positive whole number of working days, or { optimistic, likely, pessimistic }',
    }).optional(),
    effort: z.union([positiveNumber, threePoint(positiveNumber)], {
      error: 'a positive number of person-days, or { optimistic, likely, pessimistic }',
    }).optional(),
    milestone: z.literal(true, { error: '`true` (omit the field otherwise)' }).optional(),
    assignees: z.array(id).optional(),
    dependsOn: z.array(dependency).optional(),
    start: isoDate.optional(),
    deadline: isoDate.optional(),
    priority: z.number().int({ error: 'a whole number 1–1000' }).min(1, { error: 'a whole number 1–1000' }).max(1000, { error: 'a whole number 1–1000' }).default(500),
    progress: z.number().int({ error: 'a whole number 0–100' }).min(0, { error: 'a whole number 0–100' }).max(100, { error: 'a whole number 0–100' }).optional(),
  })
  .superRefine((value, ctx) => {
    const kinds = (['duration', 'effort', 'milestone'] as const).filter((key) => value[key] !== undefined);
    if (kinds.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'one of `duration`, `effort` or `milestone: true` (found none)', input: value });
    } else if (kinds.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [kinds[1]],
        message: `only one of duration, effort and milestone (found ${kinds.join(' and ')})`,
        input: value[kinds[1]],
      });
    }
    if (value.effort !== undefined && !(Array.isArray(value.assignees) && value.assignees.length > 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['assignees'],
        message: 'at least one assignee for an effort task (found none)',
        input: value.assignees,
      });
    }
    if (value.title === undefined && value.phase === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'a title (required when no phase is given)', input: undefined });
    }
  }, RUN_ON_PARTIAL_OBJECT);

const buffer = z
  .strictObject({
    method: z.enum(['none', 'percent', 'fixed', 'rss'], { error: '`none`, `percent`, `fixed` or `rss`' }),
    value: z.number({ error: 'a number ≥ 0' }).min(0, { error: 'a number ≥ 0' }).optional(),
    before: id.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.method === 'percent' || value.method === 'fixed') && value.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a value for method ${value.method} (found none)`, input: undefined });
    }
    if (value.method === 'fixed' && typeof value.value === 'number' && !Number.isInteger(value.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a whole number of working days', input: value.value });
    }
  }, RUN_ON_PARTIAL_OBJECT);

export const planSchema = z.strictObject({
  title: text,
  customer: text,
  vendor: text,
  kickoff: isoDate,
  status: z.enum(['draft', 'active', 'done'], { error: '`draft`, `active` or `done`' }).default('active'),
  calendar: calendar.default({ region: 'DE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
  team: z.array(person).min(1, { error: 'at least one person' }),
  tasks: z.array(task).min(1, { error: 'at least one task' }),
  buffer: buffer.optional(),
  checklists: z.array(id).optional(),
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Person = Plan['team'][number];
export type Task = Plan['tasks'][number];
export type Dependency = NonNullable<Task['dependsOn']>[number];
export type Buffer = NonNullable<Plan['buffer']>;
