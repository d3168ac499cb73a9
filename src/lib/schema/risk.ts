import { z } from 'astro/zod';
import { id, text, textList, expects } from './common.ts';

export const LEVELS = ['low', 'medium', 'high'] as const;
const level = z.enum(LEVELS, { error: expects('level') });

export const riskSchema = z.strictObject({
  title: text,
  likelihood: level,
  impact: level,
  owner: id,
  phases: z.array(id).optional(),
  mitigation: text,
  triggers: textList.optional(),
  strategy: z.enum(['avoid', 'mitigate', 'transfer', 'accept'], { error: expects('strategy') }).default('mitigate'),
});

/** @public The validated data of an entry, for code that works with it. */
export type Level = (typeof LEVELS)[number];
/** @public The validated data of an entry, for code that works with it. */
export type Risk = z.output<typeof riskSchema>;
