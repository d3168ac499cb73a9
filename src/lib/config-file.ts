import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isLang, type Lang } from './i18n/lang.ts';
import { withoutBom } from './content/file-parts.ts';

/** The settings file's name, looked for in the working folder unless `KICKOFF_CONFIG` or `--config` names another. */
export const CONFIG_FILE = 'kickoff.config.json';

/** The absolute path of the settings file a command reads (`file` from `--config` or `KICKOFF_CONFIG`), whether it exists or not. */
export const configPath = (cwd: string, file: string | undefined) => path.resolve(cwd, file ?? CONFIG_FILE);

/** A setting that is wrong, named by where it came from (file and key, or environment variable). */
export class ConfigError extends Error {}

/** The language to word messages in before the settings are checked: `KICKOFF_LANG`, else the file's `lang`, else German. */
export function languageHint(raw: { lang?: unknown }, env: NodeJS.ProcessEnv): Lang {
  const candidate = env.KICKOFF_LANG ?? raw.lang;
  return isLang(candidate) ? candidate : 'de';
}

/**
 * The settings' language without checking the rest of the settings, for texts that must show
 * even when the file is broken (the command's help). Never fails.
 */
export function configLanguage(cwd: string, env: NodeJS.ProcessEnv, file = env.KICKOFF_CONFIG): Lang {
  let raw: { lang?: unknown } = {};
  try {
    const settings = configPath(cwd, file);
    if (isDevice(settings)) return languageHint(raw, env);
    const parsed = parseSettings(readFileSync(settings, 'utf8'));
    if (parsed !== null && typeof parsed === 'object') raw = parsed;
  } catch {
    // a missing or unreadable file: the environment or German
  }
  return languageHint(raw, env);
}

/**
 * The settings file's JSON. Windows editors may start a UTF-8 file with a byte order mark, which
 * JSON.parse refuses; throws JSON.parse's error otherwise.
 */
export function parseSettings(text: string): unknown {
  return JSON.parse(withoutBom(text));
}

/**
 * Whether a path names something other than a file or folder: a device such as /dev/zero, which
 * reading never finishes, or a pipe, which waits for a writer.
 */
export function isDevice(file: string): boolean {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats !== undefined && !stats.isFile() && !stats.isDirectory();
}
