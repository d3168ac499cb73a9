import { formatIsoDay, isoWeekday } from '../dates.ts';
import { translation } from '../i18n/index.ts';
import { playbookRules } from '../playbook-rules.ts';
import { phasesInOrder } from './pick-roles.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument } from './scaffold-document.ts';
import { needs } from './scaffold-result.ts';

/**
 * A new plan from the standard phases: one task per phase in phase order, the phase's typical
 * duration turned into a three-point estimate (min → optimistic, midpoint → likely, max →
 * pessimistic, weeks × 5 working days), the phases' dependencies, a milestone for every phase
 * that names one, the roles required at the kick-off (else the first role) as team placeholders,
 * and a buffer as large as the playbook's rule asks (at least 15 %), before the milestone the
 * rule names.
 */
export const scaffoldPlan: Scaffold = ({ id, content, lang, today, values }) => {
  if (content.roles.length === 0) return needs('roles');
  const words = translation(lang).scaffold.plan;
  const required = content.roles.filter((role) => role.data.kickoff === 'required');
  const team = (required.length > 0 ? required : content.roles.slice(0, 1)).map((role) => ({
    id: role.id,
    name: words.person(role.data.title),
    role: role.id,
    capacity: 0.5,
  }));

  const rule = playbookRules(content.phases, content.checklists).buffer;
  const tasks: Record<string, unknown>[] = [];
  let protectedMilestone: string | undefined;
  for (const phase of phasesInOrder(content)) {
    const task: Record<string, unknown> = { id: phase.id, phase: phase.id, duration: estimateFrom(phase.data.typicalDuration) };
    if (phase.data.dependsOn?.length) task.dependsOn = phase.data.dependsOn;
    tasks.push(task);
    const protectsRule = rule.before?.phase === phase.id;
    if (phase.data.milestone || protectsRule) {
      const milestone = `m-${phase.id}`;
      tasks.push({ id: milestone, title: phase.data.milestone ?? phase.data.title, milestone: true, dependsOn: [phase.id] });
      if (protectsRule) protectedMilestone = milestone;
    }
  }
  if (tasks.length === 0) tasks.push({ id: 'kickoff', title: words.kickoffTask, duration: 1 });
  const buffer = { method: 'percent', value: Math.max(15, Math.ceil(rule.minPercent)), ...(protectedMilestone ? { before: protectedMilestone } : {}) };

  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: words.title(id) },
        { key: 'customer', value: words.customer },
        { key: 'vendor', value: words.vendor },
        { key: 'kickoff', value: formatIsoDay(nextMondayAfterTwoWeeks(today)), hint: words.hints.kickoff },
        { key: 'status', value: 'draft', hint: words.hints.status },
        { key: 'calendar', value: { region: 'DE' }, hint: words.hints.calendar },
        { key: 'team', value: team, hint: words.hints.team },
        { key: 'tasks', value: tasks, hint: words.hints.tasks },
        { key: 'buffer', value: buffer, hint: words.hints.buffer },
      ],
      words.body(id),
      values,
    ),
  };
};

function estimateFrom(duration: { min: number; max: number; unit: 'days' | 'weeks' } | undefined) {
  if (!duration) return { optimistic: 5, likely: 10, pessimistic: 15 };
  const factor = duration.unit === 'weeks' ? 5 : 1;
  const optimistic = duration.min * factor;
  const pessimistic = duration.max * factor;
  return { optimistic, likely: Math.round((optimistic + pessimistic) / 2), pessimistic };
}

function nextMondayAfterTwoWeeks(today: Date): number {
  let day = Math.floor(today.getTime() / 86_400_000) + 14;
  while (isoWeekday(day) !== 0) day++;
  return day;
}
