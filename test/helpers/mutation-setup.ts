/**
 * Setup of mutation runs (vitest.mutation.config.ts). Stryker switches mutants on and off inside
 * one test process, so the scheduler's in-process cache (src/lib/schedule/schedule-cache.ts, kept
 * on globalThis) could answer a test with a schedule computed under another mutant. Each test
 * starts with it empty.
 */
import { beforeEach } from 'vitest';

const SCHEDULE_CACHE = Symbol.for('kickoff-playbook.schedules');

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SCHEDULE_CACHE];
});
