import { parse, type Node } from 'acorn';
import type { Translation } from '../i18n/translation.ts';
import type { Finding } from './finding.ts';
import { EXPRESSION_MEMORY_MB, EXPRESSION_TIME_LIMIT_MS, expressionFailure, inParentheses, type ExpressionFailure } from './render-expression.ts';

/** An MDX syntax tree node as the MDX parser gives it (only what this check reads). */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

/**
 * What a page may name in an MDX expression: the entry's `frontmatter` (Astro passes it) and the
 * JavaScript globals that make sense in text.
 */
const KNOWN_NAMES = new Set(['frontmatter', 'Math', 'JSON', 'Date', 'Number', 'String', 'Array', 'Object', 'Intl', 'undefined', 'NaN', 'Infinity']);

/**
 * What parses as MDX but fails when the page is rendered: an expression naming something that
 * does not exist (`{scope}` in running text), or that throws, never ends or prints as
 * `[object Object]` when run with the entry's front matter (`frontmatterJson`, asked for only
 * when an expression is run; undefined when the front matter cannot be read, which has its own
 * finding); a component the site does not provide (`<Foo />`); and imports or exports, which
 * content files cannot use. The build must never be the first to notice: each is a finding with
 * its line.
 */
export function mdxRenderFindings(
  tree: MdxNode,
  file: string,
  bodyLine: number,
  t: Translation,
  frontmatterJson: () => string | undefined,
  options: { defer?: PendingExpression[] } = {},
): Finding[] {
  const findings: Finding[] = [];
  const place = (node: MdxNode) => ({ line: (node.position?.start.line ?? 1) + bodyLine - 1, ...(node.position ? { column: node.position.start.column } : {}) });
  const add = (node: MdxNode, code: string, message: string) => findings.push({ severity: 'error', code, file, path: '', ...place(node), message });
  // Read once, and only when an expression has to be run.
  let json: string | undefined | null = null;
  const checkExpression = (node: MdxNode, source: string, asText: boolean) => {
    const problem = expressionProblem(source);
    if (problem === 'empty') return;
    if (problem) {
      add(node, 'mdx-expression', problem.waits ? t.findings.mdxExpressionRun.waits(firstLine(source)) : t.findings.mdxExpression(firstLine(source), problem.name));
      return;
    }
    if (json === null) json = frontmatterJson();
    if (json === undefined) return;
    const pending = { source, asText, frontmatterJson: json, ...place(node) };
    if (options.defer) {
      options.defer.push(pending);
      return;
    }
    const failure = expressionFailure(source, json, { asText });
    if (failure) findings.push(expressionRunFinding(file, pending, failure, t));
  };
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') add(node, 'mdx-import', t.findings.mdxImport(firstLine(String(node.value))));
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
      checkExpression(node, node.value, true);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && !/^[a-z][a-z0-9-]*$/.test(node.name)) {
      add(node, 'mdx-component', t.findings.mdxComponent(node.name));
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') add(node, 'mdx-expression', t.findings.mdxExpression(firstLine(String(attribute.value)), undefined));
      const value = attribute.value as { type?: string; value?: string } | undefined;
      if (value?.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string') checkExpression(node, value.value, false);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

/**
 * An expression that passed the static check and is still to be run, where it stands in its
 * file: for a caller that runs the expressions of many files together (expression-check.ts).
 */
export interface PendingExpression {
  source: string;
  asText: boolean;
  frontmatterJson: string;
  line: number;
  column?: number;
}

/** The finding for an expression that failed when run. */
export function expressionRunFinding(file: string, expression: PendingExpression, failure: ExpressionFailure, t: Translation): Finding {
  const { line, column } = expression;
  return { severity: 'error', code: 'mdx-expression', file, path: '', line, ...(column === undefined ? {} : { column }), message: failureMessage(failure, firstLine(expression.source), t) };
}

/**
 * Why an expression fails at render time, seen without running it: a name it uses that is not
 * defined (`name`), that it is no expression at all (`name` undefined), or that it waits for
 * something (`waits`). Empty expressions and comments (`{/* … *\/}`) render as nothing
 * (`'empty'`); undefined means it has to be run to tell.
 */
function expressionProblem(source: string): { name?: string; waits?: true } | 'empty' | undefined {
  if (source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim() === '') return 'empty';
  let expression: Node;
  try {
    expression = wholeExpression(source);
  } catch {
    return {};
  }
  const unknown = freeNames(expression).find((name) => !KNOWN_NAMES.has(name));
  if (unknown !== undefined) return { name: unknown };
  return waitsForSomething(expression) ? { waits: true } : undefined;
}

/**
 * The expression as it runs: the source in parentheses, as the page's code and the check's realm
 * wrap it, read as a program of exactly one expression statement. Reading only the first
 * expression in the source let `{1) + (X}` through with X unchecked: MDX accepts it, since
 * `(1) + (X)` is one expression, and X ran unseen.
 */
function wholeExpression(source: string): Node {
  const [statement, ...more] = parse(inParentheses(source), { ecmaVersion: 'latest' }).body;
  if (statement?.type !== 'ExpressionStatement' || more.length > 0) throw new SyntaxError('not one expression');
  return statement.expression;
}

/**
 * Whether an expression uses an `async` function or `import()` (`await` parses only inside an
 * async function; elsewhere it is a name, which has its own finding). Either makes a promise,
 * which a page cannot print, and running it to find out could leave a rejected promise behind
 * that ends the whole process.
 */
function waitsForSomething(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const current = node as Record<string, unknown>;
  if (current.async === true || current.type === 'ImportExpression') return true;
  // Lists of nodes are objects too: their values are the nodes.
  return Object.values(current).some(waitsForSomething);
}

/** The message for an expression that fails when run. */
function failureMessage(failure: ExpressionFailure, found: string, t: Translation): string {
  const words = t.findings.mdxExpressionRun;
  if (failure.kind === 'throws') return words.throws(found, failure.error);
  if (failure.kind === 'slow') return words.slow(found, EXPRESSION_TIME_LIMIT_MS);
  if (failure.kind === 'memory') return words.memory(found, EXPRESSION_MEMORY_MB);
  if (failure.kind === 'builtIn') return words.builtIn(found, failure.name);
  if (failure.kind === 'function') return words.function(found);
  return words.object(found, failure.printed);
}

/**
 * The names an expression reads from its surroundings: identifiers in reference positions, less
 * the names declared inside it (parameters, variables, functions, caught errors), wherever they
 * are declared: enough for expressions in text, no full scope analysis.
 */
function freeNames(root: Node): string[] {
  const used: string[] = [];
  const declared = new Set<string>();
  const walk = (node: unknown, parent?: Record<string, unknown>, key?: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, parent, key);
      return;
    }
    const current = node as Record<string, unknown> & { type?: string; name?: string };
    // In an expression of the page `this` is undefined: it names nothing, like an unknown name.
    if (current.type === 'ThisExpression') {
      used.push('this');
      return;
    }
    if (current.type === 'Identifier' && typeof current.name === 'string') {
      const isPropertyName = (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent?.type === 'Property' && key === 'key' && !parent.computed);
      if (!isPropertyName) used.push(current.name);
      return;
    }
    for (const name of namesDeclaredBy(current)) declared.add(name);
    for (const [childKey, child] of Object.entries(current)) if (childKey !== 'type' && childKey !== 'start' && childKey !== 'end') walk(child, current, childKey);
  };
  walk(root);
  return used.filter((name) => !declared.has(name));
}

type PatternNode = { type?: string; name?: string; [key: string]: unknown };

/** The names a node declares: a function's name and parameters, a variable, a caught error. */
function namesDeclaredBy(node: PatternNode): string[] {
  switch (node.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
      return [...((node.params as PatternNode[] | undefined) ?? []).flatMap(patternNames), ...(node.id ? patternNames(node.id as PatternNode) : [])];
    case 'VariableDeclarator':
      return patternNames(node.id as PatternNode);
    case 'CatchClause':
      return node.param ? patternNames(node.param as PatternNode) : [];
    default:
      return [];
  }
}

/** The names a binding pattern binds: `a`, `{ a, b: [c] }`, `d = 1`, `...e`. */
function patternNames(pattern: PatternNode): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return pattern.name ? [pattern.name] : [];
    case 'ObjectPattern':
      return (pattern.properties as PatternNode[]).flatMap((property) => patternNames((property.type === 'RestElement' ? property.argument : property.value) as PatternNode));
    case 'ArrayPattern':
      return (pattern.elements as (PatternNode | null)[]).flatMap((element) => (element ? patternNames(element) : []));
    case 'AssignmentPattern':
      return patternNames(pattern.left as PatternNode);
    case 'RestElement':
      return patternNames(pattern.argument as PatternNode);
    default:
      return [];
  }
}

/** The first line of a parser's message, without the code frame that follows it. */
export const firstLine = (text: string) => text.split('\n')[0].trim();
