/**
 * The fast line reader answers exactly as the YAML parser does, or not at all: over the sample
 * and example content, and over random plans written in every block style `yaml` can produce
 * (indentation, sequences at the key's column, folded long scalars, quoted and block scalars,
 * comments, blank lines, flow collections), for every field path and for paths that end beyond
 * what exists. On the sample content it must answer every path (else it would not make
 * `validate` faster).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { blockYamlLines } from '../../../src/lib/content/block-yaml-lines.ts';
import { parserFieldLines } from '../../../src/lib/content/field-lines.ts';
import type { FieldPath } from '../../../src/lib/content/finding.ts';
import jsYaml from 'js-yaml';
import { rawPlanArb } from '../../helpers/arbitraries.ts';
import { numRuns } from '../../helpers/property-runs.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Every path to a value in `data`, and for each one a path that goes one step past what exists. */
function pathsOf(data: unknown, prefix: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [prefix, [...prefix, 'no-such-field'], [...prefix, 999]];
  if (Array.isArray(data)) data.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...prefix, key]));
  return paths;
}

function frontMatters(dir: string): { file: string; yaml: string }[] {
  const found: { file: string; yaml: string }[] = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.mdx')) continue;
    const text = readFileSync(path.join(dir, entry), 'utf8');
    const match = /^---\r?\n([\s\S]*?)^---/m.exec(text);
    if (match) found.push({ file: entry, yaml: match[1] });
  }
  return found;
}

/** Compares the two readers on every path; returns how many paths the fast one answered. */
function compare(yamlText: string, label: string): { answered: number; asked: number } {
  let data: unknown;
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    // Only front matter that parses is ever asked for lines; a decoration made this one invalid.
    return { answered: 0, asked: 0 };
  }
  const fast = blockYamlLines(yamlText, 1);
  const parser = parserFieldLines(yamlText, 1);
  const paths = pathsOf(data);
  let answered = 0;
  for (const fieldPath of paths) {
    const line = fast(fieldPath);
    if (line === undefined) continue;
    answered++;
    expect(line, `${label}: ${JSON.stringify(fieldPath)}\n${yamlText}`).toBe(parser(fieldPath));
  }
  return { answered, asked: paths.length };
}

describe('blockYamlLines', () => {
  it('answers every path of the sample and example content, as the parser does', () => {
    const files = [...frontMatters(path.join(ROOT, 'content')), ...frontMatters(path.join(ROOT, 'examples'))];
    expect(files.length).toBeGreaterThan(40);
    for (const { file, yaml } of files) {
      const { answered, asked } = compare(yaml, file);
      expect(answered, `${file}: paths answered`).toBe(asked);
    }
  });

  const styleArb = fc.record({
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 40, 80),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN'),
    flowCollections: fc.boolean(),
    comments: fc.boolean(),
    blankLines: fc.boolean(),
  });

  it('equals the parser on random plans in every block style, or does not answer', () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(rawPlanArb, styleArb, fc.integer({ min: 0, max: 1000 }), (plan, style, seed) => {
        const options: ToStringOptions = {
          indent: style.indent,
          indentSeq: style.indentSeq,
          lineWidth: style.lineWidth,
          defaultStringType: style.defaultStringType as ToStringOptions['defaultStringType'],
          defaultKeyType: style.defaultKeyType as ToStringOptions['defaultKeyType'],
        };
        const data = style.flowCollections ? { ...plan, calendar: plan.calendar, tasks: plan.tasks.map((task) => ({ ...task, extra: ['a', { b: 1 }] })) } : plan;
        let text = stringify(data, options);
        if (style.flowCollections) text = text.replace(/^(\s*)extra:\n(?:\1\s*- .*\n|\1\s+.*\n)*/gm, (_all, space: string) => `${space}extra: [a, { b: 1 }]\n`);
        const lines = text.split('\n');
        const decorated = lines.flatMap((line, i) => {
          const extra: string[] = [];
          if (style.comments && (i + seed) % 5 === 0) extra.push(`${' '.repeat((i * seed) % 6)}# a comment`);
          if (style.blankLines && (i + seed) % 7 === 0) extra.push('');
          const withComment = style.comments && (i + seed) % 3 === 0 && /:\s*\S/.test(line) && !/["'|>]/.test(line) ? `${line} # note` : line;
          return [...extra, withComment];
        });
        const counts = compare(decorated.join('\n'), JSON.stringify(style));
        answered += counts.answered;
        asked += counts.asked;
      }),
      { numRuns: numRuns(150) },
    );
    // Not vacuous: most paths of these texts are answered by the fast reader.
    expect(answered / asked).toBeGreaterThan(0.3);
  });

  it('leaves to the parser what it does not know', () => {
    const unsure = [
      'a: &x 1\nb: *x\n',
      'a: !tag 1\n',
      '"quoted key": 1\n',
      'a:\n\tb: 1\n',
      'a:\n  b\n',
      'a: [1,\n  2]\n',
      'a: "open\n  quote"\n',
      'true: 1\n',
      'a:\nb: 1\n',
      '? a\n: 1\n',
      'a:\n  - - 1\n    - 2\n',
    ];
    for (const text of unsure) expect(blockYamlLines(text, 0)(['b']), text).toBeUndefined();
  });

  it('names the line of the deepest field that exists', () => {
    const lines = blockYamlLines('title: A\ntasks:\n  - id: a\n    dependsOn: [x, y]\n  - id: b\n    notes: |\n      text\n      more\n    duration: 3\n', 1);
    expect(lines(['title'])).toBe(2);
    // A field is on its key's line, also when its value is a block that starts on the next line.
    expect(lines(['tasks'])).toBe(3);
    expect(lines(['tasks', 0])).toBe(4);
    expect(lines(['tasks', 0, 'dependsOn', 1])).toBe(5);
    expect(lines(['tasks', 1, 'duration'])).toBe(10);
    expect(lines(['tasks', 1, 'missing'])).toBe(6);
    expect(lines(['tasks', 7, 'id'])).toBe(3);
    expect(lines([])).toBe(2);
  });

  it('reads Windows line ends and refuses indentation that is not spaces', () => {
    const windows = blockYamlLines('title: A\r\n# note\r\ntasks:\r\n  - id: a\r\n\r\n  - id: b\r\n', 0);
    expect(windows(['tasks', 1, 'id'])).toBe(6);
    expect(windows(['title'])).toBe(1);
    // A no-break space or a tab before a key is not indentation in YAML: the parser decides.
    expect(blockYamlLines('a:\n\u00a0 b: 1\n', 0)(['a', 'b'])).toBeUndefined();
    expect(blockYamlLines('a:\n  \tb: 1\n', 0)(['a', 'b'])).toBeUndefined();
  });
});
