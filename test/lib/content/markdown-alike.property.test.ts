/**
 * The build renders a body through the Markdown pipeline instead of compiling it as MDX when
 * `readsAlikeAsMarkdown` says both read it alike. That is safe only if both parsers really give
 * the same tree for every such body: checked here against the two parsers themselves.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHast, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { entryParts } from '../../../src/lib/content/file-parts.ts';
import { readsAlikeAsMarkdown } from '../../../src/lib/content/mdx-syntax.ts';
import { numRuns } from '../../helpers/property-runs.ts';

// As Astro's Markdown and MDX pipelines are set up (GFM and smart punctuation on).
const FEATURES = { gfm: true, smartPunctuation: true };

/** A hast tree without its source positions, which differ only in the columns MDX counts. */
const withoutPositions = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, withoutPositions(value)]));
};
const markdownTree = (body: string) => withoutPositions(markdownToHast(body, { features: FEATURES }));
const mdxTree = (body: string) => withoutPositions(mdxToHast(body, { features: FEATURES }));

// Lines that Markdown and MDX might read apart: containers and the indentation inside them,
// code, tables, footnotes, entities, escapes, smart punctuation, autolinks, words like "import".
const PIECES = [
  '# Titel', '## Ziel', '  # eingerückt', 'Setext', '===', '---', '***', '___',
  '- Punkt', '  - Unterpunkt', '1. Schritt', '   weiter', '1) Eins', '+ plus', '* stern', '- [ ] offen', '- [x] erledigt',
  '> Zitat', '   > tief', '>     eingerückt', '> - Punkt im Zitat', '-     eingerückt', '    eingerückt', '\teingerückt', 'Wort\tWort',
  '```', '```js', '~~~', '`code`', '**fett**', '*kursiv*', '__x__', 'a_b_c', '*a **b** c*', '~~weg~~',
  '[Link](https://example.org)', '[ref]', '[ref]: https://example.org', 'https://example.org', 'www.example.org', 'a@b.de',
  '![Bild](bild.png)', '![Bild][ref]', '| a | b |', '| --- | --- |', '[^1]', '[^1]: Fußnote',
  '\\', '\\*', '&amp;', '&#123;', '&nbsp;', '&copy;', '>', '"', "'", '"Zitat"', '„Zitat“', '...', '--', ':', '$x$',
  'importiert', 'Export der Daten', ' import x', 'ä ö ü ß', 'Text  ', 'Zeile\\', 'Term', ': Def', '',
];

const body = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength: 14 }), fc.constantFrom('\n', '\n\n', ' '))
  .map(([lines, joint]) => lines.join(joint));

/** Every entry body of a content folder, with its file. */
function bodiesIn(dir: string): { file: string; body: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ file, body: entryParts(readFileSync(path.join(dir, file), 'utf8'))?.body ?? '' }));
}

describe('readsAlikeAsMarkdown', () => {
  it('says "alike" only for bodies that Markdown and MDX parse to the same tree', () => {
    fc.assert(
      fc.property(body, (text) => {
        fc.pre(readsAlikeAsMarkdown(text));
        expect(markdownTree(text)).toEqual(mdxTree(text));
      }),
      { numRuns: numRuns(4000) },
    );
  });

  it('refuses MDX syntax, indentation Markdown reads as code, and images', () => {
    for (const text of ['Text <b>fett</b>', '<!-- Notiz -->', '<https://example.org>', 'Summe {1 + 1}', 'nur }', 'import A from "a"', '  export const x = 1']) {
      expect(readsAlikeAsMarkdown(text), text).toBe(false);
    }
    for (const text of ['Absatz\n\n    Code', '> Zitat\n>     Code', '- Punkt\n\n      Code', 'Wort\tWort', '![Bild](bild.png)', 'Siehe ![x][ref]']) {
      expect(readsAlikeAsMarkdown(text), text).toBe(false);
    }
    // Each of these the two parsers do read apart.
    expect(markdownTree('Absatz\n\n    Code')).not.toEqual(mdxTree('Absatz\n\n    Code'));
    expect(markdownTree('> Zitat\n>\n>     Code')).not.toEqual(mdxTree('> Zitat\n>\n>     Code'));
  });

  it('takes everyday Markdown: headings, lists, nested lists, quotes, tables, code, footnotes, words like "Export"', () => {
    const text = [
      '## Worum es geht', '', 'Der Export der Daten – „sauber“ -- und *pünktlich*.', '', '- Punkt', '  - Unterpunkt', '', '1. Schritt', '',
      '> Zitat', '', '| a | b |', '| --- | --- |', '| 1 | 2 |', '', '```text', 'x = 1', '```', '', 'Text[^1]', '', '[^1]: Fußnote',
    ].join('\n');
    expect(readsAlikeAsMarkdown(text)).toBe(true);
    expect(markdownTree(text)).toEqual(mdxTree(text));
  });

  it('reads the sample playbook alike in both parsers wherever it says "alike", and says it for most of it', () => {
    const bodies = bodiesIn(path.resolve('content'));
    const alike = bodies.filter(({ body: text }) => readsAlikeAsMarkdown(text));
    for (const { file, body: text } of alike) expect(markdownTree(text), file).toEqual(mdxTree(text));
    expect(alike.length).toBeGreaterThan(bodies.length / 2);
  });
});
