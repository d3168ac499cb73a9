import { z } from 'astro/zod';
import { codePointLabel } from '../code-point.ts';
import { formatIsoDay, parseIsoDay } from '../dates.ts';
import type { SchemaMessage } from '../i18n/translation.ts';

/**
 * The message of a schema check: a key of the `schema` texts, which every language's table
 * words (the finding is written in the site's language when it is reported).
 */
export const expects = (key: SchemaMessage): string => key;

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A value Astro's loader reads as a Date where a text was meant (`title: 2027-03-01` unquoted:
 * js-yaml's default schema makes it a date, the YAML core schema `validate` reads with keeps the
 * text), as text again: the day, or the instant where the YAML gave a time.
 */
function dateAsText(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const instant = value.toISOString();
  return instant.endsWith('T00:00:00.000Z') ? instant.slice(0, 10) : instant;
}

/** A reference to another entry or a local id: lowercase ASCII kebab case. */
export const id = z.preprocess(dateAsText, z.string({ error: expects('id') }).regex(KEBAB_ID, { error: expects('idFormat') }));

/**
 * Characters no text may hold: control characters other than tab and line breaks, lone
 * surrogate halves and the non-characters U+FFFE/U+FFFF. YAML can write each as an escape
 * (`"\x07"`), yet XML 1.0 (the MS Project export) forbids them, iCalendar's TEXT excludes the
 * controls, and Excel drops them: each would break the exports of its plan.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Surrogate}/u;

export const text = z.preprocess(
  dateAsText,
  z
    .string({ error: expects('text') })
    .trim()
    .min(1, { error: expects('nonEmptyText') })
    .check((ctx) => {
      const found = UNWRITABLE.exec(ctx.value);
      if (found) ctx.issues.push({ code: 'custom', message: expects('printableText'), params: { character: codePointLabel(found[0]) }, input: ctx.value });
    }),
);

export const textList = z.array(text, { error: expects('textList') });

/**
 * A calendar day `YYYY-MM-DD`. Our own loader keeps YAML dates as strings; Astro's loader turns
 * unquoted dates into Date objects, so both are accepted and normalised to the string form.
 */
export const isoDate = z.union([z.string(), z.date()], { error: expects('date') }).transform((value, ctx) => {
  const textValue = value instanceof Date ? formatIsoDay(Math.floor(value.getTime() / 86_400_000)) : value;
  if (parseIsoDay(textValue) === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: /^\d{4}-\d{2}-\d{2}$/.test(textValue) ? expects('existingDate') : expects('date'),
      input: value,
    });
    return z.NEVER;
  }
  return textValue;
});

export const dateRange = <Shape extends z.ZodRawShape>(extra: Shape) =>
  z.strictObject({ from: isoDate, to: isoDate, ...extra }).superRefine((range, ctx) => {
    const { from, to } = range as { from: unknown; to: unknown };
    if (isDateText(from) && isDateText(to) && to < from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: expects('dateOnOrAfter'), params: { from }, input: to });
    }
  }, RUN_ON_PARTIAL_OBJECT);

/**
 * Cross-field checks also run when a sibling field is invalid, so that one pass reports every
 * problem of an entry. Their code must therefore cope with raw, unvalidated field values.
 */
export const RUN_ON_PARTIAL_OBJECT = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/**
 * Reports the field `later` of an object when it and the field `earlier` are both dates and it
 * lies before that one, in words that name the earlier field and its date.
 */
export function checkFieldOrder(value: Record<string, unknown>, earlier: string, later: string, ctx: z.RefinementCtx): void {
  const from = value[earlier];
  const to = value[later];
  if (isDateText(from) && isDateText(to) && to < from) {
    ctx.addIssue({ code: 'custom', path: [later], message: expects('dateOnOrAfterField'), params: { field: earlier, date: from }, input: to });
  }
}

/** A text that is a real calendar date (refinements see fields whose own check may have failed). */
export const isDateText = (value: unknown): value is string => typeof value === 'string' && parseIsoDay(value) !== undefined;

export const positiveInt = z
  .number({ error: expects('wholeNumber') })
  .int({ error: expects('wholeNumber') })
  .positive({ error: expects('positiveWholeNumber') });

export const positiveNumber = z.number({ error: expects('number') }).positive({ error: expects('positiveNumber') });

/** Three-point estimate; `optimistic ≤ likely ≤ pessimistic`, all positive. */
export const threePoint = (point: z.ZodNumber) =>
  z.strictObject({ optimistic: point, likely: point, pessimistic: point }).superRefine((estimate, ctx) => {
    const { optimistic, likely, pessimistic } = estimate;
    const allNumbers = [optimistic, likely, pessimistic].every((point) => typeof point === 'number');
    if (allNumbers && !(optimistic <= likely && likely <= pessimistic)) {
      ctx.addIssue({
        code: 'custom',
        message: expects('estimateOrder'),
        params: { optimistic, likely, pessimistic },
        input: estimate,
      });
    }
  }, RUN_ON_PARTIAL_OBJECT);

export type ThreePoint = { optimistic: number; likely: number; pessimistic: number };
