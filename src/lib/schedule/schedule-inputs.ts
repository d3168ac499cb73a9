import type { Lang } from '../i18n/lang.ts';
import type { Phase } from '../schema/phase.ts';
import type { Role } from '../schema/role.ts';
import type { Snapshot } from '../schema/snapshot.ts';
import type { ScheduleOptions } from './schedule-plan.ts';

type WithId<T> = { id: string; data: T };

/** The parts of the content a plan's schedule depends on, as every caller holds them. */
export interface ScheduleContent {
  roles: readonly WithId<Role>[];
  phases: readonly WithId<Phase>[];
  snapshots: readonly WithId<Snapshot>[];
}

/**
 * What `schedulePlan` needs besides the plan: the roles (required at the kick-off), phase titles
 * (for tasks without one) and the plan's snapshots (its baseline). One place, so that the
 * command, the validator, the diagrams and the pages schedule a plan identically.
 */
export function scheduleOptions(content: ScheduleContent, planId: string, lang: Lang): ScheduleOptions {
  return {
    lang,
    roles: content.roles.map((role) => ({ id: role.id, title: role.data.title, kickoff: role.data.kickoff })),
    phaseTitles: new Map(content.phases.map((phase) => [phase.id, phase.data.title])),
    snapshots: planSnapshots(content.snapshots, planId),
  };
}

/** A plan's snapshots, oldest first. */
function planSnapshots(snapshots: readonly WithId<Snapshot>[], planId: string): Snapshot[] {
  return snapshots
    .filter((snapshot) => snapshot.data.plan === planId)
    .map((snapshot) => snapshot.data)
    .sort((a, b) => a.date.localeCompare(b.date));
}
