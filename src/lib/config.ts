import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeValue } from './content/finding.ts';
import { translation, type Translation } from './i18n/index.ts';
import { LANGUAGES, isLang, type Lang } from './i18n/lang.ts';
import { CONFIG_FILE, ConfigError, configPath, isDevice, languageHint, parseSettings } from './config-file.ts';

export { ConfigError };

/** Site settings from `kickoff.config.json`, each overridable by an environment variable. */
export interface SiteConfig {
  lang: Lang;
  title: string;
  /** What the playbook is, in a sentence: every page's meta description unless it has its own, and the print cover. */
  description?: string;
  /** Absolute origin the site is published at, for canonical URLs and the sitemap. */
  site: string;
  /** Sub-path the site is served under, starting and ending with `/`. */
  base: string;
  /** Absolute path of the content folder. */
  contentDir: string;
}

// Each setting's schema; what a right value looks like is worded in each language's table.
const SETTINGS = {
  lang: z.enum(LANGUAGES),
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  site: z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
  base: z.string().regex(/^\/?([A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/),
  content: z.string().min(1),
} as const;

type Setting = keyof typeof SETTINGS;
const SETTING_NAMES = Object.keys(SETTINGS) as Setting[];

/** The environment variables that override a setting of the file. */
const ENV_OVERRIDES: Partial<Record<Setting, string>> = {
  lang: 'KICKOFF_LANG',
  site: 'KICKOFF_SITE',
  base: 'KICKOFF_BASE',
  content: 'KICKOFF_CONTENT',
};

const expected = (setting: Setting, t: Translation) => (setting === 'lang' ? `\`${LANGUAGES.join(`\` ${t.schema.or} \``)}\`` : t.config[setting]);

/**
 * Reads the settings once: from `file` (default `KICKOFF_CONFIG`, else `kickoff.config.json` in
 * `cwd`), each overridden by its environment variable. A relative content folder is resolved
 * from the file's folder. Errors are worded in the configured language (German when the
 * language itself is missing or wrong).
 */
export function loadConfig(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env, file = env.KICKOFF_CONFIG): SiteConfig {
  const settingsFile = configPath(cwd, file);
  const shownPath = file ?? CONFIG_FILE;
  const raw = readConfigFile(settingsFile, shownPath, env);
  const t = translation(languageHint(raw, env));
  const value = <S extends Setting>(setting: S): z.infer<(typeof SETTINGS)[S]> | undefined => {
    const variable = ENV_OVERRIDES[setting];
    const fromEnv = variable ? env[variable] : undefined;
    const [input, source] = fromEnv !== undefined ? [fromEnv, variable as string] : [raw[setting], `${shownPath}: ${setting}`];
    if (input === undefined) return undefined;
    const result = SETTINGS[setting].safeParse(input);
    if (!result.success) throw new ConfigError(`${source}: ${expected(setting, t)} (${t.findings.found(describeValue(input, t.findings.nothing))})`);
    return result.data as z.infer<(typeof SETTINGS)[S]>;
  };
  return {
    lang: value('lang') ?? 'de',
    title: value('title') ?? translation(value('lang') ?? 'de').ui.siteName,
    description: value('description'),
    site: value('site') ?? 'https://example.org',
    base: normaliseBase(value('base') ?? '/'),
    contentDir: path.resolve(path.dirname(settingsFile), value('content') ?? 'content'),
  };
}

/** The file's settings; a missing file means defaults, anything else wrong is a ConfigError. */
function readConfigFile(settingsFile: string, shownPath: string, env: NodeJS.ProcessEnv): Partial<Record<Setting, unknown>> {
  // Until the file is read, only the environment can name the language of an error.
  const t = translation(isLang(env.KICKOFF_LANG) ? env.KICKOFF_LANG : 'de');
  if (isDevice(settingsFile)) throw new ConfigError(`${shownPath}: ${t.config.notAFile}`);
  let text: string;
  try {
    text = readFileSync(settingsFile, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && shownPath === CONFIG_FILE) return {};
    throw new ConfigError(`${shownPath}: ${t.config.cannotRead(code ?? (error as Error).message)}`);
  }
  let parsed: unknown;
  try {
    parsed = parseSettings(text);
  } catch (error) {
    throw new ConfigError(`${shownPath}: ${t.config.invalidJson((error as Error).message)}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`${shownPath}: ${t.config.notAnObject(describeValue(parsed, t.findings.nothing))}`);
  }
  const unknown = Object.keys(parsed).filter((key) => !SETTING_NAMES.includes(key as Setting));
  if (unknown.length > 0) {
    const words = translation(languageHint(parsed as Record<string, unknown>, env)).config;
    throw new ConfigError(`${shownPath}: ${words.unknownSetting(unknown[0], SETTING_NAMES.join(', '))}`);
  }
  return parsed as Partial<Record<Setting, unknown>>;
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
