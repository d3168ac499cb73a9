import { defineConfig } from 'vitest/config';

// The unit tests of src/lib, for mutation testing (stryker.config.json). The CLI, build and
// browser tests run the whole program in child processes, which Stryker cannot attribute to
// single mutants; they would only slow every mutant down. So would the TaskJuggler cross-check,
// which spawns tj3 a dozen times for every mutant of the scheduler (it still runs in `npm test`).
export default defineConfig({
  test: {
    include: ['test/lib/**/*.test.ts'],
    exclude: ['test/lib/schedule/schedule-plan.taskjuggler.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
