/** Texts shortened to a reader's limit: counted in characters or UTF-16 units, never splitting a pair. */
import { describe, expect, it } from 'vitest';
import { shortened, type LengthUnit } from '../../../src/lib/export/shortened.ts';

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
