import { z } from 'astro/zod';
import { checkFieldOrder, expects, id, isoDate, RUN_ON_PARTIAL_OBJECT, text } from './common.ts';
import { bufferMethod } from './plan.ts';

const wholeDays = z
  .number({ error: expects('wholeNumber') })
  .int({ error: expects('wholeNumber') })
  .min(0, { error: expects('lag') });

const snapshotTask = z
  .strictObject({
    id,
    start: isoDate,
    finish: isoDate,
    milestone: z.boolean({ error: expects('trueOrFalse') }),
    critical: z.boolean({ error: expects('trueOrFalse') }),
    workingDays: wholeDays,
    /**
     * done, active or planned as of the snapshot's date, and the share of the task's work done
     * then (rule B3's weight), 0–1. `kickoff snapshot` writes both; the contract's smallest
     * snapshot has neither, and serves as a baseline all the same: only its point in the
     * charts' history has no completion.
     */
    state: z.enum(['done', 'active', 'planned'], { error: expects('taskState') }).optional(),
    completion: z
      .number({ error: expects('share') })
      .min(0, { error: expects('share') })
      .max(1, { error: expects('share') })
      .optional(),
  })
  // A hand-edited snapshot would otherwise draw a bar that ends before it starts.
  .superRefine((task, ctx) => checkFieldOrder(task as Record<string, unknown>, 'start', 'finish', ctx), RUN_ON_PARTIAL_OBJECT);

/**
 * A plan's computed schedule as of a day (`content/snapshots/PLAN/DATE.json`), written by
 * `kickoff snapshot`: the baseline a plan is compared with, and the history its charts draw.
 */
export const snapshotSchema = z.strictObject({
  plan: id,
  date: isoDate,
  label: text.optional(),
  finish: isoDate,
  committedFinish: isoDate,
  buffer: z.strictObject({ method: bufferMethod, days: wholeDays }),
  p50: isoDate.optional(),
  p85: isoDate.optional(),
  tasks: z.array(snapshotTask).min(1, { error: expects('atLeastOneTask') }),
});

/** @public The validated data of a snapshot. */
export type Snapshot = z.output<typeof snapshotSchema>;
