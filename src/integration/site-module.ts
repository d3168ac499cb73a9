import type { Plugin } from 'vite';
import type { SiteConfig } from '../lib/config.ts';

const MODULE_ID = 'virtual:kickoff/site';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** What pages and the content config learn about the build (see `src/env.d.ts`). */
export interface SiteModule {
  config: SiteConfig;
  pdfs: boolean;
}

/**
 * Serves the settings the command read as a virtual module, so that pages and the content
 * config are handed them instead of reading files or environment variables themselves.
 */
export function siteModulePlugin(site: SiteModule): Plugin {
  return {
    name: 'kickoff:site-module',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID ? `export const config = ${JSON.stringify(site.config)};\nexport const pdfs = ${JSON.stringify(site.pdfs)};\n` : undefined,
  };
}
