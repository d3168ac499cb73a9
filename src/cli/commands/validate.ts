import type { Command } from '../command.ts';
import { hasErrors, loadAndValidate, reportFindings } from '../load-and-validate.ts';
import { expectArgs } from '../usage-error.ts';

/** `kickoff validate [--strict]`: every finding of all files; exit 1 when there is an error. */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 0, 'validate', t.cli);
  const { findings } = await loadAndValidate(contentDir, { lang: config.lang, strict: options.strict });
  reportFindings(findings, contentDir, config.lang);
  return hasErrors(findings) ? 1 : 0;
};
