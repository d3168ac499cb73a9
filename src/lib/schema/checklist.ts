import { z } from 'astro/zod';
import { id, text, expects } from './common.ts';

const checklistItemSchema = z.strictObject({
  id,
  text,
  role: id,
  due: z
    .number({ error: expects('wholeWorkingDays') })
    .int({ error: expects('wholeWorkingDays') })
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
