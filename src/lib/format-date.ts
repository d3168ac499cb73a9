import { format } from 'date-fns/format';
import { toDay } from './dates.ts';
import { translation, type Translation } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';

type DateStyle = keyof Translation['format']['datePatterns'];

/**
 * A calendar day for display in the site's language, with the patterns and locale of its table.
 * date-fns formats in local time, so the day is built from its parts in local time to avoid
 * shifting across time zones.
 */
export function formatDate(iso: string, lang: Lang, style: DateStyle = 'medium'): string {
  const { locale, datePatterns } = translation(lang).format;
  const utc = new Date(toDay(iso) * 86_400_000);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return format(local, datePatterns[style], { locale });
}
