/**
 * What parses as MDX but fails when the page is rendered, checked on syntax trees written by
 * hand: the finding for each kind of node, with the line in the whole file and the column.
 */
import { describe, expect, test } from 'vitest';
import { expressionRunFinding, firstLine, mdxRenderFindings, type MdxNode, type PendingExpression } from '../../../src/lib/content/mdx-render-check.ts';
import { translation } from '../../../src/lib/i18n/index.ts';

const en = translation('en');
const at = (line: number, column: number) => ({ start: { line, column } });
const root = (...children: MdxNode[]): MdxNode => ({ type: 'root', children });
const expression = (value: unknown, type = 'mdxTextExpression'): MdxNode => ({ type, value, position: at(2, 5) });
/** Findings of a body whose first line is line 10 of the file, with a front matter of one title. */
const findingsOf = (tree: MdxNode, frontmatterJson: () => string | undefined = () => '{"title":"Rolle"}') =>
  mdxRenderFindings(tree, 'roles/x.mdx', 10, en, frontmatterJson);
const messagesOf = (tree: MdxNode) => findingsOf(tree).map((finding) => finding.message);

describe('mdxRenderFindings', () => {
  test('an expression naming nothing known: the finding with the line in the file and the column', () => {
    expect(findingsOf(root({ type: 'paragraph', children: [expression('scope')] }))).toEqual([
      {
        severity: 'error',
        code: 'mdx-expression',
        file: 'roles/x.mdx',
        path: '',
        line: 11,
        column: 5,
        message: 'text, or a literal `\\{` (found `{scope}`; `scope` does not exist when the page is rendered)',
      },
    ]);
  });

  test('a node without a position is placed on the body line, without a column', () => {
    expect(findingsOf(root({ type: 'mdxFlowExpression', value: 'scope' }))).toEqual([
      {
        severity: 'error',
        code: 'mdx-expression',
        file: 'roles/x.mdx',
        path: '',
        line: 10,
        message: 'text, or a literal `\\{` (found `{scope}`; `scope` does not exist when the page is rendered)',
      },
    ]);
  });

  test('an import or export: its first line quoted', () => {
    const found = findingsOf(root({ type: 'mdxjsEsm', value: 'import X from "./x.js"\nexport const y = 1', position: at(1, 1) }));
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'mdx-import',
        file: 'roles/x.mdx',
        path: '',
        line: 10,
        column: 1,
        message: 'no `import` or `export` in the text: content is Markdown, the site provides the rest (found `import X from "./x.js"`)',
      },
    ]);
  });

  test('a component the site does not provide; HTML elements, custom elements and fragments are fine', () => {
    const element = (name: string | null, type = 'mdxJsxFlowElement'): MdxNode => ({ type, name, position: at(3, 1) });
    const found = findingsOf(
      root(element('Callout'), element('Tip', 'mdxJsxTextElement'), element('a.b'), element('1a'), element('div'), element('my-el'), element('h2'), element(null)),
    );
    expect(found.map((finding) => [finding.code, finding.line, finding.message])).toEqual([
      ['mdx-component', 12, 'an HTML element or Markdown (found the component `<Callout>`, which the site does not provide; write a literal `<` as `&lt;`)'],
      ['mdx-component', 12, 'an HTML element or Markdown (found the component `<Tip>`, which the site does not provide; write a literal `<` as `&lt;`)'],
      ['mdx-component', 12, 'an HTML element or Markdown (found the component `<a.b>`, which the site does not provide; write a literal `<` as `&lt;`)'],
      ['mdx-component', 12, 'an HTML element or Markdown (found the component `<1a>`, which the site does not provide; write a literal `<` as `&lt;`)'],
    ]);
    // Only JSX elements are components: a Markdown node with a name is not.
    expect(findingsOf(root({ type: 'definition', name: 'Callout' }))).toEqual([]);
  });

  test('attributes: a spread is no expression a page can render, an attribute expression is checked like any', () => {
    const div = (attributes: MdxNode['attributes']): MdxNode => ({ type: 'mdxJsxFlowElement', name: 'div', attributes, position: at(4, 3) });
    expect(messagesOf(root(div([{ type: 'mdxJsxExpressionAttribute', value: '...props' }])))).toEqual([
      'text, or a literal `\\{` (found `{...props}`, which is no valid expression)',
    ]);
    expect(messagesOf(root(div([{ type: 'mdxJsxAttribute', value: { type: 'mdxJsxAttributeValueExpression', value: 'tip' } }])))).toEqual([
      'text, or a literal `\\{` (found `{tip}`; `tip` does not exist when the page is rendered)',
    ]);
    expect(findingsOf(root(div([{ type: 'mdxJsxAttribute', value: { type: 'mdxJsxAttributeValueExpression', value: 'frontmatter.title' } }])))).toEqual([]);
    expect(findingsOf(root(div([{ type: 'mdxJsxAttribute', value: 'tip' }])))).toEqual([]);
    expect(findingsOf(root(div([{ type: 'mdxJsxAttribute', value: { type: 'other', value: 'tip' } }])))).toEqual([]);
  });

  test('an expression that is no expression at all', () => {
    expect(messagesOf(root(expression('1 +')))).toEqual(['text, or a literal `\\{` (found `{1 +}`, which is no valid expression)']);
  });

  test('only expression nodes with a text are checked', () => {
    expect(findingsOf(root(expression(42), { type: 'text', value: 'scope' }, { type: 'code', value: '{scope}' }))).toEqual([]);
  });

  test('empty expressions and comments render as nothing', () => {
    for (const value of ['', '   ', '/* note */', '/* a */ /* b */', '// note\n', '/* a\nb */\n// c']) {
      expect(findingsOf(root(expression(value))), JSON.stringify(value)).toEqual([]);
    }
    expect(messagesOf(root(expression('/* a */ later')))).toEqual(['text, or a literal `\\{` (found `{/* a */ later}`; `later` does not exist when the page is rendered)']);
  });

  test('the front matter and the globals of text may be named', () => {
    const known = 'frontmatter.a + Math.max(1) + JSON.stringify(1) + Date.now() + Number(1) + String(1) + Array.of(1) + Object.keys({}) + Intl.DateTimeFormat + undefined + NaN + Infinity';
    expect(findingsOf(root(expression(known)))).toEqual([]);
  });

  test('which names an expression reads: property names do not count, computed ones and values do', () => {
    // Only the findings about names: an object literal in text has a finding of its own.
    const unknownOf = (value: string) => messagesOf(root(expression(value))).flatMap((message) => /; `(\w+)` does not exist/.exec(message)?.[1] ?? []);
    expect(unknownOf('frontmatter.scope')).toEqual([]);
    expect(unknownOf('Math[key]')).toEqual(['key']);
    expect(unknownOf('({ title: 1 })')).toEqual([]);
    expect(unknownOf('({ [key]: 1 })')).toEqual(['key']);
    expect(unknownOf('({ title: value })')).toEqual(['value']);
    expect(unknownOf('[1].map((n) => n * 2)')).toEqual([]);
    expect(unknownOf('[1].map(function (n) { return n * other })')).toEqual(['other']);
    // Destructured parameters are known inside too; a name beside them is not.
    expect(unknownOf('[1].map(({ a }) => a)')).toEqual([]);
    expect(unknownOf('[1].map(({ a }) => a + b)')).toEqual(['b']);
    // The first unknown name is the one named.
    expect(unknownOf('first + second')).toEqual(['first']);
    // `this` is undefined in the page: it names nothing.
    expect(unknownOf('this.Promise')).toEqual(['this']);
    expect(unknownOf('this')).toEqual(['this']);
  });

  test('an expression that names only known things is run with the front matter: what throws, never ends or prints as an object', () => {
    expect(findingsOf(root(expression('frontmatter.title.toUpperCase()')))).toEqual([]);
    // Placed like every finding of this check (the first test): only the message differs.
    expect(findingsOf(root(expression('frontmatter.nope.x')))).toEqual([
      expect.objectContaining({
        code: 'mdx-expression',
        line: 11,
        message: "an expression the page build can compute (found `{frontmatter.nope.x}`, which fails with TypeError: Cannot read properties of undefined (reading 'x'))",
      }),
    ]);
    expect(messagesOf(root(expression('frontmatter')))).toEqual([
      'text or a number, such as `{frontmatter.title}` (found `{frontmatter}`, which the page would show as “[object Object]”)',
    ]);
    expect(messagesOf(root(expression('(() => { for (;;) {} })()')))).toEqual([
      'an expression that finishes within 1000 ms (found `{(() => { for (;;) {} })()}`, still running after 1000 ms; the page would never be built)',
    ]);
    expect(messagesOf(root(expression('Math.max')))).toEqual([
      'text or a number, such as `{frontmatter.title}` (found `{Math.max}`, a function, whose source code the page would show)',
    ]);
  });

  test('an attribute is run too, but its value may be an object (`style={{…}}`)', () => {
    const div = (value: string): MdxNode => ({ type: 'mdxJsxFlowElement', name: 'div', attributes: [{ type: 'mdxJsxAttribute', value: { type: 'mdxJsxAttributeValueExpression', value } }] });
    expect(findingsOf(root(div('({ color: frontmatter.title })')))).toEqual([]);
    expect(messagesOf(root(div('frontmatter.a.b')))).toEqual([
      "an expression the page build can compute (found `{frontmatter.a.b}`, which fails with TypeError: Cannot read properties of undefined (reading 'b'))",
    ]);
  });

  test('async functions, await and import() are found without running them', () => {
    for (const value of ['(async () => 1)()', '[1].map(async (n) => n)', 'import("x")', '(async function () { await 1 })()']) {
      expect(messagesOf(root(expression(value))), value).toEqual([
        `an expression without \`async\` or \`import()\`, whose value the page can print at once (found \`{${value}}\`)`,
      ]);
    }
  });

  test('the front matter is read once, only when an expression is run, and not at all when it cannot be read', () => {
    let reads = 0;
    const counted = () => {
      reads += 1;
      return '{"title":"Rolle"}';
    };
    findingsOf(root(expression('scope'), expression(''), { type: 'mdxJsxFlowElement', name: 'Callout' }), counted);
    expect(reads).toBe(0);
    findingsOf(root(expression('frontmatter.title'), expression('1 + 1')), counted);
    expect(reads).toBe(1);
    // Unreadable front matter has its own finding: its expressions are not run.
    expect(findingsOf(root(expression('frontmatter.nope.x')), () => undefined)).toEqual([]);
  });

  test('with a list to defer them to, expressions that pass the static check wait there with their place and front matter', () => {
    const deferred: PendingExpression[] = [];
    const tree = root(expression('frontmatter.nope.x'), expression('scope'), { type: 'mdxFlowExpression', value: 'Math.max', position: at(4, 1) }, expression(''));
    const findings = mdxRenderFindings(tree, 'roles/x.mdx', 10, en, () => '{"title":"Rolle"}', { defer: deferred });
    expect(findings.map((finding) => finding.message)).toEqual(['text, or a literal `\\{` (found `{scope}`; `scope` does not exist when the page is rendered)']);
    expect(deferred).toEqual([
      { source: 'frontmatter.nope.x', asText: true, frontmatterJson: '{"title":"Rolle"}', line: 11, column: 5 },
      { source: 'Math.max', asText: true, frontmatterJson: '{"title":"Rolle"}', line: 13, column: 1 },
    ]);
    const attribute: MdxNode = { type: 'mdxJsxFlowElement', name: 'div', attributes: [{ type: 'mdxJsxAttribute', value: { type: 'mdxJsxAttributeValueExpression', value: 'frontmatter' } }] };
    const fromAttribute: PendingExpression[] = [];
    mdxRenderFindings(root(attribute), 'roles/x.mdx', 10, en, () => '{}', { defer: fromAttribute });
    expect(fromAttribute).toEqual([{ source: 'frontmatter', asText: false, frontmatterJson: '{}', line: 10 }]);
    // Unreadable front matter: nothing to run them with.
    const none: PendingExpression[] = [];
    mdxRenderFindings(root(expression('frontmatter.title')), 'roles/x.mdx', 10, en, () => undefined, { defer: none });
    expect(none).toEqual([]);
  });

  test('the finding of a failure told by the child: memory, a changed built-in', () => {
    const pending: PendingExpression = { source: 'Array(1e9).fill(0)\n.length', asText: true, frontmatterJson: '{}', line: 12, column: 3 };
    expect(expressionRunFinding('roles/x.mdx', pending, { kind: 'memory' }, en)).toEqual({
      severity: 'error',
      code: 'mdx-expression',
      file: 'roles/x.mdx',
      path: '',
      line: 12,
      column: 3,
      message: 'an expression that needs no more than 128 MB of memory (found `{Array(1e9).fill(0)}`, which ended the process computing it; the build would end the same way)',
    });
    expect(expressionRunFinding('roles/x.mdx', { ...pending, column: undefined }, { kind: 'builtIn', name: 'Math.max' }, en)).toEqual({
      severity: 'error',
      code: 'mdx-expression',
      file: 'roles/x.mdx',
      path: '',
      line: 12,
      message: 'an expression that changes no built-in (found `{Array(1e9).fill(0)}`, which changes `Math.max`; in the build, every page after it would see the change)',
    });
  });

  test('the whole source is checked as it runs, in parentheses, not only the first expression in it', () => {
    const escape = '1) + (this.constructor.constructor("return process")().pid';
    expect(messagesOf(root(expression(escape)))).toEqual([`text, or a literal \`\\{\` (found \`{${escape}}\`; \`this\` does not exist when the page is rendered)`]);
    expect(messagesOf(root(expression('1) + (scope')))).toEqual(['text, or a literal `\\{` (found `{1) + (scope}`; `scope` does not exist when the page is rendered)']);
    // More than one statement once wrapped: no single expression.
    expect(messagesOf(root(expression('1)); globalThis; ((1')))).toEqual([expect.stringContaining('`{1)); globalThis; ((1}`')]);
    expect(findingsOf(root(expression('1) + (2')))).toEqual([]);
  });

  test('children at every depth are visited, in order', () => {
    const tree = root({ type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [expression('deep')] }] }] }, expression('after'));
    expect(findingsOf(tree).map((finding) => finding.message.match(/`(\w+)` does not exist/)?.[1])).toEqual(['deep', 'after']);
  });
});

describe('firstLine', () => {
  test("the first line of a parser's message, trimmed", () => {
    expect(firstLine('  Unexpected token  \n  1 | {a b}\n')).toBe('Unexpected token');
    expect(firstLine('one line')).toBe('one line');
    expect(firstLine('')).toBe('');
  });
});
