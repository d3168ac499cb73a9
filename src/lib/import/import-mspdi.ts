import { stringify } from 'yaml';
import type { Translation } from '../i18n/translation.ts';
import { mspdiToPlan, type ImportContext, type ImportFinding } from './mspdi-to-plan.ts';
import { readMspdi, type ReadResult } from './read-mspdi.ts';

export type ImportedPlan = { ok: true; source: string; findings: ImportFinding[] } | { ok: false; messages: string[] };

/**
 * The text of an MSPDI file as the source of a plan file (front matter and a one-line body), or
 * messages naming the file (and the line) and what was expected of it.
 */
export function importMspdi(text: string, file: string, context: Omit<ImportContext, 'words'>, words: Translation['importer']): ImportedPlan {
  const read = readMspdi(text);
  if (!read.ok) return { ok: false, messages: [refusal(read, file, words)] };
  const result = mspdiToPlan(read.project, { ...context, words });
  if (!result.ok && 'problems' in result) return { ok: false, messages: result.problems.map(({ line, message }) => words.atLine(file, line, message)) };
  if (!result.ok) return { ok: false, messages: [words.missing(file, words[result.missing])] };
  return { ok: true, findings: result.findings, source: `---\n${stringify(result.plan, { lineWidth: 0 })}---\n\n${words.body(file)}` };
}

/** Why a file that is not a readable MSPDI document is refused. */
function refusal(read: Exclude<ReadResult, { ok: true }>, file: string, words: Translation['importer']): string {
  if (read.problem === 'not-xml') return words.notXml(file, read.line, read.detail);
  if (read.problem === 'too-deep') return words.tooDeep(file, read.line, read.depth);
  if (read.problem === 'roots') return words.roots(file, read.line);
  return words.notMspdi(file, read.root);
}
