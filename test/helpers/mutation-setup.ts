/**
 * Setup of mutation runs (vitest.mutation.config.ts).
 *
 * Stryker switches mutants on and off inside one test process, so the scheduler's in-process cache
 * (src/lib/schedule/schedule-cache.ts, kept on globalThis) could answer a test with a schedule
 * computed under another mutant. Each test starts with it empty.
 *
 * Property tests run with a fixed seed: the same random plans for every mutant, so that a rerun
 * (and the incremental file) gives each mutant the same fate. They also run fewer times
 * (test/helpers/property-runs.ts); fast-check's default of 100 runs is scaled down here for the
 * properties that do not name their own number.
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { numRuns } from './property-runs.ts';

fc.configureGlobal({ seed: 20, numRuns: numRuns(100) });

const SCHEDULE_CACHE = Symbol.for('kickoff-playbook.schedules');

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SCHEDULE_CACHE];
});
