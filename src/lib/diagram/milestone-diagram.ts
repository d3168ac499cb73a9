import { formatDate } from '../format-date.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';
import { diagramText, headerLines, INDENT, type DiagramSource } from './diagram-source.ts';
import { mermaidText } from './escape.ts';
import { diagramLabels, type DiagramLabels } from './labels.ts';

/**
 * Milestones of a schedule with their dates and deadline status, as a mermaid `timeline`.
 *
 * Why a timeline: milestones are dated events whose interesting part is text (name, deadline,
 * met or missed, Monte Carlo chance). The timeline draws one column per date with word-wrapped
 * event cards, stays readable when milestones lie a day apart, and keeps chronological order.
 * A gantt of milestones only would place diamonds to scale, but its labels overlap for close
 * dates and carry no second line; a flowchart chain would lose the dates' meaning as a sequence.
 *
 * Shape: one period per date (as readers read dates in the language), one event card per milestone on its
 * own `: …` line (`Name<br>status`, the timeline renderer breaks lines at `<br>`), and a last
 * period for the committed finish.
 */
/**
 * No title line: the page shows the diagram in a card captioned with the title already.
 */
export function milestoneDiagram(schedule: Schedule, options: { title: string; lang: Lang }): DiagramSource {
  const labels = diagramLabels(options.lang);
  const milestones = schedule.tasks
    .map((task, index) => ({ task, index }))
    .filter(({ task }) => task.milestone)
    .sort((a, b) => (a.task.finish < b.task.finish ? -1 : a.task.finish > b.task.finish ? 1 : a.index - b.index))
    .map(({ task }) => task);

  const first = milestones[0];
  const last = milestones.at(-1);
  const description = labels.milestoneDescription({
    milestones: milestones.length,
    met: milestones.filter((task) => task.deadline && task.deadlineMet).length,
    missed: milestones.filter((task) => task.deadline && task.deadlineMet === false).length,
    span: first && last ? { first: first.finish, last: last.finish } : undefined,
    committedFinish: schedule.committedFinish,
  });

  const periods = new Map<string, string[]>();
  for (const task of milestones) {
    const events = periods.get(task.finish) ?? [];
    events.push(`${mermaidText(task.title) || mermaidText(task.id)}<br>${mermaidText(milestoneStatus(task, labels, options.lang))}`);
    periods.set(task.finish, events);
  }
  const finishEvents = periods.get(schedule.committedFinish) ?? [];
  finishEvents.push(mermaidText(labels.committedFinish));
  periods.set(schedule.committedFinish, finishEvents);
  if (milestones.length === 0) finishEvents.unshift(mermaidText(labels.noMilestones));

  const statements = [...headerLines(options.title, description, { titleLine: false })];
  const dates = [...periods.keys()].sort();
  for (const date of dates) statements.push(...periodLines(mermaidText(formatDate(date, options.lang)), periods.get(date) ?? []));
  return { source: diagramText('timeline', statements), title: options.title, description };
}

/** Deadline status of one milestone: met, missed or none, plus the Monte Carlo chance if known. */
export function milestoneStatus(task: ScheduledTask, labels: DiagramLabels, lang: Lang): string {
  const parts: string[] = [];
  if (!task.deadline) parts.push(labels.noDeadline);
  else {
    const deadline = formatDate(task.deadline, lang);
    parts.push(task.deadlineMet === false ? labels.deadlineMissed(deadline) : labels.deadlineMet(deadline));
  }
  if (task.deadline && task.deadlineChance !== undefined) parts.push(labels.deadlineChance(task.deadlineChance));
  return parts.join(', ');
}

/**
 * A period and its events, each event on its own continuation line: the event token
 * (`:\s(?:[^:\n]|:(?!\s))+`) runs to the end of the line, so no event ends with a stray space.
 */
function periodLines(period: string, events: readonly string[]): string[] {
  return events.map((event, index) => (index === 0 ? `${period}: ${event}` : `${INDENT}: ${event}`));
}
