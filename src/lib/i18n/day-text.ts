import { toDay } from '../dates.ts';

/**
 * A function that writes a calendar day (`YYYY-MM-DD`) in a language's words, with the
 * platform's Intl (CLDR) names. The day is formatted at UTC midnight in UTC, so it never shifts
 * across time zones. Intl rather than date-fns: loading date-fns's ES modules cost a quarter of
 * a second of every command start, because Node re-reads its 199 KB package.json for each of
 * the 45 modules that formatting pulls in.
 */
export function dayFormatter(locale: string, options: Intl.DateTimeFormatOptions): (iso: string) => string {
  // Made on first use: building one loads the locale's CLDR data, which `--help` never needs.
  let format: Intl.DateTimeFormat | undefined;
  return (iso) => {
    format ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return format.format(toDay(iso) * 86_400_000);
  };
}
