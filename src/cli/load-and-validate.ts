import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatFinding, hasErrors, type Finding } from '../lib/content/finding.ts';
import { readContent, type Content } from '../lib/content/read-content.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { validateContent } from '../lib/validate/validate-content.ts';

export class UsageError extends Error {}

export async function loadAndValidate(contentDir: string, options: { lang: Lang; strict?: boolean; iterations?: number }): Promise<{ content: Content; findings: Finding[] }> {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new UsageError(`content folder not found: ${contentDir}`);
  }
  const { content, findings: readFindings } = await readContent(contentDir);
  const findings = validateContent(content, readFindings, options);
  return { content, findings };
}

/** Prints findings to stderr, errors and warnings with a summary line. */
export function reportFindings(findings: readonly Finding[], contentDir: string, stream: NodeJS.WritableStream = process.stderr): void {
  for (const finding of findings) stream.write(`${finding.severity === 'error' ? 'error' : 'warning'}: ${formatFinding(finding)}\n`);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const where = path.relative(process.cwd(), contentDir) || '.';
  stream.write(`${where}: ${errors} error(s), ${warnings} warning(s)\n`);
}

export { hasErrors };
