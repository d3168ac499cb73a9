import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/glossary/word-pattern.ts';

describe('escapeRegExp', () => {
  it('escapes every character with a meaning in a pattern', () => {
    expect(escapeRegExp('a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o')).toBe('a\\.b\\*c\\+d\\?e\\^f\\$g\\{h\\}i\\(j\\)k\\|l\\[m\\]n\\\\o');
  });

  it('gives a pattern that matches the text literally and nothing else', () => {
    const pattern = new RegExp(`^${escapeRegExp('C++ (S/4)')}$`);
    expect(pattern.test('C++ (S/4)')).toBe(true);
    expect(pattern.test('CC (S/4)')).toBe(false);
  });
});
