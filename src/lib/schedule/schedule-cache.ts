import path from 'node:path';
import { codeVersion } from '../cache/code-version.ts';
import { folderStore, sha256, type KeyedStore } from '../cache/folder-store.ts';
import type { Plan } from '../schema/plan.ts';
import { DEFAULT_ITERATIONS } from './monte-carlo.ts';
import { decodeScheduleResult, encodeScheduleResult } from './schedule-codec.ts';
import { schedulePlan, type ScheduleOptions, type ScheduleResult } from './schedule-plan.ts';

/**
 * Schedules are computed once per input, Monte Carlo included, and shared:
 * - within a process through a map: a build schedules every plan for the diagrams rendered
 *   before the pages and again in the pages. Astro loads the integration and the pages as
 *   separate module instances, hence `globalThis` rather than a module variable;
 * - between processes through a folder of entries (`persistSchedulesIn`), used by `validate`,
 *   `schedule`, the build and the preview alike. An entry's key is a hash of everything the
 *   schedule depends on: the plan, the roles and phase titles it is given, its snapshots, the
 *   playbook's rules, the language, the Monte Carlo runs, and the code and holiday data
 *   (`codeVersion`).
 * A cached result is the result the scheduler would compute: reading one changes nothing.
 */
const SCOPE_KEY = Symbol.for('kickoff-playbook.schedules');

interface CacheScope {
  memory: Map<string, ScheduleResult>;
  /** The folder's entries, and the code version their keys include (hashed on first use). */
  store?: { entries: KeyedStore; version: () => string };
}

/** Results kept in memory per process; the oldest go first (a long preview session edits on and on). */
const MEMORY_LIMIT = 1000;

function scope(): CacheScope {
  const global = globalThis as typeof globalThis & { [SCOPE_KEY]?: CacheScope };
  global[SCOPE_KEY] ??= { memory: new Map() };
  return global[SCOPE_KEY];
}

/** The folder schedules are kept in between runs: `KICKOFF_SCHEDULE_CACHE`, `off` for none. */
export function scheduleCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const setting = env.KICKOFF_SCHEDULE_CACHE;
  if (setting === 'off') return undefined;
  return path.resolve(cwd, setting || 'node_modules/.cache/kickoff-schedules');
}

/**
 * From now on, this process also reads and writes schedules in `dir` (none: memory only). The
 * code version comes from the instance of this module that the caller runs from the sources
 * (the command or the integration), never from the pages' bundled copy, away from the sources.
 */
export function persistSchedulesIn(dir: string | undefined): void {
  // Hashing the sources waits for the first schedule that needs the folder.
  scope().store = dir === undefined ? undefined : { entries: folderStore(dir), version: () => codeVersion() };
}

/** Everything that goes into a schedule, in a fixed order (callers list roles and phases in different orders). */
function inputsKey(planId: string, plan: Plan, options: ScheduleOptions): string {
  const roles = [...(options.roles ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const phaseTitles = [...(options.phaseTitles ?? [])].sort(([a], [b]) => a.localeCompare(b));
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  return JSON.stringify([planId, plan, options.lang ?? 'de', roles, phaseTitles, iterations, options.snapshots ?? [], options.rules ?? null]);
}

/** `schedulePlan`, answered from memory or the cache folder when the same inputs were scheduled before. */
export function cachedSchedulePlan(planId: string, plan: Plan, options: ScheduleOptions = {}): ScheduleResult {
  const { memory, store } = scope();
  const key = inputsKey(planId, plan, options);
  const known = memory.get(key);
  if (known) return known;
  const storeKey = store ? sha256(`${store.version()}\n${key}`) : '';
  const stored = store?.entries.read(storeKey);
  let result = stored === undefined ? undefined : decodeScheduleResult(stored, plan);
  if (!result) {
    result = schedulePlan(planId, plan, options);
    store?.entries.write(storeKey, encodeScheduleResult(result));
  }
  if (memory.size >= MEMORY_LIMIT) memory.delete(memory.keys().next().value as string);
  memory.set(key, result);
  return result;
}
