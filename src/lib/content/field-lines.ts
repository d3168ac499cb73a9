import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { blockYamlLines, type LineLocator } from './block-yaml-lines.ts';
import type { FieldPath } from './finding.ts';

/**
 * The `yaml` library, loaded on the first question that needs it: its 70 modules are a tenth of
 * a warm `validate`, where every line comes from the entry pack and the library is never asked.
 */
let library: typeof import('yaml') | undefined;
const yamlLibrary = () => (library ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** The `yaml` library's document model, which knows the line of every field and words syntax errors well. */
export function locatedDocument(yamlText: string): { doc: Document; lineCounter: LineCounter } {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  return { doc: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, stringKeys: true }), lineCounter };
}

type Ranged = { range?: [number, number, number] | null };

/**
 * The 1-based line in `doc` of the deepest field on `path` that exists: the line of its key for
 * a field of a mapping (a block list or mapping as its value starts on the next line), else the
 * line where the list item starts.
 */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as Ranged | undefined;
    if (!node || typeof node !== 'object' || !node.range) continue;
    const key = length > 0 ? keyNodeOf(doc.getIn(path.slice(0, length - 1), true), path[length - 1]) : undefined;
    return lineCounter.linePos((key?.range ?? node.range)[0]).line;
  }
  return undefined;
}

/** The key node of `name` in a mapping node; undefined for a list or a missing key. */
function keyNodeOf(parent: unknown, name: string | number): Ranged | undefined {
  const { isMap, isScalar } = yamlLibrary();
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
  return pair?.key as Ranged | undefined;
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
