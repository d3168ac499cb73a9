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
  const plan = plansById(content.plans, undefined).get(planId);
  const phases = new Set(plan?.tasks.map((task) => task.phase));
  return {
    lang,
    roles: requiredRoles(content.roles, undefined),
    phaseTitles: new Map(content.phases.filter((phase) => phases.has(phase.id)).map((phase) => [phase.id, phase.data.title])),
    snapshots: snapshotsByPlan(content.snapshots, undefined).get(planId) ?? [],
    rules: rulesForPlan(rulesOf(content), plan ? planChecklistIds(plan, content.phases, content.checklists) : []),
  };
}

// Worked out once per playbook rather than once per plan: at 400 plans, going through every
// role, snapshot and plan for each plan was a tenth of a warm `validate`.

const rulesOfPlaybook = memoByIdentity(playbookRules);

/** The playbook's rules. */
const rulesOf = (content: ScheduleContent): PlaybookRules => rulesOfPlaybook(content.phases, content.checklists);

/** Plans by id (the first of a duplicated id, as a search from the start finds it). */
const plansById = memoByIdentity((plans: readonly WithId<Plan>[], _: undefined) => {
  const byId = new Map<string, Plan>();
  for (const entry of plans) if (!byId.has(entry.id)) byId.set(entry.id, entry.data);
  return byId;
});

/** The roles required at the kick-off, as the schedule names them. */
const requiredRoles = memoByIdentity((roles: readonly WithId<Role>[], _: undefined) =>
  roles.filter((role) => role.data.kickoff === 'required').map((role) => ({ id: role.id, title: role.data.title, kickoff: role.data.kickoff })),
);

/** Each plan's snapshots, oldest first. */
const snapshotsByPlan = memoByIdentity((snapshots: readonly WithId<Snapshot>[], _: undefined) => {
  const byPlan = new Map<string, Snapshot[]>();
  for (const snapshot of snapshots) {
    const list = byPlan.get(snapshot.data.plan);
    if (list) list.push(snapshot.data);
    else byPlan.set(snapshot.data.plan, [snapshot.data]);
  }
  for (const list of byPlan.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return byPlan;
});
