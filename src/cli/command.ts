import type { SiteConfig } from '../lib/config.ts';
import type { Translation } from '../lib/i18n/translation.ts';

/** The options every subcommand may read, as `parseArgs` returns them. */
export interface CommandOptions {
  config?: string;
  content?: string;
  strict: boolean;
  format: string;
  lang?: string;
  force: boolean;
  label?: string;
  out?: string;
  port?: string;
  plan?: string;
  help: boolean;
}

/** What a subcommand is given: its arguments, the options, the settings and the words of their language. */
interface CommandContext {
  args: readonly string[];
  options: CommandOptions;
  config: SiteConfig;
  t: Translation;
  /** The content folder: `--content` or the configured one. */
  contentDir: string;
  /** The absolute path of the settings file in use (`--config`, `KICKOFF_CONFIG` or the default), whether it exists or not. */
  configFile: string;
}

/** A subcommand; its result is the exit code. */
export type Command = (context: CommandContext) => Promise<number>;
