import { generateContent } from '../../scripts/bench/generate-content.ts';

/** Tasks of the generated large plan: the size the gates name. */
export const LARGE_PLAN_SIZE = 200;

/**
 * Writes the content of the large-plan site into `dir`: one plan of LARGE_PLAN_SIZE tasks walking
 * through eight phases, and a few roles, checklists and risks. Deterministic, so that a test can
 * write it again and read the plan's dependencies from its own copy of the file.
 */
export const writeLargePlanContent = (dir: string): string =>
  generateContent({ phases: 8, roles: 4, checklists: 2, risks: 2, plans: 1, tasks: LARGE_PLAN_SIZE }, { dir }).dir;
