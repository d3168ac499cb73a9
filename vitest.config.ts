import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser tests live in test/browser and have their own config.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
