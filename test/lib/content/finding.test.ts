/**
 * How a finding is located and printed: field paths both ways, the printed line, the order of a
 * list of findings, and the short rendering of a found value.
 */
import { describe, expect, test } from 'vitest';
import { compareFindings, describeValue, findingLine, formatFieldPath, formatFinding, hasErrors, pathParts, type Finding } from '../../../src/lib/content/finding.ts';

const finding = (fields: Partial<Finding>): Finding => ({ severity: 'error', code: 'schema', file: 'plans/a.mdx', path: '', message: 'm', ...fields });

describe('field paths', () => {
  test('a path with keys and indices, written and read back', () => {
    expect(formatFieldPath(['tasks', 3, 'dependsOn', 0])).toBe('tasks[3].dependsOn[0]');
    expect(pathParts('tasks[3].dependsOn[0]')).toEqual(['tasks', 3, 'dependsOn', 0]);
  });

  test('the empty path, one key, an index first, two keys', () => {
    expect(formatFieldPath([])).toBe('');
    expect(formatFieldPath(['title'])).toBe('title');
    expect(formatFieldPath([0, 'id'])).toBe('[0].id');
    expect(formatFieldPath(['raci', 'accountable'])).toBe('raci.accountable');
    expect(pathParts('')).toEqual([]);
    expect(pathParts('title')).toEqual(['title']);
    expect(pathParts('[12].id')).toEqual([12, 'id']);
    expect(pathParts('raci.accountable')).toEqual(['raci', 'accountable']);
  });

  test('an index is a number, a key made of digits stays a text', () => {
    expect(pathParts('scores.42[7]')).toEqual(['scores', '42', 7]);
  });
});

describe('a finding as printed', () => {
  const words = { error: 'Fehler', warning: 'Warnung' };

  test('file, line, column, field and message', () => {
    expect(formatFinding(finding({ path: 'title', line: 3, column: 7 }))).toBe('plans/a.mdx:3:7: title: m');
    expect(formatFinding(finding({ path: 'title', line: 3 }))).toBe('plans/a.mdx:3: title: m');
    expect(formatFinding(finding({ path: 'title' }))).toBe('plans/a.mdx: title: m');
  });

  test('no field for the whole file; line 0 and column 0 as the parsers give them', () => {
    expect(formatFinding(finding({ line: 2 }))).toBe('plans/a.mdx:2: m');
    expect(formatFinding(finding({}))).toBe('plans/a.mdx: m');
    // A column 0 is no column; a line 0 is still a line.
    expect(formatFinding(finding({ line: 0, column: 0 }))).toBe('plans/a.mdx:0: m');
  });

  test('with the word for its severity in front', () => {
    expect(findingLine(finding({ path: 'title', line: 3 }), words)).toBe('Fehler: plans/a.mdx:3: title: m');
    expect(findingLine(finding({ severity: 'warning' }), words)).toBe('Warnung: plans/a.mdx: m');
  });
});

describe('compareFindings', () => {
  const sorted = (findings: Finding[]) => [...findings].sort(compareFindings).map(formatFinding);

  test('by file, then line (none first), then field (numbers by value), then message', () => {
    const findings = [
      finding({ file: 'roles/b.mdx', message: 'z' }),
      finding({ line: 10, path: 'tasks[10]' }),
      finding({ line: 10, path: 'tasks[2]', message: 'y' }),
      finding({ line: 10, path: 'tasks[2]', message: 'x' }),
      finding({ line: 9, path: 'zeta' }),
      finding({ path: 'title' }),
      finding({ file: 'plans/b.mdx' }),
    ];
    expect(sorted(findings)).toEqual([
      'plans/a.mdx: title: m',
      'plans/a.mdx:9: zeta: m',
      'plans/a.mdx:10: tasks[2]: x',
      'plans/a.mdx:10: tasks[2]: y',
      'plans/a.mdx:10: tasks[10]: m',
      'plans/b.mdx: m',
      'roles/b.mdx: z',
    ]);
  });

  test('equal findings compare as 0, and each order is the reverse of the other', () => {
    expect(compareFindings(finding({ line: 4 }), finding({ line: 4 }))).toBe(0);
    expect(compareFindings(finding({ line: 2 }), finding({ line: 5 }))).toBeLessThan(0);
    expect(compareFindings(finding({ line: 5 }), finding({ line: 2 }))).toBeGreaterThan(0);
    expect(compareFindings(finding({}), finding({ line: 1 }))).toBeLessThan(0);
    expect(compareFindings(finding({ line: 1 }), finding({}))).toBeGreaterThan(0);
  });
});

describe('hasErrors', () => {
  test('only an error counts', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([finding({ severity: 'warning' })])).toBe(false);
    expect(hasErrors([finding({ severity: 'warning' }), finding({ severity: 'error' })])).toBe(true);
  });
});

describe('describeValue', () => {
  test('nothing, null, a date, texts in quotes, numbers, lists and maps as JSON', () => {
    expect(describeValue(undefined, 'nichts')).toBe('nichts');
    expect(describeValue(null, 'nichts')).toBe('null');
    expect(describeValue(new Date('2027-03-01T00:00:00Z'), 'nothing')).toBe('2027-03-01');
    expect(describeValue('abc', 'nothing')).toBe('"abc"');
    expect(describeValue('', 'nothing')).toBe('""');
    expect(describeValue(42, 'nothing')).toBe('42');
    expect(describeValue(false, 'nothing')).toBe('false');
    expect(describeValue([1, 'a'], 'nothing')).toBe('[1,"a"]');
    expect(describeValue({ a: 1 }, 'nothing')).toBe('{"a":1}');
  });

  test('line breaks, tabs and other control characters in a text as escapes, so that a finding keeps to one line', () => {
    expect(describeValue('a\r\nb\tc', 'nothing')).toBe('"a\\r\\nb\\tc"');
    expect(describeValue('\u001b[31mred\u0000\u007f\u009f\u00a0', 'nothing')).toBe('"\\u001B[31mred\\u0000\\u007F\\u009F\u00a0"');
    expect(describeValue('\u001f \u0020', 'nothing')).toBe('"\\u001F  "');
  });

  test('NaN and the infinities as YAML spells them', () => {
    expect(describeValue(Number.NaN, 'nothing')).toBe('.nan');
    expect(describeValue(Number.POSITIVE_INFINITY, 'nothing')).toBe('.inf');
    expect(describeValue(Number.NEGATIVE_INFINITY, 'nothing')).toBe('-.inf');
    expect(describeValue(0, 'nothing')).toBe('0');
  });

  test('up to 60 characters as they are, longer ones cut to 57 and an ellipsis', () => {
    // 58 letters in quotes are 60 characters.
    const fits = 'a'.repeat(58);
    expect(describeValue(fits, 'nothing')).toBe(`"${fits}"`);
    // 59 letters in quotes are 61: the quote and 56 letters stay.
    expect(describeValue('b'.repeat(59), 'nothing')).toBe(`"${'b'.repeat(56)}…`);
    expect(describeValue([1234567890, 1234567890, 1234567890, 1234567890, 1234567890, 1234567890], 'nothing')).toBe(
      '[1234567890,1234567890,1234567890,1234567890,1234567890,1…',
    );
  });
});
