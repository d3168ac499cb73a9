/** Texts shortened to a reader's limit: counted in characters or UTF-16 units, never splitting a pair. */
import { describe, expect, it } from 'vitest';
import { distinctShortened, shortened, type LengthUnit } from '../../../src/lib/export/shortened.ts';

describe('shortened', () => {
  const cases: [text: string, limit: number, unit: LengthUnit, expected: string][] = [
    ['abc', 3, 'character', 'abc'],
    ['abcd', 3, 'character', 'ab…'],
    ['', 1, 'character', ''],
    ['ab', 1, 'character', '…'],
    // Three emoji are three characters, six UTF-16 units.
    ['😀😀😀', 3, 'character', '😀😀😀'],
    ['😀😀😀😀', 3, 'character', '😀😀…'],
    ['😀😀😀', 6, 'utf16', '😀😀😀'],
    ['😀😀😀', 5, 'utf16', '😀😀…'],
    // Four units: the second emoji would need 2 + 2 + 1; its halves are never kept apart.
    ['😀😀😀', 4, 'utf16', '😀…'],
    ['a😀b', 3, 'utf16', 'a…'],
    ['Ärger über Öl', 12, 'utf16', 'Ärger über …'],
  ];
  it.each(cases)('%j to %i (%s) is %j', (text, limit, unit, expected) => {
    const result = shortened(text, limit, unit);
    expect(result).toBe(expected);
    expect(result.isWellFormed()).toBe(true);
  });
});

describe('distinctShortened', () => {
  it('numbers a text equal to one before it, also once shortened or in another case, within the limit', () => {
    const texts = ['Ann', 'Bob', 'Ann', 'ANN', 'Ann (2)', 'abcdefgh', 'abcdefghi', 'abcdefgh'];
    expect(distinctShortened(texts, 8)).toEqual(['Ann', 'Bob', 'Ann (2)', 'ANN (3)', 'Ann… (2)', 'abcdefgh', 'abcdefg…', 'abc… (2)']);
  });

  it('numbers a thousand equal texts in one pass each', () => {
    const names = distinctShortened(
      Array.from({ length: 1000 }, () => 'Ann'),
      512,
    );
    expect(new Set(names).size).toBe(1000);
    expect(names.slice(0, 3)).toEqual(['Ann', 'Ann (2)', 'Ann (3)']);
    expect(names.at(-1)).toBe('Ann (1000)');
  });
});
