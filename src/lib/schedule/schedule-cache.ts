import path from 'node:path';
import { codeVersion } from '../cache/code-version.ts';
import { folderStore, sha256, type KeyedStore } from '../cache/folder-store.ts';
import { packedStore, type PackedStore } from '../cache/packed-store.ts';
import { memoByIdentity } from '../memo-by-identity.ts';
import type { Plan } from '../schema/plan.ts';
import { DEFAULT_ITERATIONS } from './monte-carlo.ts';
import { decodeScheduleResult, encodeScheduleResult } from './schedule-codec.ts';
import { schedulePlan, type ScheduleFinding, type ScheduleOptions, type ScheduleResult } from './schedule-plan.ts';

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
  /** Findings of schedules asked for only their findings (`cachedScheduleFindings`). */
  findings: Map<string, ScheduleFinding[]>;
  /**
   * The folder's entries (whole schedules), the findings kept together in one of them, and the
   * code version their keys include (hashed on first use).
   */
  store?: { entries: KeyedStore; findings: PackedStore; version: () => string };
}

/** Results kept in memory per process; the oldest go first (a long preview session edits on and on). */
const MEMORY_LIMIT = 1000;

function scope(): CacheScope {
  const global = globalThis as typeof globalThis & { [SCOPE_KEY]?: CacheScope };
  global[SCOPE_KEY] ??= { memory: new Map(), findings: new Map() };
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
  const entries = dir === undefined ? undefined : folderStore(dir);
  scope().store = entries && { entries, findings: packedStore(entries, FINDINGS_PACK, FINDINGS_KEPT), version: () => codeVersion() };
}

/**
 * Findings are a few hundred bytes a plan and are asked for by every validation: they are kept
 * together, as one entry of the folder, for the last this many inputs (a playbook of a thousand
 * plans validated in both languages, with and without `--strict`, is 4,000).
 */
const FINDINGS_PACK = 'schedule-findings';
const FINDINGS_KEPT = 5000;

/** Writes the findings worked out since the last save to the cache folder, as one entry. Never fails. */
export function saveScheduleFindings(): void {
  scope().store?.findings.save();
}

/** Everything that goes into a schedule, in a fixed order (callers list roles and phases in different orders). */
function inputsKey(planId: string, plan: Plan, options: ScheduleOptions): string {
  const roles = [...(options.roles ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const phaseTitles = [...(options.phaseTitles ?? [])].sort(([a], [b]) => a.localeCompare(b));
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const rest = JSON.stringify([options.lang ?? 'de', roles, phaseTitles, iterations, options.snapshots ?? [], options.rules ?? null]);
  return `[${JSON.stringify(planId)},${planText(plan)},${rest.slice(1)}`;
}

/**
 * A plan as JSON, once per plan object (content data is never changed in place): the preview
 * validates every plan on every save, and its unchanged plans are the very same objects from
 * one save to the next.
 */
const planTextOf = memoByIdentity((plan: Plan, _: undefined) => JSON.stringify(plan));
const planText = (plan: Plan): string => planTextOf(plan, undefined);

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
  remember(memory, key, result);
  return result;
}

/** One plan's schedule inputs, as plain data that can go to another thread. */
export interface ScheduleJob {
  planId: string;
  plan: Plan;
  options: ScheduleOptions;
}

/**
 * The findings `schedulePlan` gives for these inputs, and nothing else: all that validation reads.
 * They are kept apart from whole schedules, a few hundred bytes against some twenty kilobytes a
 * plan, and all in one file, so that checking hundreds of unchanged plans reads one small file. A whole
 * result already in memory answers as well; the schedule computed here is not kept.
 */
export function cachedScheduleFindings(planId: string, plan: Plan, options: ScheduleOptions = {}): ScheduleFinding[] {
  const key = inputsKey(planId, plan, options);
  // The folder's key hashes the whole inputs text: worked out at most once, for the look-up and the keep.
  let hashed: string | undefined;
  const storeKey = () => (hashed ??= findingsStoreKeyOf(key));
  const known = knownFindingsOf(key, storeKey);
  if (known) return known;
  const result = findingsOf(schedulePlan(planId, plan, options));
  keepFindings(key, result, storeKey);
  return result;
}

/** Keeps findings in memory and in the folder's findings pack (written by `saveScheduleFindings`). */
function keepFindings(key: string, result: ScheduleFinding[], storeKey = () => findingsStoreKeyOf(key)): void {
  const { store, findings } = scope();
  if (store) store.findings.write(storeKey(), JSON.stringify(result));
  remember(findings, key, result);
}

/** The findings of a job when this process or the cache folder has them; nothing is computed. */
export function knownScheduleFindings(job: ScheduleJob): ScheduleFinding[] | undefined {
  return knownFindingsOf(inputsKey(job.planId, job.plan, job.options));
}

/** The findings kept under an inputs key: a whole result in memory, findings in memory, or the folder's entry. */
function knownFindingsOf(key: string, storeKey = () => findingsStoreKeyOf(key)): ScheduleFinding[] | undefined {
  const { memory, findings, store } = scope();
  const whole = memory.get(key);
  if (whole) return findingsOf(whole);
  const known = findings.get(key);
  if (known) return known;
  const stored = store ? decodeFindings(store.findings.read(storeKey())) : undefined;
  if (stored) remember(findings, key, stored);
  return stored;
}

/** Keeps the findings another thread worked out for a job, as if worked out here. */
export function rememberScheduleFindings(job: ScheduleJob, result: ScheduleFinding[]): void {
  keepFindings(inputsKey(job.planId, job.plan, job.options), result);
}

/** `cachedScheduleFindings` of a job: the work another thread can take over. */
export const scheduleJobFindings = (job: ScheduleJob) => cachedScheduleFindings(job.planId, job.plan, job.options);

/** The findings pack's key for an inputs key (the code version and the inputs, hashed). */
const findingsStoreKeyOf = (key: string) => sha256(`${scope().store?.version() ?? ''}\nfindings\n${key}`);

const findingsOf = (result: ScheduleResult) => (result.ok ? result.schedule.findings : result.findings);

/** Findings as `cachedScheduleFindings` writes them; undefined for any other text. */
function decodeFindings(text: string | undefined): ScheduleFinding[] | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return Array.isArray(value) && value.every(isFinding) ? value : undefined;
}

function isFinding(value: unknown): value is ScheduleFinding {
  if (value === null || typeof value !== 'object') return false;
  const { severity, code, path, message } = value as Record<string, unknown>;
  return (severity === 'error' || severity === 'warning') && typeof code === 'string' && typeof path === 'string' && typeof message === 'string';
}

/** Keeps `value` under `key`, forgetting the oldest entry past the limit. */
function remember<Value>(map: Map<string, Value>, key: string, value: Value): void {
  if (map.size >= MEMORY_LIMIT) map.delete(map.keys().next().value as string);
  map.set(key, value);
}
