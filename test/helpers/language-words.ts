import { translation } from '../../src/lib/i18n/index.ts';
import { LANGUAGES, type Lang } from '../../src/lib/i18n/lang.ts';

/** Every string of a translation table, functions called with sample values. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      const sample = (value as (...args: unknown[]) => unknown)(new Proxy({}, { get: () => 'x' }), 'x', 'x');
      return typeof sample === 'string' ? [sample] : [];
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Words the languages share, which the tables happen to use in one language only. */
const SHARED_WORDS = new Set(['website', 'hypercare']);

const wordsOf = (texts: string[]) => new Set(texts.flatMap((text) => text.match(/\p{L}{5,}/gu) ?? []).map((word) => word.toLowerCase()));

/**
 * Words of at least five letters that the table of `lang` uses and no other language's table
 * does: finding one of them in a text means that text is (partly) in `lang`.
 */
export function wordsOnlyIn(lang: Lang): string[] {
  const others = wordsOf(LANGUAGES.filter((other) => other !== lang).flatMap((other) => strings(translation(other))));
  return [...wordsOf(strings(translation(lang)))].filter((word) => !others.has(word) && !SHARED_WORDS.has(word));
}

/** Which of `words` occur in `text` as whole words. */
export const wordsIn = (words: readonly string[], text: string) => words.filter((word) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text));

/** Every word of at least five letters in any language's table: the tool's own vocabulary. */
export const tableWords = (): Set<string> => wordsOf(LANGUAGES.flatMap((lang) => strings(translation(lang))));
