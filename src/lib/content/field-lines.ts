import { LineCounter, parseDocument, type Document } from 'yaml';
import { blockYamlLines, type LineLocator } from './block-yaml-lines.ts';
import type { FieldPath } from './finding.ts';

/** The `yaml` library's document model, which knows the line of every field and words syntax errors well. */
export function locatedDocument(yamlText: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, stringKeys: true }), lineCounter };
}

/** The 1-based line in `doc` of the deepest node on `path` that exists. */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * The line of each field as the full parser sees it, the document built on the first question.
 * `linesBefore` is how many lines of the file precede `yamlText` (1 for front matter after its
 * `---`, 0 for a JSON file).
 */
export function parserFieldLines(yamlText: string, linesBefore: number): LineLocator {
  let located: ReturnType<typeof locatedDocument> | undefined;
  return (path) => {
    located ??= locatedDocument(yamlText);
    const line = lineOfPath(located.doc, located.lineCounter, path);
    return line === undefined ? undefined : line + linesBefore;
  };
}

/**
 * The line of each field for findings: from the indentation where the text is plain block YAML
 * (as good as the parser there, and many times faster: at 400 plans with findings the parser was
 * most of `validate`'s time), from the parser otherwise. Nothing is computed until the first
 * question, and only files with a finding ever ask.
 */
export function fieldLines(yamlText: string, linesBefore: number): LineLocator {
  let fast: LineLocator | undefined;
  let slow: LineLocator | undefined;
  return (path) => {
    fast ??= blockYamlLines(yamlText, linesBefore);
    const line = fast(path);
    if (line !== undefined) return line;
    slow ??= parserFieldLines(yamlText, linesBefore);
    return slow(path);
  };
}
