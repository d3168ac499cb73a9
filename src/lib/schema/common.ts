import { z } from 'astro/zod';
import { formatIsoDay, parseIsoDay } from '../dates.ts';

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A reference to another entry or a local id: lowercase ASCII kebab case. */
export const id = z
  .string({ error: 'a lowercase kebab-case id such as `data-steward`' })
  .regex(KEBAB_ID, { error: 'a lowercase kebab-case id such as `data-steward` (a–z, 0–9, single hyphens)' });

export const text = z.string({ error: 'a text' }).trim().min(1, { error: 'a non-empty text' });

export const textList = z.array(text, { error: 'a list of texts' });

/**
 * A calendar day `YYYY-MM-DD`. Our own loader keeps YAML dates as strings; Astro's loader turns
 * unquoted dates into Date objects, so both are accepted and normalised to the string form.
 */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'a date YYYY-MM-DD' })
  .transform((value, ctx) => {
    const textValue = value instanceof Date ? formatIsoDay(Math.floor(value.getTime() / 86_400_000)) : value;
    if (parseIsoDay(textValue) === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: /^\d{4}-\d{2}-\d{2}$/.test(textValue)
          ? 'an existing calendar date YYYY-MM-DD'
          : 'a date YYYY-MM-DD',
        input: value,
      });
      return z.NEVER;
    }
    return textValue;
  });

export const dateRange = <Shape extends z.ZodRawShape>(extra: Shape) =>
  z
    .strictObject({ from: isoDate, to: isoDate, ...extra })
    .superRefine((range, ctx) => {
      const { from, to } = range as { from: unknown; to: unknown };
      if (isDateText(from) && isDateText(to) && to < from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: `a date on or after from (${from})`, input: to });
      }
    }, RUN_ON_PARTIAL_OBJECT);

/**
 * Cross-field checks also run when a sibling field is invalid, so that one pass reports every
 * problem of an entry. Their code must therefore cope with raw, unvalidated field values.
 */
export const RUN_ON_PARTIAL_OBJECT = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

const isDateText = (value: unknown): value is string => typeof value === 'string' && parseIsoDay(value) !== undefined;

export const positiveInt = z
  .number({ error: 'a whole number' })
  .int({ error: 'a whole number' })
  .positive({ error: 'a positive whole number' });

export const positiveNumber = z.number({ error: 'a number' }).positive({ error: 'a positive number' });

/** Three-point estimate; `optimistic ≤ likely ≤ pessimistic`, all positive. */
export const threePoint = (point: z.ZodNumber) =>
  z
    .strictObject({ optimistic: point, likely: point, pessimistic: point })
    .superRefine((estimate, ctx) => {
      const { optimistic, likely, pessimistic } = estimate;
      const allNumbers = [optimistic, likely, pessimistic].every((point) => typeof point === 'number');
      if (allNumbers && !(optimistic <= likely && likely <= pessimistic)) {
        ctx.addIssue({
          code: 'custom',
          message: `optimistic ≤ likely ≤ pessimistic (found ${estimate.optimistic} / ${estimate.likely} / ${estimate.pessimistic})`,
          input: estimate,
        });
      }
    }, RUN_ON_PARTIAL_OBJECT);

export type ThreePoint = { optimistic: number; likely: number; pessimistic: number };
