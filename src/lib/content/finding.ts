/** One problem found in the content, located by file, field path and (where known) line. */
type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Short stable code such as `unknown-reference` or `absent-during-task`. */
  code: string;
  /** File path relative to the content root, with forward slashes. */
  file: string;
  /** Field path such as `tasks[3].dependsOn[0]`; empty for the whole file. */
  path: string;
  /** What was expected, and what was found in parentheses. */
  message: string;
  line?: number;
  column?: number;
}

export type FieldPath = ReadonlyArray<string | number>;

/** `tasks[3].dependsOn[0]` → `['tasks', 3, 'dependsOn', 0]`. */
export function pathParts(fieldPath: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of fieldPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return parts;
}

/** `['tasks', 3, 'dependsOn', 0]` → `tasks[3].dependsOn[0]`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** A finding as printed: `Fehler: file: field.path: message` with the words of the site's language. */
export function findingLine(finding: Finding, words: { error: string; warning: string }): string {
  return `${finding.severity === 'error' ? words.error : words.warning}: ${formatFinding(finding)}`;
}

/** `file: field.path: message`, the form every command prints. */
export function formatFinding(finding: Finding): string {
  const where = finding.line !== undefined ? `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}` : finding.file;
  const field = finding.path ? `${finding.path}: ` : '';
  return `${where}: ${field}${finding.message}`;
}

// Collators made once: `localeCompare` with a locale or options builds one per call, which made
// sorting a thousand findings cost a quarter of a second.
const textOrder = new Intl.Collator();
const pathOrder = new Intl.Collator('en', { numeric: true });

export function compareFindings(a: Finding, b: Finding): number {
  return textOrder.compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || pathOrder.compare(a.path, b.path) || textOrder.compare(a.message, b.message);
}

export const hasErrors = (findings: readonly Finding[]) => findings.some((finding) => finding.severity === 'error');

/**
 * Line breaks, tabs and other control characters as escapes: a finding stays on one line, and an
 * escape sequence in a value cannot drive the terminal it is printed to.
 */
const visibleControls = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  text.replace(/[\u0000-\u001F\u007F-\u009F]/g, (character) =>
    ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );

/** Short, readable rendering of a found value for messages; `nothing` words a missing one. */
export function describeValue(value: unknown, nothing: string): string {
  if (value === undefined) return nothing;
  if (value === null) return 'null';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // JSON has no NaN or infinity (it would print null); name them as the YAML spelled them.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  const json = typeof value === 'string' ? `"${visibleControls(value)}"` : JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
