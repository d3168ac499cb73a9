import { z } from 'astro/zod';
import { expects, text } from './common.ts';

/**
 * One term of the playbook's language: the preferred word (`title`), what it means, and the
 * words the content should not use for it. A synonym ending in `*` also matches longer words
 * (`Importfile*` finds "Importfiles"). `forms` are inflected spellings of the term (plurals) that
 * pages link to it as well.
 */
export const glossarySchema = z.strictObject({
  title: text,
  definition: text,
  // A word, or the start of words with a `*` after it: a `*` alone would stand for every word.
  avoid: z.array(text.refine((word) => /[\p{L}\p{N}]/u.test(word), { error: expects('avoidWord') })).optional(),
  forms: z.array(text).optional(),
});

/** @public The validated data of an entry, for code that works with it. */
export type GlossaryTerm = z.output<typeof glossarySchema>;
