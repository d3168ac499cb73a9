import { describe, expect, it } from 'vitest';
import { pluralWord } from '../../../src/lib/i18n/plural.ts';
import { translation } from '../../../src/lib/i18n/index.ts';

describe('pluralWord', () => {
  it('takes the singular for one and the plural for none, many and fractions, by the language’s rules', () => {
    for (const lang of ['de', 'en']) {
      expect(pluralWord(lang, 1, 'one', 'other')).toBe('one');
      for (const value of [0, 2, 7, 21, 1.5]) expect(pluralWord(lang, value, 'one', 'other'), `${lang} ${value}`).toBe('other');
    }
  });

  it('words the tables’ counts with it: one working day, never “1 working days”', () => {
    expect(translation('en').ui.workingDaysRelative(-1)).toBe('1 working day before phase start');
    expect(translation('en').ui.workingDaysRelative(15)).toBe('15 working days after phase start');
    expect(translation('de').ui.workingDaysRelative(-1)).toBe('1 Arbeitstag vor Phasenstart');
    expect(translation('de').ui.workingDaysRelative(-15)).toBe('15 Arbeitstage vor Phasenstart');
  });
});
