import { z } from 'astro/zod';
import { formatIsoDay, parseIsoDay, SCHEDULE_YEARS, scheduleHorizon, WEEKDAY_NAMES } from '../dates.ts';
import {
  RUN_ON_PARTIAL_OBJECT,
  checkFieldOrder,
  dateRange,
  id,
  isDateText,
  isoDate,
  positiveInt,
  positiveNumber,
  text,
  threePoint,
  expects,
} from './common.ts';

/** ISO 3166-1 country or ISO 3166-2 subdivision code; whether holidays exist for it is checked later. */
const region = z.string({ error: expects('region') }).regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: expects('region') });

const calendar = z.strictObject({
  region: region.default('DE'),
  workdays: z
    .array(z.enum(WEEKDAY_NAMES, { error: expects('weekday') }))
    .min(1, { error: expects('atLeastOneWeekday') })
    .default(['mon', 'tue', 'wed', 'thu', 'fri']),
  holidays: z.array(z.strictObject({ date: isoDate, label: text })).optional(),
  closures: z.array(dateRange({ label: text })).optional(),
});

const absence = dateRange({
  reason: z.enum(['vacation', 'trade-fair', 'sickness', 'training', 'other'], {
    error: expects('absenceReason'),
  }),
  label: text.optional(),
});

const person = z.strictObject({
  id,
  name: text,
  role: id,
  capacity: z
    .number({ error: expects('capacity') })
    .gt(0, { error: expects('capacity') })
    .lte(1, { error: expects('capacity') })
    .default(1),
  absences: z.array(absence).optional(),
});

const dependency = z.union(
  [
    id,
    z.strictObject({
      task: id,
      lag: z
        .number()
        .int()
        .min(0, { error: expects('lag') })
        .default(0),
    }),
  ],
  { error: expects('dependency') },
);

const task = z
  .strictObject({
    id,
    phase: id.optional(),
    title: text.optional(),
    duration: z
      .union([positiveInt, threePoint(positiveInt)], {
        error: expects('duration'),
      })
      .optional(),
    effort: z
      .union([positiveNumber, threePoint(positiveNumber)], {
        error: expects('effort'),
      })
      .optional(),
    milestone: z.literal(true, { error: expects('milestoneTrue') }).optional(),
    assignees: z.array(id).optional(),
    dependsOn: z.array(dependency).optional(),
    start: isoDate.optional(),
    actualStart: isoDate.optional(),
    actualFinish: isoDate.optional(),
    remaining: positiveNumber.optional(),
    deadline: isoDate.optional(),
    priority: z
      .number()
      .int({ error: expects('priority') })
      .min(1, { error: expects('priority') })
      .max(1000, { error: expects('priority') })
      .default(500),
    progress: z
      .number()
      .int({ error: expects('progress') })
      .min(0, { error: expects('progress') })
      .max(100, { error: expects('progress') })
      .optional(),
  })
  .superRefine((value, ctx) => {
    const kinds = (['duration', 'effort', 'milestone'] as const).filter((key) => value[key] !== undefined);
    if (kinds.length === 0) {
      ctx.addIssue({ code: 'custom', message: expects('taskKindNone'), input: value });
    } else if (kinds.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [kinds[1]],
        message: expects('taskKindOnlyOne'),
        params: { kinds },
        input: value[kinds[1]],
      });
    }
    if (value.effort !== undefined && !(Array.isArray(value.assignees) && value.assignees.length > 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['assignees'],
        message: expects('effortAssignee'),
        input: value.assignees,
      });
    }
    if (value.title === undefined && value.phase === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: expects('titleWithoutPhase'), input: undefined });
    }
    checkActuals(value, ctx);
  }, RUN_ON_PARTIAL_OBJECT);

/** A task's own record of what happened: only what fits together on the task itself. */
function checkActuals(task: Record<string, unknown>, ctx: z.RefinementCtx) {
  const { actualStart, actualFinish, remaining, milestone, progress } = task;
  if (milestone === true && actualStart !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['actualStart'], message: expects('noActualStartOnMilestone'), input: actualStart });
  }
  if (milestone !== true && actualFinish !== undefined && actualStart === undefined) {
    ctx.addIssue({ code: 'custom', path: ['actualStart'], message: expects('actualStartRequired'), input: undefined });
  }
  checkFieldOrder(task, 'actualStart', 'actualFinish', ctx);
  const active = actualStart !== undefined && actualFinish === undefined;
  if (remaining !== undefined && !active) {
    ctx.addIssue({ code: 'custom', path: ['remaining'], message: expects('remainingOnlyActive'), input: remaining });
  }
  if (active && progress === 100) {
    ctx.addIssue({ code: 'custom', path: ['progress'], message: expects('activeNotComplete'), input: progress });
  }
}

/** How a plan's buffer is sized (rule 9). */
export const bufferMethod = z.enum(['none', 'percent', 'fixed', 'rss'], { error: expects('bufferMethod') });

const buffer = z
  .strictObject({
    method: bufferMethod,
    value: z
      .number({ error: expects('numberAtLeastZero') })
      .min(0, { error: expects('numberAtLeastZero') })
      .optional(),
    before: id.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.method === 'percent' || value.method === 'fixed') && value.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: expects('bufferValueRequired'), params: { method: value.method }, input: undefined });
    }
    if (value.method === 'fixed' && typeof value.value === 'number' && !Number.isInteger(value.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: expects('wholeWorkingDays'), input: value.value });
    }
  }, RUN_ON_PARTIAL_OBJECT);

export const planSchema = z
  .strictObject({
    title: text,
    customer: text,
    vendor: text,
    kickoff: isoDate,
    /** As of this day everything recorded has happened; the rest is rescheduled from the next working day. */
    statusDate: isoDate.optional(),
    /** The snapshot (its date) the plan is compared with; default: the earliest. */
    baseline: isoDate.optional(),
    status: z.enum(['draft', 'active', 'done'], { error: expects('planStatus') }).default('active'),
    calendar: calendar.default({ region: 'DE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
    team: z.array(person).min(1, { error: expects('atLeastOnePerson') }),
    tasks: z.array(task).min(1, { error: expects('atLeastOneTask') }),
    buffer: buffer.optional(),
    checklists: z.array(id).optional(),
  })
  .superRefine(checkKickoffYear, RUN_ON_PARTIAL_OBJECT)
  .superRefine(checkStatusDate, RUN_ON_PARTIAL_OBJECT);

/**
 * The years a kick-off may lie in. Before March 1900 Excel's dates are off by one (it counts a
 * 29 February 1900), the holiday data needs the year before the kick-off, and the ten-year horizon
 * and the exports' year beyond the finish must stay far inside four-digit years.
 */
export const KICKOFF_YEARS = { first: 1901, last: 2199 } as const;

/** Whether a date `YYYY-MM-DD` lies in the years a kick-off may lie in. */
export function isKickoffDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= KICKOFF_YEARS.first && year <= KICKOFF_YEARS.last;
}

function checkKickoffYear(plan: Record<string, unknown>, ctx: z.RefinementCtx) {
  const { kickoff } = plan;
  if (!isDateText(kickoff)) return;
  if (isKickoffDate(kickoff)) return;
  ctx.addIssue({ code: 'custom', path: ['kickoff'], message: expects('kickoffYears'), params: { ...KICKOFF_YEARS }, input: kickoff });
}

/**
 * The status date follows the kick-off and lies in the years the plan is scheduled in, and every
 * actual date needs it and lies on or before it.
 */
function checkStatusDate(plan: Record<string, unknown>, ctx: z.RefinementCtx) {
  const { kickoff, statusDate, tasks } = plan;
  checkFieldOrder(plan, 'kickoff', 'statusDate', ctx);
  const start = isDateText(kickoff) ? parseIsoDay(kickoff) : undefined;
  const last = start === undefined ? undefined : formatIsoDay(scheduleHorizon(start));
  if (isDateText(statusDate) && last !== undefined && statusDate > last) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusDate'],
      message: expects('withinScheduleYears'),
      params: { years: SCHEDULE_YEARS, date: last },
      input: statusDate,
    });
  }
  if (!Array.isArray(tasks)) return;
  tasks.forEach((task: unknown, index) => {
    if (task === null || typeof task !== 'object') return;
    for (const field of ['actualStart', 'actualFinish'] as const) {
      const value = (task as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (statusDate === undefined) {
        ctx.addIssue({ code: 'custom', path: ['tasks', index, field], message: expects('actualNeedsStatusDate'), input: value });
      } else if (isDateText(value) && isDateText(statusDate) && value > statusDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', index, field],
          message: expects('dateOnOrBeforeField'),
          params: { field: 'statusDate', date: statusDate },
          input: value,
        });
      }
    }
  });
}

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Person = Plan['team'][number];
export type Task = Plan['tasks'][number];
/** @public The validated data of an entry, for code that works with it. */
export type Dependency = NonNullable<Task['dependsOn']>[number];
export type Buffer = NonNullable<Plan['buffer']>;
