import { z } from 'astro/zod';
import { RUN_ON_PARTIAL_OBJECT, id, positiveInt, text, textList, expects } from './common.ts';

const typicalDuration = z
  .strictObject({
    min: positiveInt,
    max: positiveInt,
    unit: z.enum(['days', 'weeks'], { error: expects('durationUnit') }),
  })
  .superRefine((duration, ctx) => {
    if (typeof duration.min === 'number' && typeof duration.max === 'number' && duration.min > duration.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: expects('atLeastMin'), params: { min: duration.min }, input: duration.max });
    }
  }, RUN_ON_PARTIAL_OBJECT);

const raci = z.strictObject({
  responsible: z.array(id).min(1, { error: expects('atLeastOneRole') }),
  accountable: id,
  consulted: z.array(id).optional(),
  informed: z.array(id).optional(),
});

export const phaseSchema = z.strictObject({
  title: text,
  order: positiveInt,
  summary: text,
  targetState: text,
  entryCriteria: textList.optional(),
  deliverables: textList.optional(),
  typicalDuration: typicalDuration.optional(),
  dependsOn: z.array(id).optional(),
  raci,
  milestone: text.optional(),
  checklists: z.array(id).optional(),
  risks: z.array(id).optional(),
});

export type Phase = z.output<typeof phaseSchema>;
