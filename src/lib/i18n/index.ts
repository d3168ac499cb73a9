import { de } from './de.ts';
import { en } from './en.ts';
import type { Lang } from './lang.ts';
import type { Translation } from './translation.ts';

const TRANSLATIONS: Record<Lang, Translation> = { de, en };

/** The table of one language: every text a reader or an author sees. */
export function translation(lang: Lang): Translation {
  return TRANSLATIONS[lang];
}

export type { Translation } from './translation.ts';
