import { fieldLines } from './field-lines.ts';
import type { FieldPath } from './finding.ts';

/**
 * How an entry file is laid out: front matter between `---` lines, then the body. Kept apart
 * from the parsers (parse-entry.ts), which are loaded only when a file has to be parsed: a run
 * whose files all come from the entry pack needs the layout, never the parsers.
 */

/** An MDX file split into its YAML front matter (parsed) and its body. */
export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Finds the line of a field path in the front matter, for findings. */
  lineOf(path: FieldPath): number | undefined;
}

export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(\r?\n|$)/m;

export const withoutBom = (source: string) => (source.startsWith('\uFEFF') ? source.slice(1) : source);

/** The front matter at the very top of a file's text (after any BOM), else undefined. */
function leadingFrontMatter(text: string): RegExpExecArray | undefined {
  // The pattern is anchored per line: without the test it would also take a `---` pair further down.
  const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  return match && match.index === 0 ? match : undefined;
}

export function frontMatterParts(match: RegExpExecArray, text: string): { yamlText: string; body: string; bodyLine: number } {
  return { yamlText: match[1], body: text.slice(match[0].length), bodyLine: countLines(match[0]) + 1 };
}

/**
 * An entry file's parts: its front matter as written (delimiters included), the YAML in it, the
 * body and the body's first line; undefined without a front matter at the top (after any BOM).
 */
export function entryParts(source: string): { frontMatter: string; yamlText: string; body: string; bodyLine: number } | undefined {
  const text = withoutBom(source);
  const match = leadingFrontMatter(text);
  return match && { frontMatter: match[0], ...frontMatterParts(match, text) };
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/**
 * The body and field lines of a file whose data is known (it parsed before, with this very text):
 * what `parseEntryFile` or `parseJsonFile` would give besides the data, without parsing.
 */
export function knownFileParts(format: 'mdx' | 'json', source: string): Pick<ParsedFile, 'body' | 'lineOf'> {
  const text = withoutBom(source);
  if (format === 'json') return { body: '', lineOf: fieldLines(text, 0) };
  const parts = entryParts(source);
  if (!parts) throw new Error('knownFileParts: a file without front matter never parsed');
  const { yamlText, body } = parts;
  return { body, lineOf: fieldLines(yamlText, 1) };
}
