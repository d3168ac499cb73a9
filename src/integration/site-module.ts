import type { Plugin } from 'vite';
import type { SiteConfig } from '../lib/config.ts';

const MODULE_ID = 'virtual:kickoff/site';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** What pages and the content config learn about the build (see `src/env.d.ts`). */
export interface SiteModule {
  config: SiteConfig;
  pdfs: boolean;
  /**
   * Where MDX bodies that read alike as Markdown are rendered through the Markdown pipeline
   * while the content loads: the key of what that rendering depends on beyond each file (see
   * `src/site/markdown-bodies.ts`). Null where every body is compiled as MDX.
   */
  markdownBodies: { key: string } | null;
}

/**
 * Serves the settings the command read as a virtual module, so that pages and the content
 * config are handed them instead of reading files or environment variables themselves.
 */
export function siteModulePlugin(site: () => SiteModule): Plugin {
  return {
    name: 'kickoff:site-module',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => {
      if (id !== RESOLVED_ID) return undefined;
      // Asked when the module loads, after the integration has read the content.
      return Object.entries(site())
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`)
        .join('');
    },
  };
}
