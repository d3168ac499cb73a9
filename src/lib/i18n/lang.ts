export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const isLang = (value: unknown): value is Lang => LANGUAGES.includes(value as Lang);

/** `2027-03-01` → `01.03.2027` (de) or `2027-03-01` (en): unambiguous in running text. */
export function shortDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}
