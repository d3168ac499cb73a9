import { format } from 'date-fns/format';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { toDay } from './dates.ts';
import type { Lang } from './i18n/lang.ts';

const LOCALES = { de, en: enGB };
const PATTERNS = { long: { de: 'EEEE, d. MMMM yyyy', en: 'EEEE, d MMMM yyyy' }, medium: { de: 'd. MMM yyyy', en: 'd MMM yyyy' }, short: { de: 'dd.MM.yyyy', en: 'yyyy-MM-dd' } };

/**
 * A calendar day for display in the site's language. date-fns formats in local time, so the
 * day is built from its parts in local time to avoid shifting across time zones.
 */
export function formatDate(iso: string, lang: Lang, style: keyof typeof PATTERNS = 'medium'): string {
  const utc = new Date(toDay(iso) * 86_400_000);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return format(local, PATTERNS[style][lang], { locale: LOCALES[lang] });
}
