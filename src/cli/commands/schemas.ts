import path from 'node:path';
import { isSameOrInside } from '../../lib/same-or-inside.ts';
import type { Command } from '../command.ts';
import { loadAndValidate } from '../load-and-validate.ts';
import { resolvedPath } from '../out-dir.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { EDITOR_SCHEMA_DIR, writeEditorSchemas } from '../../integration/editor-schemas.ts';

/**
 * `kickoff schemas [--out DIR]`: the JSON Schemas of the collections, for editors, into
 * `.astro/collections/` of the working folder (or DIR). Broken content does not stop it: the
 * schemas are what helps to repair it.
 */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 0, 'schemas [--out DIR]', t.cli);
  const { content } = await loadAndValidate(contentDir, { lang: config.lang, iterations: 0 });
  const outDir = path.resolve(options.out ?? EDITOR_SCHEMA_DIR);
  // Schemas inside the content folder would be read as entries (a `.json` collection takes them).
  if (isSameOrInside(resolvedPath(outDir), resolvedPath(contentDir))) throw new UsageError(t.cli.writeIntoContent(path.relative(process.cwd(), outDir) || '.'));
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
