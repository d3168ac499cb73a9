import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, configLanguage, configPath } from '../lib/config-file.ts';
import { translation } from '../lib/i18n/index.ts';
import { isLang, LANGUAGES } from '../lib/i18n/lang.ts';
import type { Command, CommandOptions } from './command.ts';
import { UsageError } from './usage-error.ts';

/**
 * Each subcommand's module, loaded only when it runs: `--help` and a usage error load none, and
 * `validate` never loads the exporters, the scaffolds or the site build (Astro, Chromium).
 */
const COMMANDS: Record<string, { load: () => Promise<{ command: Command }>; options: readonly CommandOption[] }> = {
  validate: { load: () => import('./commands/validate.ts'), options: ['strict'] },
  schedule: { load: () => import('./commands/schedule.ts'), options: ['format', 'out'] },
  snapshot: { load: () => import('./commands/snapshot.ts'), options: ['label', 'force'] },
  status: { load: () => import('./commands/status.ts'), options: [] },
  build: { load: () => import('./commands/build.ts'), options: ['strict', 'out'] },
  dev: { load: () => import('./commands/dev.ts'), options: ['port'] },
  init: { load: () => import('./commands/init.ts'), options: [] },
  new: { load: () => import('./commands/new.ts'), options: ['force'] },
  schemas: { load: () => import('./commands/schemas.ts'), options: ['out'] },
  // The name of earlier versions, kept so that scripts calling it go on working.
  'new-plan': {
    load: async () => {
      const { command } = await import('./commands/new.ts');
      return { command: (context) => command({ ...context, args: ['plan', ...context.args] }) };
    },
    options: ['force'],
  },
  import: { load: () => import('./commands/import.ts'), options: ['plan'] },
};

const OPTIONS = {
  config: { type: 'string' },
  content: { type: 'string' },
  strict: { type: 'boolean', default: false },
  format: { type: 'string', default: 'json' },
  lang: { type: 'string' },
  force: { type: 'boolean', default: false },
  label: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  plan: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type CommandOption = keyof typeof OPTIONS;

/** Options every command takes: where the settings and the content are, the language, help. */
const EVERY_COMMAND: readonly CommandOption[] = ['config', 'content', 'lang', 'help'];

/** The value of `--NAME X` or `--NAME=X`, read by hand: the command line may not have parsed. */
function optionArgument(argv: readonly string[], name: string): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    if (arg === `--${name}`) return argv[index + 1];
  }
  return undefined;
}

/**
 * The command line's words before the settings are checked: `--lang` (when it names a language),
 * else `KICKOFF_LANG`, else the language of the settings file (`--config`, else `KICKOFF_CONFIG`).
 * Help and every error before the settings are read use them.
 */
function cliWords(argv: readonly string[]) {
  const lang = optionArgument(argv, 'lang');
  const env = lang && isLang(lang) ? { ...process.env, KICKOFF_LANG: lang } : process.env;
  return translation(configLanguage(process.cwd(), env, optionArgument(argv, 'config') ?? env.KICKOFF_CONFIG)).cli;
}

/**
 * Node's own messages for a malformed command line are English only; this says the same in the
 * user's language, naming the option as typed.
 */
function parseError(error: NodeJS.ErrnoException, argv: readonly string[]): UsageError {
  const words = cliWords(argv);
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(words.unknownOption(option));
  if (error.message.endsWith('argument missing')) return new UsageError(words.optionNeedsValue(option));
  // `--out --force`: the next argument starts with a dash, so it is not taken as the value.
  if (error.message.includes('argument is ambiguous')) return new UsageError(words.optionValueWithDash(option));
  return new UsageError(words.optionTakesNoValue(option));
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, tokens: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw parseError(error as NodeJS.ErrnoException, argv);
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals, tokens } = readArgs(argv);
  const given = tokens.flatMap((token) => (token.kind === 'option' ? [token.name as CommandOption] : []));
  const options: CommandOptions = values;
  const [name, ...args] = positionals;
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(cliWords(argv).langOption(options.lang, LANGUAGES));
  const env = options.lang ? { ...process.env, KICKOFF_LANG: options.lang } : process.env;
  if (options.help || !name) {
    // Help never fails on a broken settings file: it is what one reads to repair it.
    process.stdout.write(cliWords(argv).help);
    return name || options.help ? 0 : 2;
  }
  const { loadConfig } = await import('../lib/config.ts');
  const configFile = options.config ?? env.KICKOFF_CONFIG;
  const config = loadConfig(process.cwd(), env, configFile);
  const t = translation(config.lang);
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) throw new UsageError(t.cli.unknownCommand(name));
  // An option the command does not read would be ignored in silence (`status --out r.txt` printed to the terminal).
  const stray = given.find((option) => !EVERY_COMMAND.includes(option) && !entry.options.includes(option));
  if (stray) throw new UsageError(t.cli.optionNotForCommand(`--${stray}`, name, entry.options.map((option) => `--${option}`).join(', ')));
  const [{ command }, schedules] = await Promise.all([entry.load(), import('../lib/schedule/schedule-cache.ts')]);
  schedules.persistSchedulesIn(schedules.scheduleCacheDir());
  const contentDir = options.content ? path.resolve(options.content) : config.contentDir;
  return command({ args, options, config: { ...config, contentDir }, t, contentDir, configFile: configPath(process.cwd(), configFile) });
}

/**
 * A file or folder the command could not read or write (a path through a file, no permission, a
 * full disk) is the user's to fix, not a fault of the tool: it is named, with the system's reason.
 */
function fileSystemProblem(error: unknown, argv: readonly string[]): UsageError | undefined {
  const { code, path: file, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof file !== 'string' || typeof syscall !== 'string') return undefined;
  return new UsageError(cliWords(argv).cannotAccess(path.relative(process.cwd(), file) || '.', code));
}

/**
 * A reader that stops early (`kickoff schedule … | head`) closes the pipe, and the next write
 * fails with EPIPE: the command stops quietly, as `ripgrep` does, instead of with a stack trace.
 */
function stopQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

export async function run(argv: string[]): Promise<void> {
  stopQuietlyOnClosedPipe();
  try {
    process.exitCode = await main(argv);
  } catch (thrown) {
    const error = fileSystemProblem(thrown, argv) ?? thrown;
    const known = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(`kickoff: ${known ? '' : 'internal error: '}${(error as Error).message}\n`);
    if (process.env.KICKOFF_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = known ? 2 : 70;
  }
}
