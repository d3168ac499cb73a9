import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Runs the quick test files first and the property tests last. Stryker stops a mutant at its
 * first failing test (bail), so a mutant that an example test kills should never wait for a
 * property test; vitest's own order is the opposite (longest, or largest, file first), which made
 * every killed mutant of the scheduler pay for its slowest property tests.
 */
class QuickFirstSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const cost = new Map(
      files.map((spec) => {
        const property = /\.property\.test\.ts$/.test(spec.moduleId) ? 1 : 0;
        const duration = cache.getTestSpecificationResult(spec)?.duration;
        return [spec, { property, duration, size: statSync(spec.moduleId).size }];
      }),
    );
    return Promise.resolve(
      [...files].sort((a, b) => {
        const x = cost.get(a)!;
        const y = cost.get(b)!;
        if (x.property !== y.property) return x.property - y.property;
        if (x.duration !== undefined && y.duration !== undefined) return x.duration - y.duration;
        return x.size - y.size;
      }),
    );
  }
}

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
    // A tenth of each property test's runs (test/helpers/property-runs.ts), with a fixed seed
    // (mutation-setup.ts) so that a mutant's fate does not depend on the luck of the draw.
    env: { KICKOFF_PROPERTY_RUNS_FACTOR: '0.1' },
    sequence: { sequencer: QuickFirstSequencer },
    // One module graph for all test files: with isolation every file imported the scheduler,
    // the schema and the holiday tables anew (a quarter of a mutant's run). Safe here: the only
    // global state, the schedule cache, is cleared before each test (mutation-setup.ts).
    isolate: false,
    testTimeout: 60_000,
  },
});
