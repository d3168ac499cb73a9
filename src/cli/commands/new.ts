import { existsSync } from 'node:fs';
import path from 'node:path';
import { KEBAB_ID } from '../../lib/schema/common.ts';
import { isScaffoldKind, SCAFFOLD_KINDS, SCAFFOLDS } from '../../lib/scaffold/scaffolds.ts';
import type { Command } from '../command.ts';
import { loadAndValidate, reportFindings } from '../load-and-validate.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { writeWhole } from '../write-whole.ts';

/** The folders a scaffold reads its references from: errors there would be copied into the new entry. */
const READ_BY_SCAFFOLDS = ['roles/', 'phases/', 'checklists/'];

/**
 * `kickoff new KIND ID [--force]`: a new entry that validates in the playbook at hand, with a
 * hint above each field, in the site's language. Never overwrites without `--force`.
 */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 2, `new ${SCAFFOLD_KINDS.join('|')} ID`, t.cli);
  const [kind, id] = args;
  if (!isScaffoldKind(kind)) throw new UsageError(t.cli.scaffoldKind(kind, SCAFFOLD_KINDS.join(', ')));
  if (!KEBAB_ID.test(id)) throw new UsageError(t.cli.entryId(id));
  const { collection, scaffold } = SCAFFOLDS[kind];
  const target = path.join(contentDir, collection, `${id}.mdx`);
  const shown = path.relative(process.cwd(), target);
  if (existsSync(target) && !options.force) throw new UsageError(t.cli.exists(shown));

  const { content, findings } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
  const broken = findings.filter((finding) => finding.severity === 'error' && READ_BY_SCAFFOLDS.some((folder) => finding.file.startsWith(folder)));
  if (broken.length > 0) {
    reportFindings(broken, contentDir, config.lang);
    return 1;
  }
  const result = scaffold({ id, content, lang: config.lang, today: new Date() });
  if (!result.ok) {
    const missing = result.needs.collection;
    const firstKind = SCAFFOLD_KINDS.find((candidate) => SCAFFOLDS[candidate].collection === missing) ?? missing;
    process.stderr.write(`kickoff: ${t.cli.scaffoldNeeds(kind, result.needs.count, t.collections[missing].many, `kickoff new ${firstKind} ID`)}\n`);
    return 1;
  }
  writeWhole(target, result.source, shown, t, { makeFolder: true });
  process.stdout.write(`${t.cli.wrote(shown)}\n`);
  return 0;
};
