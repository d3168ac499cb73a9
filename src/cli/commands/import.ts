import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { knownFileParts } from '../../lib/content/file-parts.ts';
import { findingLine, type Finding } from '../../lib/content/finding.ts';
import * as parsers from '../../lib/content/parse-entry.ts';
import { readContent, type Content, type Entry } from '../../lib/content/read-content.ts';
import { parseJob } from '../../lib/content/read-entry.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { decodeXml } from '../../lib/import/decode-xml.ts';
import { importMspdi } from '../../lib/import/import-mspdi.ts';
import { KEBAB_ID } from '../../lib/schema/common.ts';
import { validateContent } from '../../lib/validate/validate-content.ts';
import type { Command } from '../command.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { writeWhole } from '../write-whole.ts';

/**
 * The errors `validate` would find in the plan an import is about to write, with the content it
 * joins: values MS Project allows and a plan does not (a day of no minutes, a link cycle, a
 * range that ends before it starts) are refused before anything is written.
 */
function errorsOfNewPlan(content: Content, id: string, source: string, lang: Lang): Finding[] {
  const file = `plans/${id}.mdx`;
  const parsed = parseJob({ name: 'plans', relative: `${id}.mdx`, file, source, lang }, parsers);
  const withPlan = { ...content, plans: [...content.plans], ids: { ...content.ids, plans: new Set([...content.ids.plans, id]) } };
  if (parsed.entry) {
    (withPlan.plans as Entry<unknown>[]).push({ id, file, ...parsed.entry, source, lineOf: knownFileParts('mdx', source).lineOf });
  }
  const findings = parsed.entry ? validateContent(withPlan, parsed.findings, { lang, iterations: 0 }) : parsed.findings;
  return findings.filter((finding) => finding.file === file && finding.severity === 'error');
}

/** `kickoff import FILE.xml --plan ID`: an MS Project plan (MSPDI) as a new plan file; never overwrites one. */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  const words = t.importer;
  expectArgs(args, 1, words.planOption, t.cli);
  const id = options.plan;
  if (id === undefined) throw new UsageError(t.cli.usage(words.planOption));
  if (!KEBAB_ID.test(id)) throw new UsageError(t.cli.entryId(id));
  const target = path.join(contentDir, 'plans', `${id}.mdx`);
  const shown = path.relative(process.cwd(), target);
  if (existsSync(target)) throw new UsageError(words.exists(shown));
  let bytes: Buffer;
  try {
    bytes = readFileSync(args[0]);
  } catch (error) {
    throw new UsageError(words.unreadable(args[0], (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const decoded = decodeXml(bytes);
  if (!decoded.ok) {
    process.stderr.write(`kickoff: ${words.notXml(args[0], decoded.line, decoded.detail)}\n`);
    return 1;
  }
  const text = decoded.text;
  const { content } = await readContent(contentDir, config.lang);
  if (content.roles.length === 0) throw new UsageError(words.noRoles(path.join(contentDir, 'roles')));
  const imported = importMspdi(
    text,
    path.basename(args[0]),
    {
      phases: content.phases.map((phase) => ({ id: phase.id, title: phase.data.title })),
      roles: content.roles.map((role) => ({ id: role.id, title: role.data.title })),
      defaultRegion: 'DE',
    },
    words,
  );
  if (!imported.ok) {
    for (const message of imported.messages) process.stderr.write(`kickoff: ${message.replace(path.basename(args[0]), args[0])}\n`);
    return 1;
  }
  for (const finding of imported.findings) process.stderr.write(`${words.finding(finding.subject, finding.message)}\n`);
  const errors = errorsOfNewPlan(content, id, imported.source, config.lang);
  if (errors.length > 0) {
    for (const error of errors) process.stderr.write(`${findingLine(error, t.cli)}\n`);
    process.stderr.write(`kickoff: ${words.invalidPlan(args[0], shown, errors.length)}\n`);
    return 1;
  }
  writeWhole(target, imported.source, shown, t, { keep: true, makeFolder: true });
  process.stdout.write(`${words.wrote(shown, imported.findings.length)}\n`);
  return 0;
};
