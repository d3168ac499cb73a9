import type { FieldPath } from './finding.ts';

/**
 * Where each field of a front matter starts, read from its indentation alone: the fast way to
 * name a finding's line. It knows the block style authors write — maps of plain keys, `-`
 * sequences (also with `- key: value` items), one-line scalars, block scalars (`|`, `>`), plain
 * scalars continued on more-indented lines, one-line flow collections — and answers `undefined`
 * ("not sure") for everything else (anchors, tags, quoted keys, multi-line flow or quoted values,
 * tabs, values on the line after their key), so that the caller asks the full YAML parser.
 * Its answers equal the parser's (`lineOfPath` in parse-entry.ts); a property test holds it to that.
 */
export type LineLocator = (path: FieldPath) => number | undefined;

type Node =
  | { kind: 'map'; line: number; entries: Map<string, { node: Node; keyLine: number }> }
  | { kind: 'seq'; line: number; items: Node[] }
  | { kind: 'leaf'; line: number }
  | { kind: 'unsure' };

const UNSURE: Node = { kind: 'unsure' };

interface Line {
  /** 1-based line number in the text. */
  number: number;
  indent: number;
  text: string;
}

const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_.-]*)[ ]*:(?: +|$)/;
/** Keys YAML reads as something other than a string. */
const NOT_A_STRING = /^(true|false|null|True|False|Null|TRUE|FALSE|NULL)$/;
const SEQ_ITEM = /^-(?: +|$)/;

/** The lines that carry content: no blank or comment-only lines. Undefined when tabs indent a line. */
function contentLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  // One pass with indexOf and plain loops: this runs over every front matter with a finding,
  // mostly before V8 has compiled it, so each operation per line counts.
  for (let start = 0, number = 1; start <= text.length; number++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let indent = start;
    while (text.charCodeAt(indent) === SPACE) indent++;
    if (text.charCodeAt(indent) === TAB) return undefined;
    if (indent < end && text.charCodeAt(indent) !== HASH) {
      const body = text.slice(indent, end).trimEnd();
      if (body !== '') lines.push({ number, indent: indent - start, text: body });
    }
    start = end + 1;
  }
  return lines;
}

const SPACE = 32;
const TAB = 9;
const HASH = 35;

/** A parse over the content lines; `next` is the index of the first line not yet consumed. */
class BlockParser {
  next = 0;
  private readonly lines: Line[];
  constructor(lines: Line[]) {
    this.lines = lines;
  }

  /** The block (map or sequence) whose first line is the next one, at exactly `indent`. */
  block(indent: number): Node {
    const first = this.lines[this.next];
    if (!first || first.indent !== indent) return UNSURE;
    if (SEQ_ITEM.test(first.text)) return this.sequence(indent);
    if (PLAIN_KEY.test(first.text)) return this.map(indent, first.text, first.number);
    return UNSURE;
  }

  /**
   * A map whose keys stand at column `indent`. Its first entry is `firstText` on `firstLine`
   * (for a `- key: value` item, the text after the dash on the dash's line).
   */
  private map(indent: number, firstText: string, firstLine: number): Node {
    const entries = new Map<string, { node: Node; keyLine: number }>();
    let text = firstText;
    let lineNumber = firstLine;
    for (;;) {
      const match = PLAIN_KEY.exec(text);
      if (!match || entries.has(match[1]) || NOT_A_STRING.test(match[1])) return UNSURE;
      this.next++;
      const value = this.value(indent, text.slice(match[0].length), lineNumber, true);
      if (value.kind === 'unsure') return UNSURE;
      entries.set(match[1], { node: value, keyLine: lineNumber });
      const following = this.lines[this.next];
      if (!following || following.indent < indent) break;
      if (following.indent > indent) return UNSURE;
      text = following.text;
      lineNumber = following.number;
    }
    return { kind: 'map', line: firstLine, entries };
  }

  /** A sequence whose dashes stand at column `indent`. */
  private sequence(indent: number): Node {
    const items: Node[] = [];
    const line = this.lines[this.next].number;
    for (;;) {
      const current = this.lines[this.next];
      const dash = SEQ_ITEM.exec(current.text);
      if (!dash) return UNSURE;
      const rest = current.text.slice(dash[0].length);
      let item: Node;
      if (rest !== '' && PLAIN_KEY.test(rest)) item = this.map(indent + dash[0].length, rest, current.number);
      else {
        this.next++;
        item = this.value(indent, rest, current.number, false);
      }
      if (item.kind === 'unsure') return UNSURE;
      items.push(item);
      const following = this.lines[this.next];
      if (!following || following.indent < indent) break;
      if (following.indent > indent) return UNSURE;
    }
    return { kind: 'seq', line, items };
  }

  /**
   * The value after a key or a dash at column `indent`, whose text on its own line is `rest`.
   * The line itself is consumed; lines that belong to the value are consumed here.
   */
  private value(indent: number, rest: string, lineNumber: number, afterKey: boolean): Node {
    const inline = rest.includes('#') ? rest.replace(/(^|\s+)#.*$/, '') : rest;
    if (inline === '') {
      const following = this.lines[this.next];
      if (!following) return UNSURE;
      // `key:` followed by a more-indented block, or by a sequence at the key's own column.
      if (following.indent > indent) return this.block(following.indent);
      if (afterKey && following.indent === indent && SEQ_ITEM.test(following.text)) return this.block(indent);
      return UNSURE;
    }
    const first = inline[0];
    if ('&*!%@`?'.includes(first) || (first === '-' && SEQ_ITEM.test(inline))) return UNSURE;
    if (first === '|' || first === '>') {
      this.skipMoreIndented(indent);
      return { kind: 'leaf', line: lineNumber };
    }
    if (first === '[' || first === '{') return closesOnItsLine(inline) ? { kind: 'leaf', line: lineNumber } : UNSURE;
    if (first === '"' || first === "'") return closesQuote(inline) ? { kind: 'leaf', line: lineNumber } : UNSURE;
    if (!afterKey && PLAIN_KEY.test(inline)) return UNSURE;
    // A plain scalar, perhaps continued on more-indented lines.
    this.skipMoreIndented(indent);
    return { kind: 'leaf', line: lineNumber };
  }

  private skipMoreIndented(indent: number) {
    while (this.next < this.lines.length && this.lines[this.next].indent > indent) this.next++;
  }
}

/** A flow collection that ends on the line it starts on (no bracket inside quotes). */
function closesOnItsLine(text: string): boolean {
  if (/["']/.test(text)) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) return /^\s*(#.*)?$/.test(text.slice(i + 1));
    }
  }
  return false;
}

/** A quoted scalar that ends on its line, with nothing but a comment after it. */
function closesQuote(text: string): boolean {
  const quote = text[0];
  const pattern = quote === '"' ? /^"(?:[^"\\]|\\.)*"\s*(#.*)?$/ : /^'(?:[^']|'')*'\s*(#.*)?$/;
  return pattern.test(text);
}

/**
 * A locator for `yamlText`: the 1-based line (plus `linesBefore`) where the deepest existing node
 * on a path starts, or undefined when the text is beyond this reader (ask the parser then).
 */
export function blockYamlLines(yamlText: string, linesBefore: number): LineLocator {
  const lines = contentLines(yamlText);
  let root: Node = UNSURE;
  if (lines && lines.length > 0) {
    const parser = new BlockParser(lines);
    root = parser.block(lines[0].indent);
    if (lines[0].indent !== 0 || parser.next !== lines.length) root = UNSURE;
  }
  return (path) => {
    let node = root;
    // A field of a map is on its key's line (a block value starts on the next line).
    let keyLine: number | undefined;
    for (const part of path) {
      if (node.kind === 'unsure') return undefined;
      const entry = node.kind === 'map' && typeof part === 'string' ? node.entries.get(part) : undefined;
      const child = entry ? entry.node : node.kind === 'seq' && typeof part === 'number' ? node.items[part] : undefined;
      // A path into a one-line flow collection stays on its line, whatever it names there.
      if (node.kind === 'leaf') break;
      // Keys are never numbers and indices never keys here: a path that asks so ends where it is.
      if (child === undefined) break;
      keyLine = entry?.keyLine;
      node = child;
    }
    return node.kind === 'unsure' ? undefined : (keyLine ?? node.line) + linesBefore;
  };
}
