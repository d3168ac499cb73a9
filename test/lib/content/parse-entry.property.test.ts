/**
 * Garbage text as a content file: parseEntryFile never throws and answers with well-formed
 * findings or a parsed map. YAML aliases (`*name`) are part of the garbage: an unresolved alias
 * or an alias bomb must come back as a finding, never as an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../../src/lib/content/parse-entry.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { numRuns } from '../../helpers/property-runs.ts';

const FRAGMENTS = [
  '---',
  '--- ',
  '----',
  '...',
  'title: x',
  'a: 1',
  'a:',
  ': b',
  '  - x',
  '- y',
  '? k',
  '{',
  '}',
  '[',
  ']',
  '{a: [1, 2}',
  '"',
  "'",
  '"unterminated',
  '\t',
  '\tkey: v',
  '&anchor v',
  'b: *anchor',
  'summary: *typo',
  'x: &a [*a, *a]',
  '*',
  '|',
  '>',
  '#',
  '# comment',
  '!!str x',
  '!!binary aGk=',
  '!tag v',
  '%YAML 1.2',
  '%TAG ! tag:x,2027:',
  '<<: {a: 1}',
  'key: [1, 2',
  'key: {a: 1}',
  '<div>',
  '</div>',
  '<X />',
  '<X',
  '{1 +}',
  '{props.x}',
  'import x from "y"',
  'export const a = {',
  '\\{',
  '&lt;',
  '# Heading',
  '',
  ' ',
  '\r',
  '\uFEFF',
  '\u0000',
  'kickoff: 2027-02-30',
  'date: 2027-03-01',
  'tasks:\n  - id: a\n    duration: 1',
  '\u2028',
  '😀',
  'ä: ö',
];

const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })).map(([a, b]) => `---\n${a}\n---\n${b}`),
  fc
    .tuple(fc.constantFrom('---', '---\n', '---\r\n', '\uFEFF---\n', '--- \n'), fc.string({ unit: 'binary-ascii', maxLength: 120 }))
    .map(([prefix, rest]) => prefix + rest),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((lines) => lines.join('\n')),
  fc
    .tuple(
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }),
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([head, body, eol]) => ['---', ...head, '---', ...body].join(eol)),
);

describe('parseEntryFile on garbage', () => {
  it('never throws; findings are well-formed; a parse result is a map and a suffix of the text', () => {
    fc.assert(
      fc.property(garbage, (text) => {
        let result: ReturnType<typeof parseEntryFile> | undefined;
        expect(() => (result = parseEntryFile('roles/x.mdx', text, translation('en')))).not.toThrow();
        const { parsed, findings } = result as ReturnType<typeof parseEntryFile>;
        expect(Array.isArray(findings)).toBe(true);
        // Lines as MDX (CommonMark) and editors count them: a lone `\r` ends a line too.
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const finding of findings) {
          expect(finding.severity).toBe('error');
          expect(finding.file).toBe('roles/x.mdx');
          expect(finding.path).toBe('');
          expect(['front-matter', 'yaml-syntax', 'mdx-syntax', 'mdx-import', 'mdx-component', 'mdx-expression']).toContain(finding.code);
          expect(finding.message.length).toBeGreaterThan(0);
          if (finding.line !== undefined) {
            expect(Number.isInteger(finding.line)).toBe(true);
            expect(finding.line).toBeGreaterThanOrEqual(1);
            expect(finding.line).toBeLessThanOrEqual(lines + 1);
          }
        }
        if (parsed) {
          expect(parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data)).toBe(true);
          expect(text.endsWith(parsed.body)).toBe(true);
          expect(parsed.bodyLine).toBeGreaterThanOrEqual(3);
          expect(() => parsed?.lineOf(['a', 0, 'b'])).not.toThrow();
        } else {
          expect(findings.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: numRuns(1000) },
    );
  });
});
