import type { z } from 'astro/zod';
import type { SchemaMessage, Translation } from '../i18n/translation.ts';
import { closest } from '../validate/closest.ts';
import { describeValue, formatFieldPath, type Finding } from './finding.ts';
import { fieldNamesAt } from './schema-fields.ts';

type Issue = z.core.$ZodIssue;
type SchemaTexts = Translation['schema'];

/** Messages that say themselves what was found (or missing); nothing is appended to them. */
const SAYS_WHAT_WAS_FOUND = new Set<SchemaMessage>(['taskKindNone', 'taskKindOnlyOne', 'effortAssignee', 'bufferValueRequired', 'estimateOrder', 'printableText']);

const isSchemaMessage = (texts: SchemaTexts, message: string): message is SchemaMessage => Object.hasOwn(texts, message);

/** A bound of a size check: `inclusive: false` is zod's `positive()`, `> 0`. */
function sizeText(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, texts: SchemaTexts): string {
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'array' || issue.origin === 'set') return texts.atLeastEntries({ minimum });
    if (issue.origin === 'string') return texts.atLeastCharacters({ minimum });
    return issue.inclusive === false ? texts.greaterThan({ minimum }) : texts.atLeast({ minimum });
  }
  const maximum = Number(issue.maximum);
  if (issue.origin === 'array' || issue.origin === 'set') return texts.atMostEntries({ maximum });
  if (issue.origin === 'string') return texts.atMostCharacters({ maximum });
  return issue.inclusive === false ? texts.lessThan({ maximum }) : texts.atMost({ maximum });
}

/** The schema's own message in the table's words, or zod's check worded for an author: never zod's English. */
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
    case 'too_big':
      return sizeText(issue, texts);
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue && issue.pattern ? texts.matching({ pattern: String(issue.pattern) }) : texts.formatOf({ format: issue.format });
    case 'not_multiple_of':
      return texts.multipleOf({ divisor: Number(issue.divisor) });
    case 'invalid_union':
      return texts.anyForm;
    case 'invalid_key':
      return texts.validKey;
    case 'invalid_element':
      return texts.validEntry;
    default:
      return texts.validValue;
  }
}

/** `; did you mean …` when a misspelt word has one close match among the words allowed here. */
function suggestion(found: unknown, allowed: readonly unknown[], t: Translation): string {
  if (typeof found !== 'string') return '';
  const meant = closest(found, allowed.filter((value): value is string => typeof value === 'string'));
  return meant ? t.findings.didYouMean(meant) : '';
}

/** An unknown key: the field it most likely meant, else the fields this object has. */
function unknownFieldMessage(key: string, known: readonly string[], t: Translation): string {
  const meant = suggestion(key, known, t);
  if (meant || known.length === 0) return t.findings.unknownField(key) + meant;
  return t.findings.unknownField(key) + t.findings.fieldsHere(known.map((field) => `\`${field}\``).join(', '));
}

/**
 * Turns zod issues into findings in the table's language: one per issue, unknown keys one per
 * key. With the `schema` that was checked, an unknown key is answered with the field it most
 * likely meant (or the fields there are); a word not in a list of allowed words, likewise.
 */
export function findingsFromZodIssues(file: string, issues: readonly Issue[], t: Translation, schema?: z.ZodType): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? fieldNamesAt(schema, path) : [];
      for (const key of issue.keys) {
        findings.push({ severity: 'error', code: 'unknown-field', file, path: formatFieldPath([...path, key]), message: unknownFieldMessage(key, known, t) });
      }
      continue;
    }
    const expected = expectedText(issue, t.schema);
    const found = 'input' in issue ? issue.input : undefined;
    const missing = found === undefined && issue.code !== 'custom';
    const meant = issue.code === 'invalid_value' ? suggestion(found, issue.values, t) : '';
    const message = SAYS_WHAT_WAS_FOUND.has(issue.message as SchemaMessage)
      ? expected
      : missing
        ? `${t.findings.required(expected)} (${t.findings.found(t.findings.nothing)})`
        : `${expected} (${t.findings.found(describeValue(found, t.findings.nothing))})${meant}`;
    findings.push({ severity: 'error', code: 'schema', file, path: formatFieldPath(path), message });
  }
  return findings;
}
