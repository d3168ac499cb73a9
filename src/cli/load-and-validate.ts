import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { codeVersion } from '../lib/cache/code-version.ts';
import { entryCacheDir, openEntryPack } from '../lib/content/entry-pack.ts';
import { findingLine, hasErrors, type Finding } from '../lib/content/finding.ts';
import { readContent, type Content } from '../lib/content/read-content.ts';
import { translation } from '../lib/i18n/index.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { validateContent } from '../lib/validate/validate-content.ts';
import { UsageError } from './usage-error.ts';

export async function loadAndValidate(
  contentDir: string,
  options: { lang: Lang; strict?: boolean; iterations?: number },
): Promise<{ content: Content; findings: Finding[] }> {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new UsageError(translation(options.lang).cli.contentNotFound(contentDir));
  }
  // Files unchanged since an earlier run are not parsed again (KICKOFF_ENTRY_CACHE).
  const cacheDir = entryCacheDir();
  const pack = cacheDir === undefined ? undefined : openEntryPack(cacheDir, contentDir, options.lang, codeVersion());
  const { content, findings: readFindings } = await readContent(contentDir, options.lang, { pack });
  const findings = validateContent(content, readFindings, options);
  // Keeps the lines the findings were given, for the next run.
  pack?.save();
  return { content, findings };
}

/** Prints findings to stderr, errors and warnings with a summary line, in the given language. */
export function reportFindings(findings: readonly Finding[], contentDir: string, lang: Lang, stream: NodeJS.WritableStream = process.stderr): void {
  const words = translation(lang).cli;
  for (const finding of findings) stream.write(`${findingLine(finding, words)}\n`);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  stream.write(`${words.summary(path.relative(process.cwd(), contentDir) || '.', errors, findings.length - errors)}\n`);
}

export { hasErrors };
