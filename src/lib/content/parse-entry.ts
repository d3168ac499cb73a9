import { mdxToMdast } from 'satteri';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Finding, FieldPath } from './finding.ts';

/** An MDX file split into its YAML front matter (parsed) and its body. */
export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Finds the line of a field path in the front matter, for findings. */
  lineOf(path: FieldPath): number | undefined;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(\r?\n|$)/m;

/** Splits and parses one file; syntax errors come back as findings with line numbers. */
export function parseEntryFile(file: string, source: string): { parsed?: ParsedFile; findings: Finding[] } {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const match = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (!match || match.index !== 0) {
    return {
      findings: [
        {
          severity: 'error',
          code: 'front-matter',
          file,
          path: '',
          line: 1,
          message: 'YAML front matter between two `---` lines at the top of the file (found none)',
        },
      ],
    };
  }
  const yamlText = match[1];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, stringKeys: true });
  const findings: Finding[] = [];
  for (const error of doc.errors) {
    // Lines count from the file's first line, which is the opening `---`.
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    findings.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      path: '',
      line: pos.line + 1,
      column: pos.col,
      message: `valid YAML front matter (${firstLine(error.message)})`,
    });
  }
  const bodyLine = countLines(match[0]) + 1;
  const body = text.slice(match[0].length);
  findings.push(...checkMdxSyntax(file, body, bodyLine));
  if (doc.errors.length > 0) return { findings };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved or excessive aliases (`*name`) only surface when the document is resolved.
    findings.push({ severity: 'error', code: 'yaml-syntax', file, path: '', line: 2, message: `valid YAML front matter (${firstLine((error as Error).message)})` });
    return { findings };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = data === null ? 'nothing' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    findings.push({ severity: 'error', code: 'front-matter', file, path: '', line: 2, message: `front matter that is a map of fields (found ${found})` });
    return { findings };
  }
  return { parsed: { data, body, bodyLine, lineOf: (path) => lineOfPath(doc, lineCounter, path) }, findings };
}

function checkMdxSyntax(file: string, body: string, bodyLine: number): Finding[] {
  try {
    mdxToMdast(body);
    return [];
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
        message: `valid MDX (${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\(mdx[^)]*\)\s*$/, '')}; write \`{\` and \`<\` as \`\\{\` and \`&lt;\` in prose)`,
      },
    ];
  }
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + 1;
  }
  return undefined;
}

const firstLine = (text: string) => text.split('\n')[0].trim();
const countLines = (text: string) => (text.match(/\n/g) ?? []).length;
