import { translation, type Translation } from './i18n/index.ts';
import { dayText } from './i18n/day-text.ts';
import type { Lang } from './i18n/lang.ts';

type DateStyle = keyof Translation['format']['datePatterns'];

/** A calendar day for display in the site's language, with the patterns and locale of its table. */
export function formatDate(iso: string, lang: Lang, style: DateStyle = 'medium'): string {
  const { locale, datePatterns } = translation(lang).format;
  return dayText(iso, datePatterns[style], locale);
}
