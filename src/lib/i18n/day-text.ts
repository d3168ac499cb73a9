import { format, type Locale } from 'date-fns';
import { toDay } from '../dates.ts';

/**
 * A calendar day (`YYYY-MM-DD`) written with a date-fns pattern and locale. date-fns formats in
 * local time, so the day is built from its parts in local time, never shifted across time zones.
 * Kept apart from `formatDate` so that the language tables can word dates without importing
 * themselves.
 */
export function dayText(iso: string, pattern: string, locale: Locale): string {
  const utc = new Date(toDay(iso) * 86_400_000);
  return format(new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()), pattern, { locale });
}
