/**
 * Every kind of zod issue reaches the author in the site's words, never in zod's English, and a
 * misspelt field name or word is answered with the one that was probably meant.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { findingsFromZodIssues } from '../../../src/lib/content/zod-findings.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import type { Lang } from '../../../src/lib/i18n/lang.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';
import { riskSchema } from '../../../src/lib/schema/risk.ts';

const schema = z.strictObject({
  name: z.string().min(3).max(5),
  count: z.number().positive().max(10),
  share: z.number().min(0).lt(1),
  step: z.number().multipleOf(5),
  tags: z.array(z.string()).min(2).max(3),
  code: z.string().regex(/^[A-Z]{2}$/),
  mail: z.email(),
  flag: z.boolean(),
  kind: z.enum(['alpha', 'beta', 'gamma']),
  either: z.union([z.number(), z.array(z.number())]),
  scores: z.record(z.string().regex(/^[a-z]+$/), z.number()),
  nested: z.strictObject({ inner: z.string() }).optional(),
  when: z.date().optional(),
});

const messagesOf = (input: unknown, lang: Lang, checked: z.ZodType = schema) => {
  const result = checked.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected issues');
  return Object.fromEntries(findingsFromZodIssues('x.mdx', result.error.issues, translation(lang), checked).map((finding) => [finding.path, finding.message]));
};

const WRONG = {
  name: 'ab',
  count: 0,
  share: 1,
  step: 7,
  tags: ['a'],
  code: 'abc',
  mail: 'nobody',
  flag: 'yes',
  kind: 'btea',
  either: 'many',
  scores: { A: 1 },
  nested: { iner: 'x' },
  when: 5,
};

/** Phrases of zod's own English messages. */
const ZOD_WORDS = /Invalid|Too small|Too big|expected|received|Unrecognized|must match/;

describe('each kind of zod issue, in the words of each language', () => {
  it('words every kind for an author in English', () => {
    expect(messagesOf(WRONG, 'en')).toEqual({
      name: 'a text of at least 3 characters (found "ab")',
      count: 'a number > 0 (found 0)',
      share: 'a number < 1 (found 1)',
      step: 'a multiple of 5 (found 7)',
      tags: 'at least 2 entries (found ["a"])',
      code: 'a text of the form `/^[A-Z]{2}$/` (found "abc")',
      mail: 'a valid email (found "nobody")',
      flag: '`true` or `false` (found "yes")',
      kind: 'one of `alpha`, `beta`, `gamma` (found "btea"); did you mean `beta`?',
      either: 'a value in one of the forms the guide gives for this field (found "many")',
      'scores.A': 'a valid field name (found "A")',
      'nested.inner': 'required: a text (found nothing)',
      'nested.iner': 'no such field here; check the spelling against the authoring guide (found `iner`); did you mean `inner`?',
      when: 'a date YYYY-MM-DD (found 5)',
    });
  });

  it('words every kind for an author in German, with no English of zod’s', () => {
    const messages = messagesOf(WRONG, 'de');
    expect(Object.keys(messages)).toHaveLength(14);
    for (const message of Object.values(messages)) expect(message).not.toMatch(ZOD_WORDS);
    expect(messages).toMatchObject({
      name: 'ein Text mit mindestens 3 Zeichen (gefunden: "ab")',
      tags: 'mindestens 2 Einträge (gefunden: ["a"])',
      kind: 'einer von `alpha`, `beta`, `gamma` (gefunden: "btea"); gemeint ist wohl `beta`',
      'nested.iner': 'kein Feld an dieser Stelle; die Schreibweise mit der Anleitung vergleichen (gefunden: `iner`); gemeint ist wohl `inner`',
    });
  });

  it('words the upper bounds and a single entry', () => {
    expect(messagesOf({ ...WRONG, name: 'abcdefg', count: 11, tags: ['a', 'b', 'c', 'd'] }, 'en')).toMatchObject({
      name: 'a text of at most 5 characters (found "abcdefg")',
      count: 'a number ≤ 10 (found 11)',
      tags: 'at most 3 entries (found ["a","b","c","d"])',
    });
    expect(messagesOf({ list: [] }, 'en', z.object({ list: z.array(z.string()).min(1) }))).toEqual({ list: 'at least 1 entry (found [])' });
    expect(messagesOf({ list: [] }, 'de', z.object({ list: z.array(z.string()).min(1) }))).toEqual({ list: 'mindestens 1 Eintrag (gefunden: [])' });
  });

  it('says what a missing field must hold in an author’s words', () => {
    expect(messagesOf({}, 'en', z.object({ team: z.array(z.string()), group: z.object({}) }))).toEqual({
      team: 'required: a list (lines starting with `- `) (found nothing)',
      group: 'required: a group of fields (`field: value`) (found nothing)',
    });
    expect(messagesOf({}, 'de', z.object({ team: z.array(z.string()) }))).toEqual({ team: 'Pflichtfeld: eine Liste (Zeilen mit `- `) (gefunden: nichts)' });
  });
});

describe('did you mean', () => {
  it('names the field an unknown key most likely meant, deep in a plan', () => {
    const messages = messagesOf({ tasks: [{ id: 'a', phse: 'x', duration: 1 }] }, 'en', planSchema);
    expect(messages['tasks[0].phse']).toBe('no such field here; check the spelling against the authoring guide (found `phse`); did you mean `phase`?');
  });

  it('lists the fields there are when no field is close', () => {
    const messages = messagesOf({ calendar: { region: 'DE', zzzzzz: 1 } }, 'en', planSchema);
    expect(messages['calendar.zzzzzz']).toBe(
      'no such field here; check the spelling against the authoring guide (found `zzzzzz`); the fields here are `region`, `workdays`, `holidays`, `closures`',
    );
  });

  it('names the word an enum value most likely meant, also where the schema words the message itself', () => {
    expect(messagesOf({ likelihood: 'hgih' }, 'en', riskSchema).likelihood).toBe('`low`, `medium` or `high` (found "hgih"); did you mean `high`?');
    expect(messagesOf({ likelihood: 'sometimes' }, 'en', riskSchema).likelihood).toBe('`low`, `medium` or `high` (found "sometimes")');
  });
});
