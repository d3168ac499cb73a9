import { stringify } from 'yaml';
import { formatIsoDay, isoWeekday } from './dates.ts';
import type { Content } from './content/read-content.ts';
import { translation } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';

/**
 * A new plan from the standard phases: one task per phase in phase order, the phase's typical
 * duration turned into a three-point estimate (min → optimistic, midpoint → likely, max →
 * pessimistic, weeks × 5 working days), the phases' dependencies, a milestone for every phase
 * that names one, the roles required at the kick-off as team placeholders, and a 15 % buffer.
 */
export function newPlanSource(id: string, content: Content, options: { today: Date; lang: Lang }): string {
  const text = translation(options.lang).scaffold;
  const phases = [...content.phases].sort((a, b) => a.data.order - b.data.order);
  const required = content.roles.filter((role) => role.data.kickoff === 'required');
  const team = (required.length > 0 ? required : content.roles.slice(0, 1)).map((role) => ({
    id: role.id,
    name: text.person(role.data.title),
    role: role.id,
    capacity: 0.5,
  }));
  // A playbook without roles cannot staff a team; the placeholder's role then asks for one.
  if (team.length === 0) team.push({ id: 'project-lead', name: text.person('project-lead'), role: 'project-lead', capacity: 0.5 });

  const tasks: Record<string, unknown>[] = [];
  for (const phase of phases) {
    const task: Record<string, unknown> = { id: phase.id, phase: phase.id, duration: estimateFrom(phase.data.typicalDuration) };
    if (phase.data.dependsOn?.length) task.dependsOn = phase.data.dependsOn;
    tasks.push(task);
    if (phase.data.milestone) tasks.push({ id: `m-${phase.id}`, title: phase.data.milestone, milestone: true, dependsOn: [phase.id] });
  }
  if (tasks.length === 0) tasks.push({ id: 'kickoff', title: text.kickoffTask, duration: 1 });

  const frontMatter = {
    title: text.title(id),
    customer: text.customer,
    vendor: text.vendor,
    kickoff: formatIsoDay(nextMondayAfterTwoWeeks(options.today)),
    status: 'draft',
    calendar: { region: 'DE' },
    team,
    tasks,
    buffer: { method: 'percent', value: 15 },
  };
  const body = text.body(id);
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`;
}

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
