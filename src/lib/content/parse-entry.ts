import jsYaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import type { Translation } from '../i18n/translation.ts';
import { fieldLines, locatedDocument } from './field-lines.ts';
import { entryParts, type ParsedFile, withoutBom } from './file-parts.ts';
import type { Finding } from './finding.ts';
import { compilerEndsFinding } from './compile-check.ts';
import { firstDuplicateKey, firstSyntaxErrorOffset, lineAndColumn } from './json-problems.ts';
import { firstLine, mdxRenderFindings, type MdxNode, type PendingExpression } from './mdx-render-check.ts';
import { hasMdxSyntax } from './mdx-syntax.ts';

/**
 * Splits and parses one file; syntax errors come back as findings with line numbers. A body the
 * MDX compiler ends its process on (`compilerEnds`, known from compile-check.ts) is not given to
 * the MDX parser here, which shares the compiler's faults: its finding says so instead. With
 * `deferExpressions`, the body's expressions are not run here but added to that list, for a
 * caller that runs them in a process of their own (expression-check.ts).
 */
export function parseEntryFile(
  file: string,
  source: string,
  t: Translation,
  options: { compilerEnds?: boolean; deferExpressions?: PendingExpression[] } = {},
): { parsed?: ParsedFile; findings: Finding[] } {
  const parts = entryParts(source);
  if (!parts) {
    return {
      findings: [
        {
          severity: 'error',
          code: 'front-matter',
          file,
          path: '',
          line: 1,
          message: t.findings.frontMatterMissing,
        },
      ],
    };
  }
  const { yamlText, body, bodyLine } = parts;
  const cutShort = EARLY_END.exec(yamlText);
  if (cutShort) {
    const line = yamlText.slice(0, cutShort.index).split('\n').length + 1;
    return { findings: [{ severity: 'error', code: 'front-matter', file, path: '', line, message: t.findings.frontMatterCutShort(cutShort[1]) }] };
  }
  // Fast path: js-yaml with the YAML 1.2 core schema (dates stay strings, as in `yaml`). The
  // slower `yaml` document model, which knows where each field is, is built only for files that
  // have a finding: to name the line, or to word a syntax error.
  let data: unknown;
  let yamlFindings: Finding[] = [];
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA, json: false });
    const aliases = excessiveAliases(file, yamlText, t);
    if (aliases) yamlFindings = [aliases];
  } catch (error) {
    yamlFindings = yamlSyntaxFindings(file, yamlText, error as JsYamlError, t);
  }
  // Expressions run with the front matter only where it reads well: unreadable or endless, it has its finding above.
  const findings = options.compilerEnds
    ? [compilerEndsFinding(file, source, t)]
    : checkMdxSyntax(file, body, bodyLine, t, () => (yamlFindings.length > 0 ? undefined : frontmatterAsAstroGivesIt(yamlText)), options.deferExpressions);
  if (yamlFindings.length > 0) return { findings: [...yamlFindings, ...findings] };
  if (!isMap(data)) {
    findings.push({ severity: 'error', code: 'front-matter', file, path: '', line: 2, message: t.findings.frontMatterNotMap(foundInstead(data, t)) });
    return { findings };
  }
  return { parsed: { data, body, bodyLine, lineOf: fieldLines(yamlText, 1) }, findings };
}

/**
 * A line inside the front matter that starts like its end. Astro's reader ends the front matter
 * at the first line starting with `---` or `+++`, not at a line of `---` alone as we do: the
 * continuation of a quoted text (`title: "IT` then `---x"`) broke the build after a clean validate.
 */
const EARLY_END = /^(---|\+\+\+)/m;

/**
 * How many aliases (`*name`) a file's front matter may resolve. js-yaml resolves an alias to the
 * anchored value itself, so ten nested lists of ten aliases each parse in no time, yet hold ten
 * billion values for everything that walks them (checks, the entry cache): validate ran for
 * half a minute and crashed. The `yaml` library counts every resolved alias by its size.
 */
const MAX_ALIASES = 100;

/** An anchor (`&name`) somewhere in the text: only then can aliases refer to anything. */
const ANCHOR = /(^|[\s[{,:-])&[^\s,[\]{}]/m;
/** An alias token, for the line the finding names. */
const ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}]/m;

function excessiveAliases(file: string, yamlText: string, t: Translation): Finding | undefined {
  if (!ANCHOR.test(yamlText)) return undefined;
  try {
    locatedDocument(yamlText).doc.toJS({ maxAliasCount: MAX_ALIASES });
    return undefined;
  } catch {
    const at = ALIAS.exec(yamlText);
    const line = at ? yamlText.slice(0, at.index + at[1].length).split('\n').length + 1 : 2;
    return { severity: 'error', code: 'yaml-syntax', file, path: '', line, message: t.findings.yamlAliases(MAX_ALIASES) };
  }
}

/**
 * The front matter as an MDX expression sees it: Astro reads it with js-yaml's default schema
 * (dates become dates) and hands it to the page as JSON (dates become ISO texts). Undefined when
 * that schema cannot read it.
 */
function frontmatterAsAstroGivesIt(yamlText: string): string | undefined {
  try {
    return JSON.stringify(jsYaml.load(yamlText) ?? {});
  } catch {
    return undefined;
  }
}

const isMap = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** What a file holds instead of a map of fields, in words. */
function foundInstead(data: unknown, t: Translation): string {
  const words = t.findings.frontMatterFound;
  return data === null || data === undefined ? words.nothing : Array.isArray(data) ? words.list : words.other(typeof data);
}

/** An error of js-yaml; `mark.line` counts from 0 at the first line of the front matter. */
type JsYamlError = Error & { mark?: { line: number } };

/** The line of the file a js-yaml error points at (line 1 is the opening `---`). */
const fileLineOf = (error: JsYamlError) => (error.mark ? error.mark.line + 2 : 2);

/** Syntax errors worded by the `yaml` library, with their lines (counted from the opening `---`). */
function yamlSyntaxFindings(file: string, yamlText: string, jsYamlError: JsYamlError, t: Translation): Finding[] {
  // js-yaml stops at a nesting depth the `yaml` document model would overflow its stack on.
  const tooDeep = /nesting exceeded maxDepth \((\d+)\)/.exec(jsYamlError.message);
  if (tooDeep) return [{ severity: 'error', code: 'yaml-syntax', file, path: '', line: fileLineOf(jsYamlError), message: t.findings.yamlTooDeep(Number(tooDeep[1])) }];
  const { doc, lineCounter } = locatedDocument(yamlText);
  const findings: Finding[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return { severity: 'error', code: 'yaml-syntax', file, path: '', line: pos.line + 1, column: pos.col, message: t.findings.yamlSyntax(firstLine(error.message)) };
  });
  if (findings.length > 0) return findings;
  try {
    doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved or excessive aliases (`*name`) only surface when the document is resolved.
    return [{ severity: 'error', code: 'yaml-syntax', file, path: '', line: 2, message: t.findings.yamlSyntax(firstLine((error as Error).message)) }];
  }
  // Only js-yaml (which Astro uses too) objects: report its words.
  return [{ severity: 'error', code: 'yaml-syntax', file, path: '', line: fileLineOf(jsYamlError), message: t.findings.yamlSyntax(firstLine(jsYamlError.message)) }];
}

/** How deep arrays and objects may nest in a JSON entry: as in front matter, where js-yaml stops. */
const MAX_JSON_DEPTH = 100;

/**
 * The line where arrays and objects first nest deeper than `max`, outside strings; undefined when
 * they never do. JSON.parse reads any depth, but the checks after it recurse and ran out of stack.
 */
function lineBeyondDepth(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') line++;
    else if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > max) return line;
    } else if (char === ']' || char === '}') depth--;
  }
  return undefined;
}

/**
 * A JSON entry (a snapshot): its data, with the line of each field for findings. JSON is YAML,
 * so the same document model locates the fields.
 */
export function parseJsonFile(file: string, source: string, t: Translation): { parsed?: ParsedFile; findings: Finding[] } {
  const text = withoutBom(source);
  const tooDeep = lineBeyondDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) return { findings: [{ severity: 'error', code: 'json-syntax', file, path: '', line: tooDeep, message: t.findings.jsonTooDeep(MAX_JSON_DEPTH) }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Node names a position for some errors only; the rest quote the text around it ("…" is not valid JSON).
    const named = /line (\d+) column (\d+)/.exec(message);
    const offset = named ? undefined : firstSyntaxErrorOffset(text);
    const position = named ? { line: Number(named[1]), column: Number(named[2]) } : offset === undefined ? { line: 1, column: undefined } : lineAndColumn(text, offset);
    const detail = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
      .replace(/\r?\n/g, '\\n');
    return { findings: [{ severity: 'error', code: 'json-syntax', file, path: '', line: position.line, column: position.column, message: t.findings.jsonSyntax(detail) }] };
  }
  if (!isMap(data)) {
    return { findings: [{ severity: 'error', code: 'json-syntax', file, path: '', line: 1, message: t.findings.jsonNotObject(foundInstead(data, t)) }] };
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    const { line, column } = lineAndColumn(text, duplicate.offset);
    return { findings: [{ severity: 'error', code: 'json-syntax', file, path: '', line, column, message: t.findings.jsonDuplicateKey(duplicate.key) }] };
  }
  return { parsed: { data, body: '', bodyLine: 1, lineOf: fieldLines(text, 0) }, findings: [] };
}


/**
 * The MDX parser (satteri 0.10 and 0.11) panics, which ends the whole process past any `catch`,
 * on a body that ends in a backslash after an `import`/`export` line it cannot read as
 * JavaScript: `export const a = 1 ~~~\\` with backticks for the tildes. A final newline avoids it
 * and changes no line, no column and no meaning: a backslash at the very end is a literal one.
 */
export const safeForMdxParser = (body: string) => (body.endsWith('\\') ? `${body}\n` : body);

function checkMdxSyntax(
  file: string,
  body: string,
  bodyLine: number,
  t: Translation,
  frontmatterJson: () => string | undefined,
  defer: PendingExpression[] | undefined,
): Finding[] {
  // Plain Markdown always parses and renders; most bodies are, and the MDX parser was a tenth of `validate`.
  if (!hasMdxSyntax(body)) return [];
  try {
    return mdxRenderFindings(mdxToMdast(safeForMdxParser(body)) as MdxNode, file, bodyLine, t, frontmatterJson, { defer });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(message);
    return [
      {
        severity: 'error',
        code: 'mdx-syntax',
        file,
        path: '',
        line: position ? Number(position[1]) + bodyLine - 1 : bodyLine,
        column: position ? Number(position[2]) : undefined,
        message: t.findings.mdxSyntax(message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\(mdx[^)]*\)\s*$/, '')),
      },
    ];
  }
}

