/**
 * Files that cannot be read as MDX with YAML front matter: syntax errors come back as findings
 * with the file and (where the parser knows it) the line in the whole file.
 */
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../../src/lib/content/parse-entry.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { check, errors, findingLike } from '../../fixtures/content-tree.ts';

const ROLE = 'roles/dev.mdx';
/** A valid role file with a body; lines 1–5 are the front matter. */
const role = (body: string, frontMatter = 'title: Dev\nside: vendor\nsummary: Builds it.') => `---\n${frontMatter}\n---\n${body}`;

/** Findings in one file, for a role file with the given text; other files may report follow-on references. */
async function findingsFor(text: string) {
  const findings = await check({ [ROLE]: text });
  return findings.filter((finding) => finding.file === ROLE);
}

describe('YAML front matter', () => {
  // Line 1 of the file is the opening `---`, so the front matter's first line is line 2. An
  // unterminated quote or list is noticed where the front matter ends: the closing `---`.
  it.each([
    ['a nested mapping in a compact mapping', 'title: Dev\nside: vendor: customer\nsummary: x', 'Nested mappings are not allowed', 3],
    ['a duplicate key', 'title: Dev\nside: vendor\nsummary: x\nside: customer', 'Map keys must be unique', 5],
    ['an unterminated quote', 'title: Dev\nside: vendor\nsummary: "x', 'Missing closing "quote', 5],
    ['an unterminated flow sequence', 'title: Dev\nside: vendor\nsummary: [a, b', 'Flow sequence', 5],
    ['a tab as indentation', 'title: Dev\nside: vendor\nresponsibilities:\n\t- a\nsummary: x', 'valid YAML front matter', 5],
  ])('reports %s as a yaml-syntax error of the file, on its line', async (_name, frontMatter, fragment, line) => {
    const found = await findingsFor(role('\nBody.\n', frontMatter));
    const finding = findingLike(found, { file: ROLE, path: '', code: 'yaml-syntax', message: 'valid YAML front matter' });
    expect(finding.message).toContain(fragment);
    expect(errors(found).every((f) => f.code === 'yaml-syntax')).toBe(true);
    expect(finding.line).toBe(line);
  });

  it('reports lists and maps nested deeper than 100 levels as one finding on the line where the limit is passed, not a stack overflow', () => {
    const t = translation('en');
    // Maps inside each other: line 2 is `title`, line 3 the first `a:`, line 102 the 100th, whose
    // value would be the 101st level.
    const nested = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}a:`).join('\n');
    const deepMaps = parseEntryFile(ROLE, role('\nBody.\n', `title: Dev\n${nested}\n${'  '.repeat(200)}b: 1`), t);
    expect(deepMaps.parsed).toBeUndefined();
    expect(deepMaps.findings).toEqual([
      { severity: 'error', code: 'yaml-syntax', file: ROLE, path: '', line: 102, message: 'front matter with lists and maps nested at most 100 levels deep (found deeper nesting)' },
    ]);
    const deepLists = parseEntryFile(ROLE, role('\nBody.\n', `title: Dev\nside: ${'['.repeat(200)}${']'.repeat(200)}`), translation('de'));
    expect(deepLists.findings).toEqual([
      {
        severity: 'error',
        code: 'yaml-syntax',
        file: ROLE,
        path: '',
        line: 3,
        message: 'Kopfdaten mit höchstens 100 Ebenen ineinander verschachtelter Listen und Zuordnungen (gefunden: tiefer verschachtelt)',
      },
    ]);
    // 100 levels are still read: the top-level fields, 98 maps below them, and the innermost `b: 1`.
    const hundred = Array.from({ length: 98 }, (_, depth) => `${'  '.repeat(depth)}a:`).join('\n');
    expect(parseEntryFile(ROLE, role('\nBody.\n', `title: Dev\n${hundred}\n${'  '.repeat(98)}b: 1`), t).findings).toEqual([]);
    const hundredAndOne = Array.from({ length: 99 }, (_, depth) => `${'  '.repeat(depth)}a:`).join('\n');
    expect(parseEntryFile(ROLE, role('\nBody.\n', `title: Dev\n${hundredAndOne}\n${'  '.repeat(99)}b: 1`), t).findings).toHaveLength(1);
  });

  it('a YAML error does not stop the MDX check of the body', async () => {
    const found = await findingsFor(role('\n<div>\n', 'title: Dev\nside: vendor: customer\nsummary: x'));
    findingLike(found, { file: ROLE, path: '', code: 'yaml-syntax', message: 'Nested mappings' });
    findingLike(found, { file: ROLE, path: '', code: 'mdx-syntax', message: 'valid MDX', line: 7 });
  });
});

describe('MDX body', () => {
  it('an unclosed <div>: line in the whole file', async () => {
    //              6   7              8   9
    const text = role('\nIntro line.\n\n<div>\n\nunclosed\n');
    const found = await findingsFor(text);
    findingLike(found, { file: ROLE, path: '', code: 'mdx-syntax', message: 'Expected a closing tag for `<div>`', line: 9 });
    expect(found).toHaveLength(1);
  });

  it('an unclosed { : line in the whole file, after a longer front matter', async () => {
    const frontMatter = 'title: Dev\nside: vendor\nsummary: Builds it.\nresponsibilities:\n  - a\n  - b';
    // front matter ends on line 8; body lines: 9 '', 10 'Para', 11 '', 12 'Some {…'
    const found = await findingsFor(role('\nPara.\n\nSome {unclosed expression\n\nmore\n', frontMatter));
    findingLike(found, { file: ROLE, path: '', code: 'mdx-syntax', message: 'closing brace for `{`', line: 12 });
    expect(found).toHaveLength(1);
  });

  it('a stray closing tag', async () => {
    const found = await findingsFor(role('\nok\n\n</div>\n'));
    findingLike(found, { file: ROLE, path: '', code: 'mdx-syntax', message: 'Unexpected closing tag `</div>`', line: 9 });
  });

  it('the message tells how to write { and < in prose', async () => {
    const found = await findingsFor(role('\nBudget < 5 {k}\n\nText {\n'));
    findingLike(found, { file: ROLE, path: '', code: 'mdx-syntax', message: 'write `{` and `<` as `\\{` and `&lt;` in prose' });
  });

  it('CRLF line ends: same line numbers', async () => {
    const text = role('\nIntro line.\n\n<div>\n\nunclosed\n').replace(/\n/g, '\r\n');
    const found = await findingsFor(text);
    findingLike(found, { file: ROLE, path: '', code: 'mdx-syntax', message: '<div>', line: 9 });
  });

  it('valid bodies: HTML elements, escaped braces, horizontal rules, CRLF, BOM', async () => {
    const bodies = ['\n<aside class="tip">Hello **world**</aside>\n', '\nBudget \\{k\\} &lt; 5\n', '\nAbove\n\n---\n\nBelow\n', ''];
    for (const body of bodies) expect(await findingsFor(role(body)), body).toEqual([]);
    expect(await findingsFor(role('\r\nLine\r\n').replace(/\n/g, '\r\n'))).toEqual([]);
    expect(await findingsFor(`\uFEFF${role('\nBOM\n')}`)).toEqual([]);
  });
});

describe('front matter missing or unusable', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace only', '  \n\n'],
    ['no front matter', 'title: Dev\nside: vendor\nsummary: x\n'],
    ['front matter not at the top', '\n---\ntitle: Dev\nside: vendor\nsummary: x\n---\n'],
    ['front matter never closed', '---\ntitle: Dev\nside: vendor\nsummary: x\n'],
    ['only prose', '# Dev\n\nSome text.\n'],
  ])('%s: front-matter error on line 1', async (_name, text) => {
    const found = await findingsFor(text);
    findingLike(found, {
      file: ROLE,
      path: '',
      code: 'front-matter',
      message: 'YAML front matter between two `---` lines at the top of the file (found none)',
      line: 1,
    });
    expect(found).toHaveLength(1);
  });

  it.each([
    ['empty front matter', '---\n---\nBody', 'found nothing'],
    ['a list', '---\n- a\n- b\n---\nBody', 'front matter that is a map of fields'],
    ['a scalar', '---\njust text\n---\nBody', 'found a string'],
  ])('%s: front matter that is not a map', async (_name, text, fragment) => {
    const found = await findingsFor(text);
    const finding = findingLike(found, { file: ROLE, path: '', code: 'front-matter', message: 'front matter that is a map of fields' });
    expect(finding.message).toContain(fragment);
  });

  it('a broken file is reported once; references to it are not reported as unknown', async () => {
    const findings = await check({ [ROLE]: '' });
    findingLike(findings, { file: ROLE, path: '', code: 'front-matter', message: 'found none' });
    expect(findings.filter((finding) => finding.code === 'reference')).toEqual([]);
  });
});

describe('parseEntryFile directly', () => {
  it('returns the body and the line it starts on', () => {
    const { parsed, findings } = parseEntryFile('x.mdx', '---\na: 1\nb: [1, 2]\n---\nBody line\n', translation('en'));
    expect(findings).toEqual([]);
    expect(parsed?.data).toEqual({ a: 1, b: [1, 2] });
    expect(parsed?.body).toBe('Body line\n');
    expect(parsed?.bodyLine).toBe(5);
    expect(parsed?.lineOf(['b', 1])).toBe(3);
  });

  it('keeps unquoted dates as strings', () => {
    const { parsed } = parseEntryFile('x.mdx', '---\nkickoff: 2027-03-01\n---\n', translation('en'));
    expect(parsed?.data).toEqual({ kickoff: '2027-03-01' });
  });

  it('runs MDX expressions with the front matter as the page gets it: dates as ISO texts, the finding on the body line', () => {
    const t = translation('en');
    const probe = '{frontmatter.kickoff === "2027-03-01T00:00:00.000Z" && frontmatter.team[0].id === "a" ? "ok" : frontmatter.nope.x}';
    expect(parseEntryFile('x.mdx', `---\nkickoff: 2027-03-01\nteam:\n  - id: a\n---\nText ${probe}\n`, t).findings).toEqual([]);
    const { findings } = parseEntryFile('x.mdx', '---\nkickoff: 2027-03-01\n---\n\nDer Start: {frontmatter.kickoff.getFullYear()}\n', t);
    expect(findings.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      {
        code: 'mdx-expression',
        line: 5,
        message: 'an expression the page build can compute (found `{frontmatter.kickoff.getFullYear()}`, which fails with TypeError: frontmatter.kickoff.getFullYear is not a function)',
      },
    ]);
    // Front matter that cannot be read has its finding; its expressions are not run.
    expect(parseEntryFile('x.mdx', '---\na: [\n---\n{frontmatter.a.b}\n', t).findings.map((finding) => finding.code)).toEqual(['yaml-syntax']);
    // Nor are they with more aliases than allowed: written out, the front matter could be endless.
    const aliases = `---\nlist: &x [1]\nmore: [${Array(101).fill('*x').join(', ')}]\n---\n{frontmatter.a.b}\n`;
    expect(parseEntryFile('x.mdx', aliases, t).findings.map((finding) => finding.code)).toEqual(['yaml-syntax']);
  });

  it('refuses aliases that multiply the content (a billion values from ten lines), at once and on the first alias line', () => {
    const t = translation('en');
    const lists = 'bcdefghij'.split('').map((name, level) => `  - &${name} [${Array(10).fill(`*${'abcdefghij'[level]}`).join(', ')}]`);
    const bomb = ['title: Dev', 'responsibilities:', '  - &a [x, x, x, x, x, x, x, x, x, x]', ...lists].join('\n');
    const started = performance.now();
    const result = parseEntryFile(ROLE, role('\nBody.\n', bomb), t);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.parsed).toBeUndefined();
    expect(result.findings).toEqual([
      {
        severity: 'error',
        code: 'yaml-syntax',
        file: ROLE,
        path: '',
        line: 5,
        message: 'front matter with at most 100 YAML aliases (*name) of anchors (&name), the values written out otherwise (found more, multiplying the content)',
      },
    ]);
    // One long text named 600 times: small in the file, 600 copies for everything that reads it.
    const copies = `title: Dev\nresponsibilities: [&long "${'x'.repeat(1000)}", ${Array(600).fill('*long').join(', ')}]`;
    expect(parseEntryFile(ROLE, role('\nBody.\n', copies), t).findings.map((finding) => [finding.code, finding.line])).toEqual([['yaml-syntax', 3]]);
    // A few aliases, and an ampersand in a text, are fine.
    const few = parseEntryFile(ROLE, role('\nBody.\n', 'title: R&D\nside: &side vendor\nsummary: *side'), t);
    expect(few.findings).toEqual([]);
    expect(few.parsed?.data).toEqual({ title: 'R&D', side: 'vendor', summary: 'vendor' });
  });

  it('refuses a line inside the front matter that starts with --- or +++, where the site would end it, on that line', () => {
    const en = translation('en');
    const cut = parseEntryFile('roles/it.mdx', '---\ntitle: "IT\n---x"\nsummary: y\n---\nText\n', en);
    expect(cut.parsed).toBeUndefined();
    expect(cut.findings).toEqual([{ severity: 'error', code: 'front-matter', file: 'roles/it.mdx', path: '', line: 3, message: en.findings.frontMatterCutShort('---') }]);
    expect(parseEntryFile('r.mdx', '---\ntitle: a\nsummary: b\n+++\n---\n', en).findings).toMatchObject([{ line: 4, message: en.findings.frontMatterCutShort('+++') }]);
    // Indented, or after `--` or inside a word, it is plain YAML.
    expect(parseEntryFile('r.mdx', '---\ntitle: "IT\n  ---x"\nsummary: a -- b --- c\n---\n', en).findings).toEqual([]);
  });

  it('leaves a body the compiler ends on to its finding, and still reads the front matter', () => {
    const en = translation('en');
    const source = '---\ntitle: [\n---\n{ broken\n';
    expect(parseEntryFile('r.mdx', source, en, { compilerEnds: true }).findings.map((finding) => finding.code)).toEqual(['yaml-syntax', 'mdx-syntax']);
    expect(parseEntryFile('r.mdx', source, en, { compilerEnds: true }).findings[1].message).toBe(en.findings.mdxCompilerCrash);
    expect(parseEntryFile('r.mdx', source, en).findings[1].message).not.toBe(en.findings.mdxCompilerCrash);
    expect(parseEntryFile('r.mdx', '---\ntitle: x\n---\nText\n', en, { compilerEnds: true }).parsed?.data).toEqual({ title: 'x' });
  });

  it('reports YAML and MDX errors together, never throws', () => {
    const { parsed, findings } = parseEntryFile('x.mdx', '---\na: [\n---\n{\n', translation('en'));
    expect(parsed).toBeUndefined();
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.code).sort()).toEqual(['mdx-syntax', 'yaml-syntax']);
  });
});

describe('MDX bodies that would fail when the page is rendered', () => {
  const findingsOf = (body: string) => parseEntryFile('roles/x.mdx', `---\ntitle: X\n---\n${body}`, translation('en')).findings;

  it('an expression naming nothing, with its line and what to write instead', () => {
    const findings = findingsOf('Intro.\n\nThe scope {scope} is open.\n');
    expect(findings).toMatchObject([{ code: 'mdx-expression', severity: 'error', file: 'roles/x.mdx', line: 6 }]);
    expect(findings[0].message).toBe('text, or a literal `\\{` (found `{scope}`; `scope` does not exist when the page is rendered)');
  });

  it('a component the site does not provide, and imports or exports', () => {
    const findings = findingsOf('<Callout type="tip">x</Callout>\n\nimport X from "./x.js"\n\nexport const y = 1\n');
    expect(findings.map((finding) => [finding.code, finding.line])).toEqual([
      ['mdx-component', 4],
      ['mdx-import', 6],
      ['mdx-import', 8],
    ]);
    expect(findings[0].message).toContain('`<Callout>`');
  });

  it('a body ending in a backslash after an export line: its finding, where the MDX parser would end the process', () => {
    expect(findingsOf('Intro.\n\nexport const a = 1 ```\\').map((finding) => [finding.code, finding.line])).toEqual([['mdx-import', 6]]);
    expect(findingsOf('import ```\\')).toMatchObject([{ code: 'mdx-import', line: 4 }]);
    expect(findingsOf('A path: {"C:"}\\')).toEqual([]);
  });

  it('names inside larger expressions and attributes count too; property names do not', () => {
    expect(findingsOf('{items.map((item) => item.name)}\n').map((finding) => finding.message)).toEqual([expect.stringContaining('`items` does not exist')]);
    expect(findingsOf('<span title={tip}>x</span>\n').map((finding) => finding.code)).toEqual(['mdx-expression']);
  });

  it('names the expression declares itself are no unknown names: variables, functions, destructured parameters, caught errors', () => {
    expect(findingsOf('{(() => { const t = "a"; let [u, , ...v] = ["b"]; return t + u + v.length })()}\n')).toEqual([]);
    expect(findingsOf('{(({ a, b: [c = 1] }, ...d) => a + c + d.length)({ a: "x", b: [] })}\n')).toEqual([]);
    expect(findingsOf('{(function f(n) { return n > 0 ? f(n - 1) : "" })(2)}\n')).toEqual([]);
    expect(findingsOf('{(() => { function g({ ...rest }) { return rest } try { return JSON.stringify(g({})) } catch (e) { return String(e) } })()}\n')).toEqual([]);
    // Only the declared ones: a name read but declared nowhere is still reported.
    expect(findingsOf('{(() => { const t = 1; return t + missing })()}\n').map((finding) => finding.message)).toEqual([expect.stringContaining('`missing` does not exist')]);
  });

  it('what renders is fine: literals, comments, the front matter, globals, HTML elements', () => {
    const body = "A {' '} B {1 + 2} {/* note */} {frontmatter.title} {Math.max(1, 2)} {[1, 2].map((n) => n * 2)}\n\n<div class=\"x\"><span>ok</span></div>\n";
    expect(findingsOf(body)).toEqual([]);
  });
});
