import { memoByIdentity } from './memo-by-identity.ts';
import { toDay, formatIsoDay } from './dates.ts';
import type { Checklist } from './schema/checklist.ts';
import type { Phase } from './schema/phase.ts';
import type { Plan } from './schema/plan.ts';
import type { Schedule } from './schedule/schedule-plan.ts';

type WithId<T> = { id: string; data: T };

/** A plan's checklists: its own list, or else the checklists of the phases its tasks carry out. */
export function planChecklistIds(plan: Plan, phases: readonly WithId<Phase>[], checklists: readonly WithId<Checklist>[]): string[] {
  if (plan.checklists) return plan.checklists;
  const planPhases = new Set(plan.tasks.map((task) => task.phase).filter((id): id is string => id !== undefined));
  const ids = new Set<string>();
  for (const phase of checklistsByPhase(phases, checklists)) {
    if (planPhases.has(phase.id)) for (const id of phase.checklists) ids.add(id);
  }
  return [...ids];
}

interface PhaseChecklists {
  id: string;
  /** The checklists the phase names, then those that name the phase, in their order. */
  checklists: string[];
}

/**
 * The phases in order with their checklists, made once per playbook: every plan of a playbook
 * asks, and at 400 plans, 400 phases and 400 checklists searching the lists each time was a
 * third of validating.
 */
const checklistsByPhase = memoByIdentity((phases: readonly WithId<Phase>[], checklists: readonly WithId<Checklist>[]): PhaseChecklists[] => {
  const naming = new Map<string, string[]>();
  for (const checklist of checklists) {
    if (checklist.data.phase) naming.set(checklist.data.phase, [...(naming.get(checklist.data.phase) ?? []), checklist.id]);
  }
  const byPhase = [...phases]
    .sort((a, b) => a.data.order - b.data.order)
    .map((phase) => ({ id: phase.id, checklists: [...(phase.data.checklists ?? []), ...(naming.get(phase.id) ?? [])] }));
  return byPhase;
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
