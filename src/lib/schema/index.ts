import { checklistSchema } from './checklist.ts';
import { phaseSchema } from './phase.ts';
import { planSchema } from './plan.ts';
import { riskSchema } from './risk.ts';
import { roleSchema } from './role.ts';

export { checklistSchema, phaseSchema, planSchema, riskSchema, roleSchema };
export type { Checklist, ChecklistItem } from './checklist.ts';
export type { Phase } from './phase.ts';
export type { Plan, Person, Task, Dependency, Buffer } from './plan.ts';
export type { Risk, Level } from './risk.ts';
export type { Role } from './role.ts';

/** The five collections, their folders under the content root and their schemas. */
export const COLLECTIONS = {
  roles: roleSchema,
  phases: phaseSchema,
  checklists: checklistSchema,
  risks: riskSchema,
  plans: planSchema,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
