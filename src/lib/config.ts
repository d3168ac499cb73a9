import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isLang, type Lang } from './i18n/lang.ts';

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

export function loadConfig(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteConfig {
  let file: Record<string, unknown> = {};
  try {
    file = JSON.parse(readFileSync(path.join(cwd, 'kickoff.config.json'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`kickoff.config.json: ${(error as Error).message}`);
  }
  const lang = env.KICKOFF_LANG ?? file.lang ?? 'de';
  if (!isLang(lang)) throw new Error(`kickoff.config.json: lang: \`de\` or \`en\` (found ${JSON.stringify(lang)})`);
  return {
    lang,
    title: String(file.title ?? 'Kick-off-Playbook'),
    site: String(env.KICKOFF_SITE ?? file.site ?? 'https://example.org'),
    base: normaliseBase(String(env.KICKOFF_BASE ?? file.base ?? '/')),
    contentDir: path.resolve(cwd, env.KICKOFF_CONTENT ?? String(file.content ?? 'content')),
  };
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
