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

// Each setting: what a right value looks like (the whole error message), and its schema.
const SETTINGS = {
  lang: { expected: `\`${LANGUAGES.join('` or `')}\``, schema: z.enum(LANGUAGES) },
  title: { expected: 'a text', schema: z.string().trim().min(1) },
  site: {
    expected: 'an absolute http(s) address such as `https://playbook.example.org`',
    schema: z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
  },
  base: { expected: 'a sub-path such as `/` or `/playbook/`', schema: z.string().regex(/^\/?([A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/) },
  content: { expected: 'a folder path', schema: z.string().min(1) },
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
  const value = <S extends Setting>(setting: S): z.infer<(typeof SETTINGS)[S]['schema']> | undefined => {
    const variable = ENV_OVERRIDES[setting];
    const fromEnv = variable ? env[variable] : undefined;
    const [raw, source] = fromEnv !== undefined ? [fromEnv, variable as string] : [file[setting], `${CONFIG_FILE}: ${setting}`];
    if (raw === undefined) return undefined;
    const result = SETTINGS[setting].schema.safeParse(raw);
    if (!result.success) throw new ConfigError(`${source}: ${SETTINGS[setting].expected} (found ${describeValue(raw)})`);
    return result.data as z.infer<(typeof SETTINGS)[S]['schema']>;
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
