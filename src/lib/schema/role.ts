import { z } from 'astro/zod';
import { text, textList } from './common.ts';

export const roleSchema = z.strictObject({
  title: text,
  side: z.enum(['customer', 'vendor'], { error: '`customer` or `vendor`' }),
  summary: text,
  kickoff: z
    .enum(['required', 'recommended', 'optional'], { error: '`required`, `recommended` or `optional`' })
    .default('optional'),
  responsibilities: textList.optional(),
});

export type Role = z.output<typeof roleSchema>;
