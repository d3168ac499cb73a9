import { describe, expect, it } from 'vitest';
import { isSameOrInside } from '../../src/lib/same-or-inside.ts';

describe('isSameOrInside', () => {
  it('holds for the folder itself and for paths below it', () => {
    expect(isSameOrInside('/a/dist', '/a/dist')).toBe(true);
    expect(isSameOrInside('/a/dist/x', '/a/dist')).toBe(true);
    expect(isSameOrInside('/a/dist/x/y.html', '/a/dist/')).toBe(true);
  });

  it('does not hold for a sibling whose name starts alike, nor for a folder above', () => {
    expect(isSameOrInside('/a/dist2', '/a/dist')).toBe(false);
    expect(isSameOrInside('/a/dist2/x', '/a/dist/')).toBe(false);
    expect(isSameOrInside('/a', '/a/dist')).toBe(false);
  });
});
