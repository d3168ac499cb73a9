import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeValue } from './content/finding.ts';
import { LANGUAGES, type Lang } from './i18n/lang.ts';

/** Site settings from `kickoff.config.json`, each overridable by an environment variable. */
export interface SiteConfig {
  lang: Lang;
  title: string;
  /** Absolute origin the site is published at, for canonical URLs and the sitemap. */
  site: string;
  /** Sub-path the site is served under, starting and ending with `/`. */
  base: string;
  contentDir: string;
}

/** A setting that is wrong, named by where it came from (file and key, or environment variable). */
export class ConfigError extends Error {}

const CONFIG_FILE = 'kickoff.config.json';

const SETTINGS = {
  lang: z.enum(LANGUAGES, { error: `\`${LANGUAGES.join('` or `')}\`` }),
  title: z.string({ error: 'a text' }).trim().min(1, { error: 'a text' }),
  site: z
    .string({ error: 'an absolute http(s) address such as `https://playbook.example.org`' })
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { error: 'an absolute http(s) address such as `https://playbook.example.org`' }),
  base: z.string({ error: 'a sub-path such as `/` or `/playbook/`' }).regex(/^\/?([A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/, { error: 'a sub-path such as `/` or `/playbook/`' }),
  content: z.string({ error: 'a folder path' }).min(1, { error: 'a folder path' }),
} as const;

type Setting = keyof typeof SETTINGS;
const SETTING_NAMES = Object.keys(SETTINGS) as Setting[];

const ENV_OVERRIDES: Partial<Record<Setting, string>> = {
  lang: 'KICKOFF_LANG',
  site: 'KICKOFF_SITE',
  base: 'KICKOFF_BASE',
  content: 'KICKOFF_CONTENT',
};

export function loadConfig(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const file = readConfigFile(cwd);
  const value = <S extends Setting>(setting: S): z.infer<(typeof SETTINGS)[S]> | undefined => {
    const variable = ENV_OVERRIDES[setting];
    const fromEnv = variable ? env[variable] : undefined;
    const [raw, source] = fromEnv !== undefined ? [fromEnv, variable as string] : [file[setting], `${CONFIG_FILE}: ${setting}`];
    if (raw === undefined) return undefined;
    const result = SETTINGS[setting].safeParse(raw);
    if (!result.success) throw new ConfigError(`${source}: ${result.error.issues[0].message} (found ${describeValue(raw)})`);
    return result.data as z.infer<(typeof SETTINGS)[S]>;
  };
  return {
    lang: value('lang') ?? 'de',
    title: value('title') ?? 'Kick-off-Playbook',
    site: value('site') ?? 'https://example.org',
    base: normaliseBase(value('base') ?? '/'),
    contentDir: path.resolve(cwd, value('content') ?? 'content'),
  };
}

/** The file's settings; a missing file means defaults, anything else wrong is a ConfigError. */
function readConfigFile(cwd: string): Partial<Record<Setting, unknown>> {
  let text: string;
  try {
    text = readFileSync(path.join(cwd, CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`${CONFIG_FILE}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${CONFIG_FILE}: valid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`${CONFIG_FILE}: an object of settings such as {"lang": "de"} (found ${describeValue(parsed)})`);
  }
  const unknown = Object.keys(parsed).filter((key) => !SETTING_NAMES.includes(key as Setting));
  if (unknown.length > 0) {
    throw new ConfigError(`${CONFIG_FILE}: ${unknown[0]}: no such setting; the settings are ${SETTING_NAMES.join(', ')}`);
  }
  return parsed as Partial<Record<Setting, unknown>>;
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
