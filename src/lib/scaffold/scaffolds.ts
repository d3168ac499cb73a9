import type { CollectionName } from '../registry/collection-names.ts';
import { scaffoldChecklist } from './checklist.ts';
import { scaffoldMeeting } from './meeting.ts';
import { scaffoldPhase } from './phase.ts';
import { scaffoldPlan } from './plan.ts';
import { scaffoldRisk } from './risk.ts';
import { scaffoldRole } from './role.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldTerm } from './term.ts';

/**
 * Each kind of entry `kickoff new KIND ID` writes: the collection it joins and its scaffold.
 * Snapshots have none: `kickoff snapshot` writes them from a schedule.
 */
export const SCAFFOLDS = {
  role: { collection: 'roles', scaffold: scaffoldRole },
  phase: { collection: 'phases', scaffold: scaffoldPhase },
  checklist: { collection: 'checklists', scaffold: scaffoldChecklist },
  risk: { collection: 'risks', scaffold: scaffoldRisk },
  meeting: { collection: 'meetings', scaffold: scaffoldMeeting },
  term: { collection: 'glossary', scaffold: scaffoldTerm },
  plan: { collection: 'plans', scaffold: scaffoldPlan },
} as const satisfies Record<string, { collection: CollectionName; scaffold: Scaffold }>;

export type ScaffoldKind = keyof typeof SCAFFOLDS;
export const SCAFFOLD_KINDS = Object.keys(SCAFFOLDS) as ScaffoldKind[];
export const isScaffoldKind = (kind: string): kind is ScaffoldKind => Object.hasOwn(SCAFFOLDS, kind);
