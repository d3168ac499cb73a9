// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { loadConfig } from './src/lib/config.ts';
import { createHash } from 'node:crypto';
import { kickoffIntegration } from './src/integration/kickoff-integration.ts';

const config = loadConfig();
// Astro keeps its content store in the cache folder. One folder per content folder, inside this
// project (not in node_modules, which test and benchmark copies share by symlink), so that
// builds of different content never read each other's store.
const contentKey = createHash('sha256').update(config.contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops whitespace that contains a line break, so a word and the
  // element on the next source line ran together: "Strategievermeiden" in the search index,
  // "abgestimmtkritisch" for screen readers. `true` collapses whitespace without removing it.
  compressHTML: true,
  outDir: process.env.KICKOFF_OUT_DIR ?? './dist',
  cacheDir: `./.cache/astro-${contentKey}`,
  // Two pages at a time: while one page waits for its module to load or its file to be written,
  // the other renders (prerendering of 2,000 pages 16 s -> 14 s, median of six pairs; 4 was no better).
  build: { format: 'directory', concurrency: 2 },
  integrations: [mdx(), kickoffIntegration()],
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
});
