import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../../lib/content/read-content.ts';
import { importMspdi } from '../../lib/import/import-mspdi.ts';
import { KEBAB_ID } from '../../lib/schema/common.ts';
import type { Command } from '../command.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { writeWhole } from '../write-whole.ts';

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
  let text: string;
  try {
    text = readFileSync(args[0], 'utf8');
  } catch (error) {
    throw new UsageError(words.unreadable(args[0], (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
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
    process.stderr.write(`kickoff: ${imported.message.replace(path.basename(args[0]), args[0])}\n`);
    return 1;
  }
  for (const finding of imported.findings) process.stderr.write(`${words.finding(finding.subject, finding.message)}\n`);
  writeWhole(target, imported.source, shown, t, { keep: true, makeFolder: true });
  process.stdout.write(`${words.wrote(shown, imported.findings.length)}\n`);
  return 0;
};
