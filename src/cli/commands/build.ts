import type { Command } from '../command.ts';
import { refuseStandardOutput } from '../out-file.ts';
import { expectArgs } from '../usage-error.ts';

/** `kickoff build [--strict] [--out DIR]`: validate, build the site, index it, print the PDFs. */
export const command: Command = async ({ args, options, config, t }) => {
  expectArgs(args, 0, 'build', t.cli);
  refuseStandardOutput(options.out, 'build', t);
  // Loaded on demand: the build pulls in Astro and playwright.
  const { buildSite } = await import('../build-site.ts');
  return buildSite({ config, strict: options.strict, outDir: options.out });
};
