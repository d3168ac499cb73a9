import type { Plan } from '../schema/plan.ts';
import { schedulePlan, type ScheduleOptions, type ScheduleResult } from './schedule-plan.ts';

/**
 * A build schedules every plan twice over: once for the diagrams rendered before the pages, once
 * in the pages. Both run in one process, so the results are shared through a process-wide map,
 * keyed by everything that goes into a schedule. (Astro loads the integration and the pages as
 * separate module instances, hence `globalThis` rather than a module variable.)
 */
const CACHE_KEY = Symbol.for('kickoff-playbook.schedules');

type Cache = Map<string, ScheduleResult>;

function cache(): Cache {
  const scope = globalThis as typeof globalThis & { [CACHE_KEY]?: Cache };
  scope[CACHE_KEY] ??= new Map();
  return scope[CACHE_KEY];
}

export function cachedSchedulePlan(planId: string, plan: Plan, options: ScheduleOptions = {}): ScheduleResult {
  // Roles and phase titles in a fixed order: callers list them in different orders.
  const roles = [...(options.roles ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const phaseTitles = [...(options.phaseTitles ?? [])].sort(([a], [b]) => a.localeCompare(b));
  const key = JSON.stringify([planId, plan, options.lang, roles, phaseTitles, options.iterations, options.snapshots]);
  const known = cache().get(key);
  if (known) return known;
  const result = schedulePlan(planId, plan, options);
  cache().set(key, result);
  return result;
}
