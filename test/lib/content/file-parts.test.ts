/**
 * The layout of an entry file (front matter, body, the line the body starts on) and the line of
 * each field, from the fast reader or the full parser.
 */
import { describe, expect, test } from 'vitest';
import { fieldLines, parserFieldLines } from '../../../src/lib/content/field-lines.ts';
import { FRONT_MATTER, frontMatterParts, knownFileParts, withoutBom } from '../../../src/lib/content/file-parts.ts';

const partsOf = (text: string) => {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('no front matter');
  return frontMatterParts(match, text);
};

describe('front matter and body', () => {
  test('the YAML between the `---` lines, the body after them, and the body line', () => {
    expect(partsOf('---\ntitle: X\nside: vendor\n---\nBody\n')).toEqual({ yamlText: 'title: X\nside: vendor\n', body: 'Body\n', bodyLine: 5 });
  });

  test('empty front matter and an empty body; a file that ends with the closing `---`', () => {
    expect(partsOf('---\n---\n')).toEqual({ yamlText: '', body: '', bodyLine: 3 });
    expect(partsOf('---\na: 1\n---')).toEqual({ yamlText: 'a: 1\n', body: '', bodyLine: 3 });
  });

  test('CRLF line ends and spaces after the dashes count the same lines', () => {
    expect(partsOf('---  \r\na: 1\r\nb: 2\r\n--- \t\r\n\r\nBody')).toEqual({ yamlText: 'a: 1\r\nb: 2\r\n', body: '\r\nBody', bodyLine: 5 });
  });

  test('a byte order mark is dropped, nothing else', () => {
    expect(withoutBom('\uFEFF---\n')).toBe('---\n');
    expect(withoutBom('---\n\uFEFF')).toBe('---\n\uFEFF');
    expect(withoutBom('')).toBe('');
  });
});

describe('knownFileParts: what parsing gives besides the data, without parsing', () => {
  test('an MDX file: its body and the lines of its fields, after a byte order mark too', () => {
    const parts = knownFileParts('mdx', '\uFEFF---\ntitle: X\nlist:\n  - a\n  - b\n---\nBody\n');
    expect(parts.body).toBe('Body\n');
    expect([parts.lineOf(['title']), parts.lineOf(['list', 1]), parts.lineOf(['missing'])]).toEqual([2, 5, 2]);
  });

  test('a JSON file: no body, lines counted from its first line', () => {
    const parts = knownFileParts('json', '{\n  "plan": "a",\n  "tasks": [\n    {"id": "x"}\n  ]\n}\n');
    expect(parts.body).toBe('');
    expect([parts.lineOf(['plan']), parts.lineOf(['tasks', 0, 'id'])]).toEqual([2, 4]);
  });

  test('an MDX file without front matter never parsed: asking is a mistake of the program', () => {
    expect(() => knownFileParts('mdx', 'just text\n')).toThrow('knownFileParts: a file without front matter never parsed');
  });
});

describe('field lines from the parser', () => {
  test('the key line of a field, the line of a list item, the deepest field that exists', () => {
    const lines = parserFieldLines('a: 1\nb:\n  c: [1, 2]\nlist:\n  - x\n  - y: 2\n', 1);
    expect(lines(['a'])).toBe(2);
    expect(lines(['b'])).toBe(3);
    expect(lines(['b', 'c'])).toBe(4);
    expect(lines(['b', 'c', 1])).toBe(4);
    expect(lines(['list', 1])).toBe(7);
    expect(lines(['list', 1, 'y'])).toBe(7);
    expect(lines(['list', 9])).toBe(5);
    expect(lines(['nothing'])).toBe(2);
    expect(lines([])).toBe(2);
  });

  test('no line in a text without any node', () => {
    expect(parserFieldLines('', 1)(['a'])).toBeUndefined();
    expect(parserFieldLines('# only a comment\n', 1)([])).toBeUndefined();
  });

  test('keys of digits are keys as written (a path names them as texts)', () => {
    expect(parserFieldLines('x: 0\n2027:\n  - a\n', 0)(['2027'])).toBe(2);
    expect(parserFieldLines('x: 0\n2027:\n  - a\n', 0)(['2027', 0])).toBe(3);
  });

  test('fieldLines asks the parser where the fast reader is not sure', () => {
    // An anchor and an alias: beyond the fast reader.
    const lines = fieldLines('a: &x 1\nb:\n  - *x\n  - 2\n', 1);
    expect([lines(['a']), lines(['b']), lines(['b', 1])]).toEqual([2, 3, 5]);
    // Plain block YAML: the fast reader's answer, the same.
    expect(fieldLines('a: 1\nb:\n  - 2\n', 1)(['b', 0])).toBe(4);
  });
});
