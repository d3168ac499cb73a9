import { mermaidText } from './escape.ts';

/** A mermaid source with the plain texts a page needs around it (caption, alternative text). */
export interface DiagramSource {
  /** Mermaid source, every user text encoded (see escape.ts); ends with a line break. */
  source: string;
  /** Plain title, not encoded. */
  title: string;
  /** Plain one-paragraph description for screen readers and figure captions, not encoded. */
  description: string;
}

/** Indentation of statements below the diagram keyword. */
export const INDENT = '  ';

/**
 * `title`, `accTitle` and `accDescr` lines (gantt and timeline know all three; flowcharts only
 * the accessibility ones). Empty texts are left out: `title ` without text is a parse error.
 */
export function headerLines(title: string, description: string, options: { titleLine: boolean }): string[] {
  const lines: string[] = [];
  const encodedTitle = mermaidText(title);
  const encodedDescription = mermaidText(description);
  if (options.titleLine && encodedTitle) lines.push(`title ${encodedTitle}`);
  if (encodedTitle) lines.push(`accTitle: ${encodedTitle}`);
  if (encodedDescription) lines.push(`accDescr: ${encodedDescription}`);
  return lines;
}

/** Joins a diagram keyword line and its indented statements into a source. */
export function diagramText(keyword: string, statements: readonly string[]): string {
  return [keyword, ...statements.map((line) => INDENT + line)].join('\n') + '\n';
}
