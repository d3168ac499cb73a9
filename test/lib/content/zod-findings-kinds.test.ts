/**
 * The rest of zod's issues in an author's words: inclusive lower bounds, sets, custom checks of
 * the schemas with and without what they found, and unknown keys where no schema is at hand.
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { findingsFromZodIssues } from '../../../src/lib/content/zod-findings.ts';
import { translation } from '../../../src/lib/i18n/index.ts';

type Issue = Parameters<typeof findingsFromZodIssues>[1][number];

const en = translation('en');
const messagesOf = (schema: z.ZodType, input: unknown, withSchema = true) => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected issues');
  return findingsFromZodIssues('x.mdx', result.error.issues, en, withSchema ? schema : undefined).map((finding) => [finding.path, finding.message]);
};

describe('bounds', () => {
  test('a number at least its minimum, sets of at least and at most so many entries', () => {
    expect(messagesOf(z.object({ n: z.number().min(0) }), { n: -1 })).toEqual([['n', 'a number ≥ 0 (found -1)']]);
    expect(messagesOf(z.object({ s: z.set(z.string()).min(2) }), { s: new Set(['a']) })).toEqual([['s', 'at least 2 entries (found {})']]);
    expect(messagesOf(z.object({ s: z.set(z.string()).max(1) }), { s: new Set(['a', 'b']) })).toEqual([['s', 'at most 1 entry (found {})']]);
  });
});

describe("the schemas' own messages", () => {
  test('a message with its parameters, and what was found after it', () => {
    const schema = z.object({ d: z.string().refine(() => false, { message: 'dateOnOrAfter', params: { from: '2027-03-01' } }) });
    expect(messagesOf(schema, { d: 'x' })).toEqual([['d', 'a date on or after `from` (2027-03-01) (found "x")']]);
  });

  test('a message that says itself what was found stands alone', () => {
    expect(messagesOf(z.object({ d: z.string().refine(() => false, { message: 'taskKindNone' }) }), { d: 'x' })).toEqual([
      ['d', 'one of `duration`, `effort` or `milestone: true` (found none)'],
    ]);
    const kinds = z.object({ d: z.string().refine(() => false, { message: 'taskKindOnlyOne', params: { kinds: ['duration', 'effort'] } }) });
    expect(messagesOf(kinds, { d: 'x' })).toEqual([['d', 'only one of `duration`, `effort` and `milestone` (found duration and effort)']]);
  });

  test('a message the table does not know: a valid value', () => {
    expect(messagesOf(z.object({ s: z.string().refine(() => false, { message: 'no key of the table' }) }), { s: 'x' })).toEqual([['s', 'a valid value (found "x")']]);
  });

  test('a check of its own that found nothing is not a missing field; a type check that found nothing is', () => {
    const issues: Issue[] = [
      { code: 'custom', path: ['title'], message: 'titleWithoutPhase' } as Issue,
      { code: 'invalid_type', expected: 'string', path: ['summary'], message: 'Invalid input' } as Issue,
    ];
    expect(findingsFromZodIssues('x.mdx', issues, en).map((finding) => [finding.path, finding.message])).toEqual([
      ['title', 'a title (required when no phase is given) (found nothing)'],
      ['summary', 'required: a text (found nothing)'],
    ]);
  });
});

describe('other kinds', () => {
  test('a type the table has no name for, a format other than a pattern', () => {
    expect(messagesOf(z.object({ b: z.bigint() }), { b: 'x' })).toEqual([['b', 'a value of type bigint (found "x")']]);
    expect(messagesOf(z.object({ s: z.string().startsWith('ab') }), { s: 'x' })).toEqual([['s', 'a valid starts_with (found "x")']]);
  });

  test('a value not in the list: a suggestion only for a text close to a word of the list', () => {
    expect(messagesOf(z.object({ e: z.enum(['alpha', 'beta']) }), { e: 5 })).toEqual([['e', 'one of `alpha`, `beta` (found 5)']]);
    expect(messagesOf(z.object({ t: z.literal(true) }), { t: 'true' })).toEqual([['t', 'one of `true` (found "true")']]);
  });

  test('unknown keys, one finding each: without a schema, or where the object has no fields, no list of fields', () => {
    expect(messagesOf(z.strictObject({ a: z.string() }), { a: 'x', zz: 1, yy: 2 }, false)).toEqual([
      ['zz', 'no such field here; check the spelling against the authoring guide (found `zz`)'],
      ['yy', 'no such field here; check the spelling against the authoring guide (found `yy`)'],
    ]);
    expect(messagesOf(z.strictObject({}), { zz: 1 })).toEqual([['zz', 'no such field here; check the spelling against the authoring guide (found `zz`)']]);
    expect(messagesOf(z.object({ list: z.array(z.strictObject({ id: z.string() })) }), { list: [{ id: 'a', zz: 1 }] }, false)).toEqual([
      ['list[0].zz', 'no such field here; check the spelling against the authoring guide (found `zz`)'],
    ]);
  });

  test('every finding is an error of the file, coded `schema` or `unknown-field`', () => {
    const result = z.strictObject({ n: z.number() }).safeParse({ n: 'x', zz: 1 }, { reportInput: true });
    if (result.success) throw new Error('expected issues');
    expect(findingsFromZodIssues('plans/a.mdx', result.error.issues, en).map(({ severity, code, file }) => [severity, code, file])).toEqual([
      ['error', 'schema', 'plans/a.mdx'],
      ['error', 'unknown-field', 'plans/a.mdx'],
    ]);
  });
});
