import { parseExpressionAt, type Node } from 'acorn';
import type { Translation } from '../i18n/translation.ts';
import type { Finding } from './finding.ts';

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
 * does not exist (`{scope}` in running text), a component the site does not provide (`<Foo />`),
 * and imports or exports, which content files cannot use. The build must never be the first to
 * notice: each is a finding with its line.
 */
export function mdxRenderFindings(tree: MdxNode, file: string, bodyLine: number, t: Translation): Finding[] {
  const findings: Finding[] = [];
  const add = (node: MdxNode, code: string, message: string) =>
    findings.push({
      severity: 'error',
      code,
      file,
      path: '',
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      ...(node.position ? { column: node.position.start.column } : {}),
      message,
    });
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') add(node, 'mdx-import', t.findings.mdxImport(firstLine(String(node.value))));
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
      const problem = expressionProblem(node.value);
      if (problem) add(node, 'mdx-expression', t.findings.mdxExpression(firstLine(node.value), problem.name));
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && !/^[a-z][a-z0-9-]*$/.test(node.name)) {
      add(node, 'mdx-component', t.findings.mdxComponent(node.name));
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') add(node, 'mdx-expression', t.findings.mdxExpression(firstLine(String(attribute.value)), undefined));
      const value = attribute.value as { type?: string; value?: string } | undefined;
      if (value?.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string') {
        const problem = expressionProblem(value.value);
        if (problem) add(node, 'mdx-expression', t.findings.mdxExpression(firstLine(value.value), problem.name));
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

/**
 * Why an expression fails at render time: a name it uses that is not defined (`name`), or that it
 * is no expression at all (`name` undefined). Empty expressions and comments (`{/* … *\/}`) render
 * as nothing and are fine.
 */
function expressionProblem(source: string): { name?: string } | undefined {
  if (source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim() === '') return undefined;
  let expression: Node;
  try {
    expression = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
  } catch {
    return {};
  }
  const unknown = freeNames(expression).find((name) => !KNOWN_NAMES.has(name));
  return unknown === undefined ? undefined : { name: unknown };
}

/**
 * The names an expression reads from its surroundings: identifiers in reference positions, less
 * the parameters of functions inside it (enough for expressions in text; no full scope analysis).
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
    if (current.type === 'Identifier' && typeof current.name === 'string') {
      const isPropertyName = (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent?.type === 'Property' && key === 'key' && !parent.computed);
      if (!isPropertyName) used.push(current.name);
      return;
    }
    if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression') {
      for (const param of (current.params as { type: string; name?: string }[]) ?? []) if (param.type === 'Identifier' && param.name) declared.add(param.name);
    }
    for (const [childKey, child] of Object.entries(current)) if (childKey !== 'type' && childKey !== 'start' && childKey !== 'end') walk(child, current, childKey);
  };
  walk(root);
  return used.filter((name) => !declared.has(name));
}

/** The first line of a parser's message, without the code frame that follows it. */
export const firstLine = (text: string) => text.split('\n')[0].trim();
