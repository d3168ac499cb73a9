import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { makeFolders } from '../../lib/make-folders.ts';
import path from 'node:path';
import { readContent } from '../../lib/content/read-content.ts';
import type { EntryMemory } from '../../lib/content/read-entry.ts';
import { translation } from '../../lib/i18n/index.ts';
import { SCAFFOLDS } from '../../lib/scaffold/scaffolds.ts';
import { packageName, projectFiles, STARTER_ENTRIES } from '../../lib/scaffold/starter.ts';
import type { Command } from '../command.ts';
import { EDITOR_SCHEMA_DIR, writeEditorSchemas } from '../../integration/editor-schemas.ts';
import { TOOL_ROOT } from '../../integration/tool-root.ts';
import { expectArgs, UsageError } from '../usage-error.ts';

/**
 * `kickoff init DIR [--lang de|en]`: a new playbook project that validates and builds: settings,
 * a package whose scripts call this tool, editor settings with the collections' JSON Schemas,
 * and one entry of every kind written by the scaffolds.
 */
export const command: Command = async ({ args, config, t }) => {
  expectArgs(args, 1, t.cli.initUsage, t.cli);
  const dir = path.resolve(args[0]);
  const shown = path.relative(process.cwd(), dir) || '.';
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(t.cli.initNotFolder(shown));
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(t.cli.initNotEmpty(shown));
  try {
    makeFolders(dir);
  } catch (error) {
    throw new UsageError(t.cli.cannotWrite(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const { lang } = config;
  const words = translation(lang).starter;

  const toolPath = path.relative(dir, TOOL_ROOT).split(path.sep).join('/') || '.';
  const files = projectFiles({ name: packageName(path.basename(dir)), lang, title: words.title, toolPath, readme: words.readme(words.title) });
  for (const [file, text] of Object.entries(files)) write(path.join(dir, file), text);

  const contentDir = path.join(dir, 'content');
  makeFolders(contentDir);
  const today = new Date();
  // Each entry is written against the content so far; the memory parses each file only once.
  const memory: EntryMemory = new Map();
  for (const { kind, key, values } of STARTER_ENTRIES) {
    const { content } = await readContent(contentDir, lang, { memory });
    const { collection, scaffold } = SCAFFOLDS[kind];
    const id = words.ids[key];
    const result = scaffold({ id, content, lang, today, values });
    // The entries are written in an order in which every reference exists.
    if (!result.ok) throw new Error(`starter ${kind} ${id} needs ${result.needs.collection}`);
    write(path.join(contentDir, collection, `${id}.mdx`), result.source);
  }
  const { content } = await readContent(contentDir, lang, { memory });
  const schemas = await writeEditorSchemas({ content, contentDir, outDir: path.join(dir, EDITOR_SCHEMA_DIR) });
  process.stdout.write(`${t.cli.initDone(shown, Object.keys(files).length + STARTER_ENTRIES.length + schemas.length)}\n`);
  return 0;
};

function write(file: string, text: string): void {
  makeFolders(path.dirname(file));
  writeFileSync(file, text);
}
