import type { z } from 'astro/zod';
import { describeValue, formatFieldPath, type Finding } from './finding.ts';

type Issue = z.core.$ZodIssue;

/** Zod's generic messages start like this; ours are phrased as "what was expected". */
const isGenericMessage = (message: string) => /^Invalid|^Too (big|small)|^Unrecognized/.test(message);

function expectedText(issue: Issue): string {
  if (!isGenericMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${issue.minimum} entries` : `a value ≥ ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} entries` : `a value ≤ ${issue.maximum}`;
    default:
      return issue.message;
  }
}

/** Turns zod issues into findings: one per issue, unknown keys one per key. */
export function findingsFromZodIssues(file: string, issues: readonly Issue[], basePath: readonly (string | number)[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        findings.push({
          severity: 'error',
          code: 'unknown-field',
          file,
          path: formatFieldPath([...path, key]),
          message: `no such field here; check the spelling against the authoring guide (found \`${key}\`)`,
        });
      }
      continue;
    }
    const expected = expectedText(issue);
    const found = 'input' in issue ? issue.input : undefined;
    const missing = found === undefined && issue.code !== 'custom';
    const message = expected.includes('(found')
      ? expected
      : missing
        ? `required: ${expected} (found nothing)`
        : `${expected} (found ${describeValue(found)})`;
    findings.push({ severity: 'error', code: 'schema', file, path: formatFieldPath(path), message });
  }
  return findings;
}
