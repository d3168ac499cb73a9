import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newPlanSource } from '../../lib/new-plan.ts';
import { KEBAB_ID } from '../../lib/schema/common.ts';
import type { Command } from '../command.ts';
import { loadAndValidate, reportFindings } from '../load-and-validate.ts';
import { expectArgs, UsageError } from '../usage-error.ts';

/** `kickoff new-plan ID [--force]`: a starting plan from the playbook's standard phases. */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 1, 'new-plan ID', t.cli);
  const id = args[0];
  if (!KEBAB_ID.test(id)) throw new UsageError(t.cli.planId(id));
  const { content, findings } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
  const target = path.join(contentDir, 'plans', `${id}.mdx`);
  if (existsSync(target) && !options.force) throw new UsageError(t.cli.exists(path.relative(process.cwd(), target)));
  const broken = findings.filter((finding) => finding.severity === 'error' && !finding.file.startsWith('plans/'));
  if (broken.length > 0) {
    reportFindings(broken, contentDir, config.lang);
    return 1;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, newPlanSource(id, content, { today: new Date(), lang: config.lang }));
  process.stdout.write(`${t.cli.wrote(path.relative(process.cwd(), target))}\n`);
  return 0;
};
