// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { loadConfig } from './src/lib/config.ts';
import { kickoffIntegration } from './src/integration/kickoff-integration.ts';

const config = loadConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  outDir: process.env.KICKOFF_OUT_DIR ?? './dist',
  build: { format: 'directory' },
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
