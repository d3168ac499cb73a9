/**
 * JSON entries (snapshots) and the corners of front matter: each problem a finding with its line
 * and the exact words an author reads.
 */
import { describe, expect, test } from 'vitest';
import { parseEntryFile, parseJsonFile } from '../../../src/lib/content/parse-entry.ts';
import { translation } from '../../../src/lib/i18n/index.ts';

const en = translation('en');
const FILE = 'snapshots/demo/2027-03-01.json';

describe('parseJsonFile', () => {
  test('an object: its data, no body, the lines of its fields; a byte order mark is dropped', () => {
    const { parsed, findings } = parseJsonFile(FILE, '\uFEFF{\n  "plan": "demo",\n  "tasks": [\n    { "id": "a" }\n  ]\n}\n', en);
    expect(findings).toEqual([]);
    expect(parsed?.data).toEqual({ plan: 'demo', tasks: [{ id: 'a' }] });
    expect([parsed?.body, parsed?.bodyLine]).toEqual(['', 1]);
    expect([parsed?.lineOf(['plan']), parsed?.lineOf(['tasks', 0, 'id'])]).toEqual([2, 4]);
  });

  test('lists and objects nested deeper than 100 levels: one finding on the line where the limit is passed, not a stack overflow', () => {
    const nested = (depth: number) => `{\n"label":\n${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n}`;
    expect(parseJsonFile(FILE, nested(101), en).findings).toEqual([
      { severity: 'error', code: 'json-syntax', file: FILE, path: '', line: 3, message: 'JSON with lists and objects nested at most 100 levels deep (found deeper nesting)' },
    ]);
    expect(parseJsonFile(FILE, nested(100), en).findings.map((finding) => finding.code)).not.toContain('json-syntax');
    expect(parseJsonFile(FILE, `{\n\n"a": [${'{"b":'.repeat(100)}1${'}'.repeat(100)}]}`, en).findings).toMatchObject([{ line: 3 }]);
    // Brackets in texts, escaped quotes among them, count for nothing.
    const inTexts = `{ "a": "${'['.repeat(200)}", "b": "\\"${'{'.repeat(200)}" }`;
    expect(parseJsonFile(FILE, inTexts, en).findings).toEqual([]);
    expect(parseJsonFile(FILE, '{"a": [[[]]], "b": {"c": {}}}', en).findings).toEqual([]);
  });

  test('a syntax error: the line and column the parser names, its words without the position', () => {
    expect(parseJsonFile(FILE, '{ "plan": "demo",\n  oops }', en)).toEqual({
      findings: [
        { severity: 'error', code: 'json-syntax', file: FILE, path: '', line: 2, column: 3, message: 'valid JSON (Expected double-quoted property name)' },
      ],
    });
  });

  test('an error Node names no position for: found by a strict JSON parser, the quoted text left out of the words', () => {
    expect(parseJsonFile(FILE, '', en).findings).toEqual([
      { severity: 'error', code: 'json-syntax', file: FILE, path: '', line: 1, column: 1, message: 'valid JSON (Unexpected end of JSON input)' },
    ]);
    const nan = '{\n  "plan": "demo",\n  "days": NaN\n}';
    expect(parseJsonFile(FILE, nan, en).findings).toEqual([
      { severity: 'error', code: 'json-syntax', file: FILE, path: '', line: 3, column: 11, message: "valid JSON (Unexpected token 'N')" },
    ]);
    expect(parseJsonFile(FILE, `{\n"labels": [${'"x", '.repeat(40)}'Kick-off']\n}`, en).findings).toMatchObject([{ line: 2, column: 212, message: "valid JSON (Unexpected token ''')" }]);
    // A comma before the end of a list, and no content at all, are errors of strict JSON too.
    expect(parseJsonFile(FILE, '{"a": [1,\n]}', en).findings).toMatchObject([{ line: 2, column: 1, message: "valid JSON (Unexpected token ']')" }]);
    // A line break as the unexpected token keeps the finding on one line.
    expect(parseJsonFile(FILE, '{\n\n"a": tru\n}', en).findings).toMatchObject([{ line: 3, column: 6, message: "valid JSON (Unexpected token '\\n')" }]);
  });

  test('a field named twice in one object: the second, in the order of the text, with its line (JSON.parse keeps the last in silence)', () => {
    const twice = '{\n  "date": "2027-02-01",\n  "tasks": [{ "id": "a", "id": "b" }],\n  "date": "2027-02-30"\n}';
    expect(parseJsonFile(FILE, twice, en)).toEqual({
      findings: [
        {
          severity: 'error',
          code: 'json-syntax',
          file: FILE,
          path: '',
          line: 3,
          column: 26,
          message: 'JSON objects with each field once (found `id` a second time; JSON would keep only the last value)',
        },
      ],
    });
    expect(parseJsonFile(FILE, '{\n"a": 1,\n"a": 2}', en).findings).toMatchObject([{ line: 3, column: 1 }]);
    // Lists hold values, not fields: the same text twice in lists is fine, as is the same name in different objects.
    expect(parseJsonFile(FILE, '{"a": [["x"], ["x"]], "b": ["y", "y"]}', en).findings).toEqual([]);
    expect(parseJsonFile(FILE, '{"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}]}', en).findings).toEqual([]);
  });

  test.each([
    ['a list', '[1, 2]', 'a JSON object of fields (found a list)'],
    ['null', 'null', 'a JSON object of fields (found nothing)'],
    ['a text', '"demo"', 'a JSON object of fields (found a string)'],
    ['a number', '42', 'a JSON object of fields (found a number)'],
  ])('%s instead of an object', (_name, text, message) => {
    expect(parseJsonFile(FILE, text, en)).toEqual({ findings: [{ severity: 'error', code: 'json-syntax', file: FILE, path: '', line: 1, message }] });
  });
});

describe('front matter corners', () => {
  const ROLE = 'roles/x.mdx';

  test('a first line that only starts with `---` is no front matter, even when one follows', () => {
    expect(parseEntryFile(ROLE, '---x\n---\ntitle: X\n---\n', en).findings).toEqual([
      { severity: 'error', code: 'front-matter', file: ROLE, path: '', line: 1, message: 'YAML front matter between two `---` lines at the top of the file (found none)' },
    ]);
  });

  test.each([
    ['a number', '---\n42\n---\n', 'front matter that is a map of fields (found a number)'],
    ['a boolean', '---\ntrue\n---\n', 'front matter that is a map of fields (found a boolean)'],
    ['null', '---\nnull\n---\n', 'front matter that is a map of fields (found nothing)'],
  ])('front matter that is %s: on line 2', (_name, text, message) => {
    expect(parseEntryFile(ROLE, text, en)).toEqual({ findings: [{ severity: 'error', code: 'front-matter', file: ROLE, path: '', line: 2, message }] });
  });

  test('a YAML error worded by the document parser, with its line and column in the file', () => {
    expect(parseEntryFile(ROLE, '---\ntitle: Dev\nside: vendor: customer\n---\n', en).findings).toEqual([
      {
        severity: 'error',
        code: 'yaml-syntax',
        file: ROLE,
        path: '',
        line: 3,
        column: 7,
        message: 'valid YAML front matter (Nested mappings are not allowed in compact mappings)',
      },
    ]);
  });

  test('an alias without its anchor: found when the document is resolved, on the first line of the front matter', () => {
    expect(parseEntryFile(ROLE, '---\ntitle: Dev\nside: *nowhere\n---\n', en).findings).toEqual([
      {
        severity: 'error',
        code: 'yaml-syntax',
        file: ROLE,
        path: '',
        line: 2,
        message: expect.stringMatching(/^valid YAML front matter \(.*nowhere.*\)$/),
      },
    ]);
  });

  test('a body that is plain Markdown is not given to the MDX parser; one with MDX syntax is', () => {
    expect(parseEntryFile(ROLE, '---\ntitle: X\n---\nPlain *text*, 5 > 3.\n', en).findings).toEqual([]);
    const withImport = parseEntryFile(ROLE, '---\ntitle: X\n---\nIntro.\n\nimport x from "y"\n', en).findings;
    expect(withImport.map((finding) => finding.code)).toEqual(['mdx-import']);
  });
});
