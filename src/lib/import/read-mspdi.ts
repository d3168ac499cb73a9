import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { codePointLabel } from '../code-point.ts';
import { parseIsoDay } from '../dates.ts';

/** An XML element as the parser gives it: text, or child elements by name (lists where the format repeats them). */
export type XmlNode = { [name: string]: XmlNode | XmlNode[] | string | undefined };

/** The elements that MSPDI repeats; always read as lists, even when a file has one of them. */
const REPEATED = new Set([
  'Calendar',
  'WeekDay',
  'Exception',
  'WorkingTime',
  'Task',
  'PredecessorLink',
  'ExtendedAttribute',
  'Baseline',
  'Resource',
  'Assignment',
  'TimePeriod',
]);

export type ReadResult =
  | { ok: true; project: XmlNode }
  | { ok: false; problem: 'not-xml'; line: number; detail: string }
  | { ok: false; problem: 'too-deep'; line: number; depth: number }
  | { ok: false; problem: 'roots'; line: number }
  | { ok: false; problem: 'not-mspdi'; root: string };

/** How deep elements may nest; MSPDI needs six levels, the parser refuses more than this. */
const MAX_DEPTH = 100;

/** The 1-based line of a character offset in `text`. */
const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Markup that holds no elements (comments, CDATA sections, a DOCTYPE with its declarations,
 * processing instructions), else a start or end tag: its `/`, its name without a namespace
 * prefix, and the `/` of an empty-element tag. A `>` inside a quoted attribute value ends no tag.
 */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>|<[!?][^>]*>|<(\/?)(?:[^\s/>:]+:)?([^\s/>:]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** The line of the first start tag at nesting `depth` (1: the root); 1 when there is none. */
function lineAtDepth(text: string, depth: number): number {
  let level = 0;
  for (const tag of text.matchAll(MARKUP)) {
    const [, closing, name, selfClosing] = tag;
    if (name === undefined) continue;
    if (closing === '/') level--;
    else if (selfClosing !== '/' && ++level === depth) return lineOfOffset(text, tag.index);
  }
  return 1;
}

/** An element of the text as written: its name, the line of its start tag and its child elements. */
interface WrittenElement {
  name: string;
  line: number;
  children: WrittenElement[];
}

/** The elements of a well-formed document, under an element that stands for the document itself. */
function writtenElements(text: string): WrittenElement {
  const document: WrittenElement = { name: '', line: 1, children: [] };
  const open = [document];
  let line = 1;
  let counted = 0;
  for (const tag of text.matchAll(MARKUP)) {
    const [, closing, name, selfClosing] = tag;
    if (name === undefined) continue;
    if (closing === '/') {
      if (open.length > 1) open.pop();
      continue;
    }
    // Newlines are counted on from the previous tag: counting from the start each time would
    // take quadratic time on files of thousands of tasks.
    for (; counted < tag.index; counted++) if (text.charCodeAt(counted) === 10) line++;
    const element: WrittenElement = { name, line, children: [] };
    (open.at(-1) as WrittenElement).children.push(element);
    if (selfClosing !== '/') open.push(element);
  }
  return document;
}

/** The lines of the child elements of each node readMspdi gave, by name, in the order written. */
const childLines = new WeakMap<XmlNode, Map<string, number[]>>();

/** Remembers the lines of `node`'s child elements, and of theirs: the parser gives no lines. */
function rememberLines(node: XmlNode, element: WrittenElement): void {
  const byName = new Map<string, WrittenElement[]>();
  // Pushed, not copied per child: a list copied for each of 30,000 tasks takes 12 s.
  for (const child of element.children) {
    const named = byName.get(child.name);
    if (named === undefined) byName.set(child.name, [child]);
    else named.push(child);
  }
  childLines.set(node, new Map(Array.from(byName, ([name, children]) => [name, children.map((child) => child.line)])));
  for (const [name, children] of byName) {
    // The parser lists repeated elements in the order written, as the text does.
    const value = Object.hasOwn(node, name) ? node[name] : undefined;
    const values = Array.isArray(value) ? value : [value];
    children.forEach((child, index) => {
      const parsed = values[index];
      if (parsed !== undefined && typeof parsed !== 'string') rememberLines(parsed, child);
    });
  }
}

/**
 * The line of the `index`th child element `name` of a node readMspdi gave (its first by
 * default); 1 where none is known.
 */
export function lineOf(node: XmlNode | undefined, name: string, index = 0): number {
  return (node === undefined ? undefined : childLines.get(node)?.get(name)?.[index]) ?? 1;
}

/**
 * A character XML 1.0 does not allow anywhere in a document (its `Char` production): the
 * parser's validator lets control characters through, and one would reach the plan's titles.
 */
const NOT_AN_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The entities XML defines itself. */
const PREDEFINED_ENTITIES = ['amp', 'lt', 'gt', 'quot', 'apos'];
/** An entity a DOCTYPE declares with a plain value, one without references: the parser expands those. */
const PLAIN_ENTITY = /<!ENTITY\s+([A-Za-z_:][\w.:-]*)\s+(?:"[^"&%]*"|'[^'&%]*')\s*>/g;
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/g;
/** Comments and CDATA sections, where `&` is plain text. */
const LITERAL_TEXT = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * The first reference that would not become the text it stands for: an entity the parser does
 * not expand (one declared with references in its value, as in "billion laughs", an external
 * one, an HTML name such as `&nbsp;`, or one never declared; the parser would keep `&name;` as
 * it is), or a character reference to a character XML does not allow.
 */
function unreadableReference(text: string): { offset: number; detail: string } | undefined {
  const scanned = text.replace(LITERAL_TEXT, (literal) => literal.replace(/[^\n]/g, ' '));
  const expanded = new Set([...PREDEFINED_ENTITIES, ...Array.from(scanned.matchAll(PLAIN_ENTITY), (declaration) => declaration[1])]);
  for (const { 1: name, index } of scanned.matchAll(REFERENCE)) {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      if (codePoint > 0x10ffff || NOT_AN_XML_CHARACTER.test(String.fromCodePoint(codePoint))) {
        return { offset: index, detail: `&${name}; refers to no character XML allows` };
      }
    } else if (!expanded.has(name)) {
      return { offset: index, detail: `&${name}; is an entity the reader does not expand (write the text itself)` };
    }
  }
  return undefined;
}

/** Parses the text of an MSPDI file: well-formed XML whose root is `Project` (any namespace prefix). */
export function readMspdi(text: string): ReadResult {
  const stray = NOT_AN_XML_CHARACTER.exec(text);
  if (stray)
    return { ok: false, problem: 'not-xml', line: lineOfOffset(text, stray.index), detail: `${codePointLabel(stray[0])} is not a character XML allows` };
  const reference = unreadableReference(text);
  if (reference) return { ok: false, problem: 'not-xml', line: lineOfOffset(text, reference.offset), detail: reference.detail };
  const valid = XMLValidator.validate(text);
  // The validator sees a second root only after one with content, and words it oddly: the
  // elements as written tell the line of the second root either way.
  const twoRoots = valid !== true && valid.err.msg.startsWith('Multiple possible root nodes');
  if (valid !== true && !twoRoots) return { ok: false, problem: 'not-xml', line: valid.err.line, detail: valid.err.msg };
  const written = writtenElements(text);
  const secondRoot = written.children.at(1)?.line ?? (valid === true ? undefined : valid.err.line);
  if (secondRoot !== undefined) return { ok: false, problem: 'roots', line: secondRoot };
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Character references (`&#246;`) in one pass with `&amp;`; any other name is refused above.
    htmlEntities: true,
    isArray: (name) => REPEATED.has(name),
    // The parser counts its document node as open too: it refuses an element with more than
    // maxNestedTags elements open above it, so MAX_DEPTH - 1 refuses level MAX_DEPTH + 1.
    maxNestedTags: MAX_DEPTH - 1,
  });
  let document: XmlNode;
  try {
    document = parser.parse(text) as XmlNode;
  } catch (error) {
    // Well-formed but beyond what the parser reads: elements nested more than MAX_DEPTH deep, or
    // entities it refuses to expand (external ones, or too large), which the DOCTYPE declares.
    const message = (error as Error).message;
    if (/nested/i.test(message)) return { ok: false, problem: 'too-deep', line: lineAtDepth(text, MAX_DEPTH + 1), depth: MAX_DEPTH };
    const doctype = text.indexOf('<!DOCTYPE');
    return { ok: false, problem: 'not-xml', line: doctype < 0 ? 1 : lineOfOffset(text, doctype), detail: message };
  }
  const roots = Object.keys(document);
  const project = document.Project;
  if (roots.length !== 1 || project === undefined || typeof project === 'string' || Array.isArray(project)) {
    return { ok: false, problem: 'not-mspdi', root: roots.join(', ') || '(none)' };
  }
  rememberLines(project, written.children[0]);
  return { ok: true, project };
}

/** The text of a child element, undefined when absent or empty. */
export function textOf(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[name];
  if (typeof value === 'string') return value === '' ? undefined : value;
  return undefined;
}

/**
 * The lexical forms of xsd:decimal and xsd:integer, the numbers MSPDI writes: JavaScript's
 * Number() also takes `0x10`, `1e3`, `Infinity` and white space XML does not count as such (a
 * no-break space), and each would pass as a value MS Project never wrote. The parser has
 * trimmed XML's own white space, which the schema allows around a number.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;

/** The number in a child element, written as xsd:decimal (or, `integer`, as xsd:integer) writes it. */
export function numberOf(node: XmlNode | undefined, name: string, integer = false): number | undefined {
  const text = textOf(node, name);
  return text !== undefined && (integer ? INTEGER : DECIMAL).test(text) ? Number(text) : undefined;
}

/** The child elements of one name, as a list (empty when there are none). */
export function listOf(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (Array.isArray(value)) return value;
  if (value !== undefined && typeof value !== 'string') return [value];
  return [];
}

export function childOf(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return listOf(node, name)[0];
}

/** The calendar day of an MSPDI date-time such as `2027-03-01T08:00:00`. */
export function dayOf(node: XmlNode | undefined, name: string): string | undefined {
  const text = textOf(node, name);
  const match = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})(T|$)/.exec(text);
  return match && parseIsoDay(match[1]) !== undefined ? match[1] : undefined;
}
