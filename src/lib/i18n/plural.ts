/** One rule set per locale: constructing Intl.PluralRules is far slower than asking it. */
const rules = new Map<string, Intl.PluralRules>();

/**
 * The word for `value` things in `locale`, chosen by the language's own plural rules (CLDR, as
 * the runtime ships them): `one` where the language says singular, else `other`. English and
 * German only tell these two apart; a language with more forms would need more words.
 */
export function pluralWord(locale: string, value: number, one: string, other: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(value) === 'one' ? one : other;
}
