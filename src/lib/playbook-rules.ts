import type { Checklist } from './schema/checklist.ts';
import type { Phase } from './schema/phase.ts';

type WithId<T> = { id: string; data: T };

/** Where the playbook states a rule: the phase file that declares it, relative to the content root. */
const ruleSource = (phaseId: string) => `phases/${phaseId}.mdx`;

export interface BufferRule {
  /** The smallest buffer, in per cent of the scheduled length. */
  minPercent: number;
  /** The phase whose milestone the buffer must protect, with its title. */
  before?: { phase: string; title: string };
  /** The file stating the rule; absent for the default. */
  source?: string;
}

interface ChecklistRule {
  /** The phase that may start only when the checklist is done. */
  phase: string;
  phaseTitle: string;
  checklist: string;
  checklistTitle: string;
  /** The phase the checklist's due days count from, and the latest of them. */
  checklistPhase?: string;
  lastDue?: number;
  source: string;
}

export interface PlaybookRules {
  buffer: BufferRule;
  checklistsDone: ChecklistRule[];
}

/** What a plan is held to when its playbook states no buffer rule: the lesson of past kick-offs. */
export const DEFAULT_BUFFER_RULE: BufferRule = { minPercent: 10 };

/**
 * The rules the playbook's phases state, in one object. The first phase (by order) stating a
 * buffer rule gives it; a second one is reported by the validator, not resolved here.
 */
export function playbookRules(phases: readonly WithId<Phase>[], checklists: readonly WithId<Checklist>[]): PlaybookRules {
  const ordered = [...phases].sort((a, b) => a.data.order - b.data.order);
  const titleOf = (id: string) => phases.find((phase) => phase.id === id)?.data.title ?? id;
  const stating = ordered.find((phase) => phase.data.rules?.buffer);
  const stated = stating?.data.rules?.buffer;
  const buffer: BufferRule =
    stating && stated
      ? {
          minPercent: stated.minPercent,
          ...(stated.before ? { before: { phase: stated.before, title: titleOf(stated.before) } } : {}),
          source: ruleSource(stating.id),
        }
      : DEFAULT_BUFFER_RULE;
  const checklistsDone = ordered.flatMap((phase) =>
    (phase.data.rules?.checklistsDone ?? []).map((id): ChecklistRule => {
      const checklist = checklists.find((entry) => entry.id === id)?.data;
      const dues = (checklist?.items ?? []).flatMap((item) => (item.due === undefined ? [] : [item.due]));
      return {
        phase: phase.id,
        phaseTitle: phase.data.title,
        checklist: id,
        checklistTitle: checklist?.title ?? id,
        ...(checklist?.phase ? { checklistPhase: checklist.phase } : {}),
        ...(dues.length > 0 ? { lastDue: Math.max(...dues) } : {}),
        source: ruleSource(phase.id),
      };
    }),
  );
  return { buffer, checklistsDone };
}

/** The rules that bear on one plan: checklist rules only for the checklists the plan uses. */
export function rulesForPlan(rules: PlaybookRules, planChecklists: readonly string[]): PlaybookRules {
  return { buffer: rules.buffer, checklistsDone: rules.checklistsDone.filter((rule) => planChecklists.includes(rule.checklist)) };
}
