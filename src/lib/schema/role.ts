import { z } from 'astro/zod';
import { text, textList, expects } from './common.ts';

export const roleSchema = z.strictObject({
  title: text,
  side: z.enum(['customer', 'vendor'], { error: expects('side') }),
  summary: text,
  kickoff: z.enum(['required', 'recommended', 'optional'], { error: expects('kickoffAttendance') }).default('optional'),
  responsibilities: textList.optional(),
});

/** @public The validated data of an entry, for code that works with it. */
export type Role = z.output<typeof roleSchema>;
