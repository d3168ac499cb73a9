/**
 * `parseEntryFile` leaves the MDX parser out for bodies without `<`, `{`, `}` or a line starting
 * with `import`/`export`. That is safe only if such a body always parses and renders as MDX:
 * its MDX findings are checked here against the MDX parser itself, run on every body.
 */
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxRenderFindings, type MdxNode } from '../../../src/lib/content/mdx-render-check.ts';
import { parseEntryFile, safeForMdxParser } from '../../../src/lib/content/parse-entry.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { numRuns } from '../../helpers/property-runs.ts';

const PIECES = [
  '# Titel',
  '## Ziel',
  '- Punkt',
  '1. Schritt',
  '> Zitat',
  '**fett**',
  '*kursiv*',
  '`code`',
  '```',
  '    eingerückt',
  '[Link](https://example.org)',
  '![Bild](bild.png)',
  '| a | b |',
  '| --- | --- |',
  '---',
  '***',
  '\\',
  '&amp;',
  '&#123;',
  '>',
  '"',
  "'",
  '$x$',
  '[^1]',
  '[^1]: Fußnote',
  'https://example.org',
  'importiert',
  'Export der Daten',
  ' import x',
  'ä ö ü ß',
  '\t',
  '',
];

const MDX_PIECES = ['<b>fett</b>', '<Foo />', '<!-- Notiz -->', '<https://example.org>', '{1 + 1}', '{scope}', '{', '}', 'import a from "b"', 'export const x = 1', '{/* Kommentar */}'];

const body = (pieces: string[]) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme' })), { maxLength: 20 }).map((lines) => lines.join('\n'));

/** The codes of the MDX findings of a body, from the MDX parser itself. */
function parserCodes(text: string, t: ReturnType<typeof translation>): string[] {
  try {
    return mdxRenderFindings(mdxToMdast(safeForMdxParser(text)) as MdxNode, 'r.mdx', 5, t, () => '{"title":"x","summary":"y"}').map((finding) => finding.code);
  } catch {
    return ['mdx-syntax'];
  }
}

describe('the MDX check of a body', () => {
  it('finds what the MDX parser finds, on Markdown with and without MDX constructs', () => {
    const t = translation('en');
    fc.assert(
      fc.property(body([...PIECES, ...MDX_PIECES]), (text) => {
        const { findings } = parseEntryFile('r.mdx', `---\ntitle: x\nsummary: y\n---\n${text}`, t);
        expect(findings.map((finding) => finding.code).filter((code) => code.startsWith('mdx-'))).toEqual(parserCodes(text, t));
      }),
      { numRuns: numRuns(3000) },
    );
  });

  it('still checks a body with one MDX construct in it', () => {
    const t = translation('en');
    const file = (text: string) => `---\ntitle: x\n---\n${text}\n`;
    expect(parseEntryFile('r.mdx', file('Text <Unbekannt /> mehr'), t).findings.map((f) => f.code)).toEqual(['mdx-component']);
    expect(parseEntryFile('r.mdx', file('Text {scope} mehr'), t).findings.map((f) => f.code)).toEqual(['mdx-expression']);
    expect(parseEntryFile('r.mdx', file('import X from "y"'), t).findings.map((f) => f.code)).toEqual(['mdx-import']);
    expect(parseEntryFile('r.mdx', file('Text { mehr'), t).findings.map((f) => f.code)).toEqual(['mdx-syntax']);
    expect(parseEntryFile('r.mdx', file('Text <!-- Notiz'), t).findings.map((f) => f.code)).toEqual(['mdx-syntax']);
  });
});
