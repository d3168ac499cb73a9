// @ts-check
// `astro dev` and `astro build` read the settings here; `kickoff build` hands Astro the same
// configuration itself (src/integration/astro-config.ts) and does not read this file.
import { defineConfig } from 'astro/config';
import { astroConfig } from './src/integration/astro-config.ts';
import { loadConfig } from './src/lib/config.ts';

export default defineConfig(
  astroConfig({
    config: loadConfig(),
    outDir: './dist',
    strict: process.env.KICKOFF_STRICT === '1',
    // Only `kickoff build` prints PDFs, so pages of a bare Astro build link none.
    pdfs: false,
  }),
);
