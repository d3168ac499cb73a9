import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it('writes a day as readers of the site’s language write it', () => {
    expect(formatDate('2027-02-01', 'de')).toBe('1. Feb. 2027');
    expect(formatDate('2027-02-01', 'en')).toBe('1 Feb 2027');
  });
});
