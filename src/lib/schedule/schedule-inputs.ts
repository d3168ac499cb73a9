import type { Lang } from '../i18n/lang.ts';
import { memoByIdentity } from '../memo-by-identity.ts';
import { planChecklistIds } from '../plan-checklists.ts';
import { playbookRules, rulesForPlan, type PlaybookRules } from '../playbook-rules.ts';
import type { Checklist } from '../schema/checklist.ts';
import type { Phase } from '../schema/phase.ts';
import type { Plan } from '../schema/plan.ts';
import type { Role } from '../schema/role.ts';
import type { Snapshot } from '../schema/snapshot.ts';
import type { ScheduleOptions } from './schedule-plan.ts';

type WithId<T> = { id: string; data: T };

/** The parts of the content a plan's schedule depends on, as every caller holds them. */
export interface ScheduleContent {
  plans: readonly WithId<Plan>[];
  roles: readonly WithId<Role>[];
  phases: readonly WithId<Phase>[];
  checklists: readonly WithId<Checklist>[];
  snapshots: readonly WithId<Snapshot>[];
}

/**
 * What `schedulePlan` needs besides the plan, and nothing more: the roles required at the
 * kick-off, the titles of the phases its tasks name (for tasks without a title of their own), the
 * plan's snapshots (its baseline) and the playbook's rules that bear on it. One place, so that the
 * command, the validator, the diagrams and the pages schedule a plan identically; and only what
 * the plan depends on, so that the schedule cache, keyed by these inputs, keeps a plan's schedule
 * when an unrelated role or phase is edited.
 */
export function scheduleOptions(content: ScheduleContent, planId: string, lang: Lang): ScheduleOptions {
  const plan = content.plans.find((entry) => entry.id === planId)?.data;
  const phases = new Set(plan?.tasks.map((task) => task.phase));
  return {
    lang,
    roles: content.roles
      .filter((role) => role.data.kickoff === 'required')
      .map((role) => ({ id: role.id, title: role.data.title, kickoff: role.data.kickoff })),
    phaseTitles: new Map(content.phases.filter((phase) => phases.has(phase.id)).map((phase) => [phase.id, phase.data.title])),
    snapshots: planSnapshots(content.snapshots, planId),
    rules: rulesForPlan(rulesOf(content), checklistsOf(content, planId)),
  };
}

const rulesOfPlaybook = memoByIdentity(playbookRules);

/** The playbook's rules, worked out once per playbook rather than once per plan. */
const rulesOf = (content: ScheduleContent): PlaybookRules => rulesOfPlaybook(content.phases, content.checklists);

/** A plan's snapshots, oldest first. */
function planSnapshots(snapshots: readonly WithId<Snapshot>[], planId: string): Snapshot[] {
  return snapshots
    .filter((snapshot) => snapshot.data.plan === planId)
    .map((snapshot) => snapshot.data)
    .sort((a, b) => a.date.localeCompare(b.date));
}

function checklistsOf(content: ScheduleContent, planId: string): string[] {
  const plan = content.plans.find((entry) => entry.id === planId);
  return plan ? planChecklistIds(plan.data, content.phases, content.checklists) : [];
}
