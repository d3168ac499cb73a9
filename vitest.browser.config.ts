import { defineConfig } from 'vitest/config';

// Browser quality gates (search, Gantt, theme, print, keyboard, no-JS, no-CDN, axe, HTML,
// links, narrow layouts). The global setup builds the site once and serves it; each test file
// drives one headless Chromium. Chromium is required: a missing browser fails the run.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
