import mdx from '@astrojs/mdx';
import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { kickoffIntegration, type BuildSettings } from './kickoff-integration.ts';

/**
 * The source of what Astro's content store is made from: the schemas and the registry, and the
 * steps that render bodies into it (which bodies render as Markdown, and the glossary links).
 * Astro rebuilds its store when the text of `content.config.ts` changes, but that file derives
 * everything from these: without this, a changed schema, a new collection or a changed
 * rendering step would be served from a store made under the old ones.
 */
const STORE_SOURCES = [
  '../lib/schema/',
  '../lib/registry/',
  '../lib/glossary/',
  '../site/markdown-bodies.ts',
  '../lib/content/mdx-syntax.ts',
  './glossary-links.ts',
];

const STORE_FINGERPRINT = (() => {
  const hash = createHash('sha256');
  for (const source of STORE_SOURCES) {
    const names = source.endsWith('/')
      ? readdirSync(new URL(source, import.meta.url))
          .sort()
          .map((name) => source + name)
      : [source];
    for (const name of names) hash.update(name).update(readFileSync(new URL(name, import.meta.url)));
  }
  return hash.digest('hex');
})();

/**
 * The whole Astro configuration of a build, from settings read once. `astro.config.mjs` uses it
 * for `astro dev` and `astro build`; `kickoff build` passes it to Astro directly.
 */
export function astroConfig(settings: BuildSettings & { outDir: string }): AstroUserConfig {
  const { config } = settings;
  // Astro keeps its content store in the cache folder. One folder per content folder and set of
  // schemas, inside this project (not in node_modules, which test and benchmark copies share by
  // symlink), so that builds of different content never read each other's store.
  const contentKey = createHash('sha256').update(config.contentDir).update(STORE_FINGERPRINT).digest('hex').slice(0, 12);
  return {
    site: config.site,
    base: config.base,
    trailingSlash: 'always',
    // Astro 7's default ('jsx') drops whitespace that contains a line break, so a word and the
    // element on the next source line ran together: "Strategievermeiden" in the search index,
    // "abgestimmtkritisch" for screen readers. `true` collapses whitespace without removing it.
    compressHTML: true,
    outDir: settings.outDir,
    cacheDir: `./.cache/astro-${contentKey}`,
    // Two pages at a time: while one page waits for its module to load or its file to be written,
    // the other renders (prerendering of 2,000 pages 16 s -> 14 s, median of six pairs; 4 was no better).
    build: { format: 'directory', concurrency: 2 },
    integrations: [mdx(), kickoffIntegration(settings)],
    devToolbar: { enabled: false },
    vite: {
      build: {
        chunkSizeWarningLimit: 4000,
        rollupOptions: {
          // Every MDX entry triggers a harmless "module level directive" warning in rolldown.
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
      logLevel: 'warn',
    },
  };
}
