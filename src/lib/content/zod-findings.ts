import type { z } from 'astro/zod';
import type { SchemaMessage, Translation } from '../i18n/translation.ts';
import { describeValue, formatFieldPath, type Finding } from './finding.ts';

type Issue = z.core.$ZodIssue;
type SchemaTexts = Translation['schema'];

/** Messages that say themselves what was found (or missing); nothing is appended to them. */
const SAYS_WHAT_WAS_FOUND = new Set<SchemaMessage>(['taskKindNone', 'taskKindOnlyOne', 'effortAssignee', 'bufferValueRequired', 'estimateOrder']);

const isSchemaMessage = (texts: SchemaTexts, message: string): message is SchemaMessage => Object.hasOwn(texts, message);

/** The schema's own message in the table's words, or zod's check worded as what was expected. */
function expectedText(issue: Issue, texts: SchemaTexts): string {
  if (isSchemaMessage(texts, issue.message)) {
    const text = texts[issue.message];
    const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
    return typeof text === 'function' ? (text as (params: object) => string)(params) : text;
  }
  switch (issue.code) {
    case 'invalid_type':
      return texts.ofType({ type: issue.expected });
    case 'invalid_value':
      return texts.oneOf({ values: issue.values.map((value) => `\`${String(value)}\``).join(', ') });
    case 'too_small':
      return issue.origin === 'array' ? texts.atLeastEntries({ minimum: Number(issue.minimum) }) : texts.atLeast({ minimum: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'array' ? texts.atMostEntries({ maximum: Number(issue.maximum) }) : texts.atMost({ maximum: Number(issue.maximum) });
    default:
      return issue.message;
  }
}

/** Turns zod issues into findings in the table's language: one per issue, unknown keys one per key. */
export function findingsFromZodIssues(file: string, issues: readonly Issue[], t: Translation, basePath: readonly (string | number)[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        findings.push({ severity: 'error', code: 'unknown-field', file, path: formatFieldPath([...path, key]), message: t.findings.unknownField(key) });
      }
      continue;
    }
    const expected = expectedText(issue, t.schema);
    const found = 'input' in issue ? issue.input : undefined;
    const missing = found === undefined && issue.code !== 'custom';
    const message = SAYS_WHAT_WAS_FOUND.has(issue.message as SchemaMessage)
      ? expected
      : missing
        ? `${t.findings.required(expected)} (${t.findings.found(t.findings.nothing)})`
        : `${expected} (${t.findings.found(describeValue(found, t.findings.nothing))})`;
    findings.push({ severity: 'error', code: 'schema', file, path: formatFieldPath(path), message });
  }
  return findings;
}
