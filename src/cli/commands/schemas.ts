import path from 'node:path';
import type { Command } from '../command.ts';
import { loadAndValidate } from '../load-and-validate.ts';
import { refuseProjectFiles, refuseStandardOutput } from '../out-file.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { EDITOR_SCHEMA_DIR, writeEditorSchemas } from '../../integration/editor-schemas.ts';

/**
 * `kickoff schemas [--out DIR]`: the JSON Schemas of the collections, for editors, into
 * `.astro/collections/` of the working folder (or DIR). Broken content does not stop it: the
 * schemas are what helps to repair it.
 */
export const command: Command = async ({ args, options, config, t, contentDir, configFile }) => {
  expectArgs(args, 0, 'schemas [--out DIR]', t.cli);
  refuseStandardOutput(options.out, 'schemas', t);
  const outDir = path.resolve(options.out ?? EDITOR_SCHEMA_DIR);
  // Schemas inside the content folder would be read as entries (a `.json` collection takes them).
  refuseProjectFiles(outDir, path.relative(process.cwd(), outDir) || '.', { contentDir, configFile }, t);
  const { content } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
  let written: string[];
  try {
    written = await writeEditorSchemas({ content, contentDir, outDir });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(t.cli.cannotWrite(path.relative(process.cwd(), outDir) || '.', reason));
  }
  process.stdout.write(`${t.cli.wroteSchemas(written.length, path.relative(process.cwd(), outDir) || '.')}\n`);
  return 0;
};
