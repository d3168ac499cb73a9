import { z } from 'astro/zod';
import { CADENCES } from './cadences.ts';
import { RUN_ON_PARTIAL_OBJECT, id, positiveInt, text, textList, expects } from './common.ts';

/** A recurring appointment the kick-off sets up: steering committee, jour fixe, reviews. */
export const meetingSchema = z
  .strictObject({
    title: text,
    summary: text,
    cadence: z.enum(CADENCES, { error: expects('cadence') }),
    /** Minutes. */
    duration: positiveInt,
    chair: id,
    participants: z.array(id).min(1, { error: expects('atLeastOneRole') }),
    phases: z.array(id).optional(),
    agenda: textList.min(1, { error: expects('atLeastOneItem') }),
    inputs: textList.optional(),
    outputs: textList.optional(),
  })
  .superRefine((meeting, ctx) => {
    if (!Array.isArray(meeting.participants)) return;
    const seen = new Set<unknown>();
    meeting.participants.forEach((participant, index) => {
      if (participant === meeting.chair) {
        ctx.addIssue({ code: 'custom', path: ['participants', index], message: expects('chairNotParticipant'), input: participant });
      } else if (seen.has(participant)) {
        ctx.addIssue({ code: 'custom', path: ['participants', index], message: expects('roleOnce'), input: participant });
      }
      seen.add(participant);
    });
  }, RUN_ON_PARTIAL_OBJECT);

/** @public The validated data of an entry, for code that works with it. */
export type Meeting = z.output<typeof meetingSchema>;
