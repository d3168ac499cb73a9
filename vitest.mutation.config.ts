import { defineConfig } from 'vitest/config';

// The unit tests of src/lib, for mutation testing (stryker.config.json). The CLI, build and
// browser tests run the whole program in child processes, which Stryker cannot attribute to
// single mutants; they would only slow every mutant down. So would two slow oracles that still
// run in `npm test`: the TaskJuggler cross-check spawns tj3 a dozen times, and the mermaid
// property tests load mermaid into happy-dom (half a minute under Stryker's coverage); both
// schedule a plan, so every mutant of the scheduler would run them.
export default defineConfig({
  test: {
    include: ['test/lib/**/*.test.ts'],
    exclude: [
      'test/lib/schedule/schedule-plan.taskjuggler.test.ts',
      'test/lib/diagram/escape.property.test.ts',
      'test/lib/diagram/diagrams.property.test.ts',
      'test/lib/diagram/escape.mermaid.test.ts',
      'node_modules/**',
    ],
    setupFiles: ['test/helpers/mutation-setup.ts'],
    testTimeout: 60_000,
  },
});
