import { stringify } from 'yaml';

/** One front matter field of a scaffold: its value, and a hint for the author above it. */
export interface ScaffoldField {
  key: string;
  value: unknown;
  /** Written as a YAML comment above the field; several lines for a longer hint. */
  hint?: string;
}

/**
 * An MDX entry with its front matter: each field preceded by its hint as a `#` comment, so that
 * the author reads what a field means where they fill it in. `values` replace the value of the
 * field of that name. Values are written by the YAML
 * library, so any text (colons, quotes, leading dashes) stays what it was.
 */
export function scaffoldDocument(fields: readonly ScaffoldField[], body: string, values: Readonly<Record<string, unknown>> = {}): string {
  const lines: string[] = [];
  for (const { key, value, hint } of fields) {
    if (hint) for (const line of hint.split('\n')) lines.push(`# ${line}`);
    lines.push(stringify({ [key]: Object.hasOwn(values, key) ? values[key] : value }, { lineWidth: 0 }).trimEnd());
  }
  return `---\n${lines.join('\n')}\n---\n\n${body.trimEnd()}\n`;
}

/** A readable title from a kebab-case id: `vendor-developer` → "Vendor developer". */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
