import { memoByIdentity } from './memo-by-identity.ts';
import { toDay, formatIsoDay } from './dates.ts';
import type { Checklist } from './schema/checklist.ts';
import type { Phase } from './schema/phase.ts';
import type { Plan } from './schema/plan.ts';
import type { Schedule } from './schedule/schedule-plan.ts';

type WithId<T> = { id: string; data: T };

/** A plan's checklists: its own list, or else the checklists of the phases its tasks carry out, in phase order. */
export function planChecklistIds(plan: Plan, phases: readonly WithId<Phase>[], checklists: readonly WithId<Checklist>[]): string[] {
  if (plan.checklists) return plan.checklists;
  const byPhase = checklistsByPhase(phases, checklists);
  const planPhases = [...new Set(plan.tasks.map((task) => task.phase))].flatMap((id) => (id === undefined ? [] : (byPhase.get(id) ?? [])));
  return [...new Set(planPhases.sort((a, b) => a.order - b.order || a.index - b.index).flatMap((phase) => phase.checklists))];
}

interface PhaseChecklists {
  order: number;
  /** Place in the playbook's list: phases with the same order (an error of its own) keep it. */
  index: number;
  /** The checklists the phase names, then those that name the phase, in their order. */
  checklists: string[];
}

/**
 * Each phase's checklists by phase id, made once per playbook: every plan of a playbook asks, and
 * at 400 plans, 400 phases and 400 checklists going through the lists each time was a third of
 * validating.
 */
const checklistsByPhase = memoByIdentity((phases: readonly WithId<Phase>[], checklists: readonly WithId<Checklist>[]): Map<string, PhaseChecklists> => {
  const naming = new Map<string, string[]>();
  for (const checklist of checklists) {
    if (checklist.data.phase) naming.set(checklist.data.phase, [...(naming.get(checklist.data.phase) ?? []), checklist.id]);
  }
  return new Map(
    phases.map((phase, index) => [
      phase.id,
      { order: phase.data.order, index, checklists: [...(phase.data.checklists ?? []), ...(naming.get(phase.id) ?? [])] },
    ]),
  );
});

/** The first day a plan works on a phase: the earliest start of its tasks for that phase. */
export function phaseStart(schedule: Schedule, phaseId: string): string | undefined {
  const starts = schedule.tasks.filter((task) => task.phase === phaseId).map((task) => task.start);
  return starts.length > 0 ? starts.sort()[0] : undefined;
}

export interface ResolvedItem {
  /** Concrete due date, `YYYY-MM-DD`, when the item has `due` and the plan has the phase. */
  due?: string;
  /** Names of the people in the plan's team who hold the item's role. */
  people: string[];
}

/** Due dates (working days from the phase start, in the plan's calendar) and names per item. */
export function resolveChecklist(checklist: Checklist, plan: Plan, schedule: Schedule): Map<string, ResolvedItem> {
  const start = checklist.phase ? phaseStart(schedule, checklist.phase) : undefined;
  const resolved = new Map<string, ResolvedItem>();
  for (const item of checklist.items) {
    const people = plan.team.filter((person) => person.role === item.role).map((person) => person.name);
    const due = start !== undefined && item.due !== undefined ? formatIsoDay(schedule.calendar.shiftWorkingDays(toDay(start), item.due)) : undefined;
    resolved.set(item.id, { due, people });
  }
  return resolved;
}
