/**
 * `closest`, the “did you mean” of the findings: how far a misspelling may be from the name it
 * suggests. Edit distances are counted by hand (Levenshtein: insert, delete, replace one letter).
 */
import { describe, expect, it } from 'vitest';
import { closest } from '../../../src/lib/validate/closest.ts';

describe('closest', () => {
  it('allows one edit for names of up to three letters', () => {
    expect(closest('itt', ['it'])).toBe('it'); // one deletion
    // 'abc' → 'axy': two replacements, too far for three letters.
    expect(closest('abc', ['axy'])).toBeUndefined();
    expect(closest('ab', ['xy'])).toBeUndefined();
  });

  it('allows two edits from four letters on, and a third of the length from nine on', () => {
    expect(closest('abcd', ['abxy'])).toBe('abxy'); // two replacements
    expect(closest('abcd', ['axyz'])).toBeUndefined(); // three
    // Nine letters: floor(9 / 3) = 3 edits.
    expect(closest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(closest('abcdefghi', ['abcdewxyz'])).toBeUndefined(); // four
  });

  it('suggests nothing when every candidate is too far away', () => {
    expect(closest('kickoff', ['zzzzzzz', 'qqqq'])).toBeUndefined();
  });

  it('takes the nearest candidate, and the first of several equally near', () => {
    // 'plannung' is two edits from 'plannen' (u → e, drop the g) and one from 'planung' (drop an n).
    expect(closest('plannung', ['plannen', 'planung'])).toBe('planung');
    // 'rolle' is one edit from both 'rolle1' and 'rolle2': the first in the list wins.
    expect(closest('rolle', ['rolle1', 'rolle2'])).toBe('rolle1');
    expect(closest('rolle', ['rolle2', 'rolle1'])).toBe('rolle2');
  });

  it('does not suggest the name itself: an exact match is no misspelling', () => {
    expect(closest('alpha', ['alpha'])).toBeUndefined();
    expect(closest('alpha', ['alpha', 'alphas'])).toBe('alphas');
  });
});
