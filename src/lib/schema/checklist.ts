import { z } from 'astro/zod';
import { id, text } from './common.ts';

export const checklistItemSchema = z.strictObject({
  id,
  text,
  role: id,
  due: z.number({ error: 'a whole number of working days' }).int({ error: 'a whole number of working days' }).optional(),
  critical: z.boolean({ error: '`true` or `false`' }).default(false),
});

export const checklistSchema = z.strictObject({
  title: text,
  phase: id.optional(),
  items: z.array(checklistItemSchema).min(1, { error: 'at least one item' }),
});

export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type Checklist = z.output<typeof checklistSchema>;
