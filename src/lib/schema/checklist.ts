import { z } from 'astro/zod';
import { SCHEDULE_DAYS } from '../dates.ts';
import { id, text, expects } from './common.ts';

const checklistItemSchema = z.strictObject({
  id,
  text,
  role: id,
  due: z
    .number({ error: expects('wholeWorkingDays') })
    .int({ error: expects('wholeWorkingDays') })
    // A phase starts within the days its plan is scheduled over: an offset of more working days
    // than those days lands outside every plan's schedule, in any calendar.
    .min(-SCHEDULE_DAYS, { error: expects('dueWithinSchedule') })
    .max(SCHEDULE_DAYS, { error: expects('dueWithinSchedule') })
    .optional(),
  critical: z.boolean({ error: expects('trueOrFalse') }).default(false),
});

export const checklistSchema = z.strictObject({
  title: text,
  phase: id.optional(),
  items: z.array(checklistItemSchema).min(1, { error: expects('atLeastOneItem') }),
});

export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type Checklist = z.output<typeof checklistSchema>;
