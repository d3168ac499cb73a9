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

/**
 * The rules a plan is checked against, stated by the phase whose text asks for them (the
 * kick-off phase, say, states the buffer). Each rule has one home: a second phase stating the
 * same rule is an error of the validator.
 */
const phaseRules = z.strictObject({
  buffer: z
    .strictObject({
      /** The smallest buffer, in per cent of the working days from the kick-off to the latest finish. */
      minPercent: z
        .number({ error: expects('percent') })
        .min(0, { error: expects('percent') })
        .max(100, { error: expects('percent') }),
      /** The phase whose milestone the buffer must protect (the plan's `buffer.before`). */
      before: id.optional(),
    })
    .optional(),
  /** Checklists whose items must all be due before the plan starts this phase. */
  checklistsDone: z.array(id).optional(),
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
  rules: phaseRules.optional(),
});

export type Phase = z.output<typeof phaseSchema>;
