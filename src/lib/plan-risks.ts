import type { Phase } from './schema/phase.ts';
import type { Plan } from './schema/plan.ts';
import type { Risk } from './schema/risk.ts';

type WithId<T> = { id: string; data: T };

/** The risks of a plan: those naming a phase the plan's tasks carry out, or named by such a phase. */
export function planRisks<Entry extends WithId<Risk>>(plan: Plan, risks: readonly Entry[], phases: ReadonlyMap<string, WithId<Phase>>): Entry[] {
  const planPhases = [...new Set(plan.tasks.map((task) => task.phase).filter((id): id is string => !!id))];
  return risks.filter(
    (risk) => risk.data.phases?.some((id) => planPhases.includes(id)) || planPhases.some((id) => phases.get(id)?.data.risks?.includes(risk.id)),
  );
}
