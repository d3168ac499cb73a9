import { toDay } from '../dates.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';
import type { GanttLink } from './gantt-arrows.ts';
import { barTitleText, bufferBarFacts, summaryBarFacts, taskBarTitles, type BarTitles } from './gantt-bar-titles.ts';
import { taskBar, taskBarId, type GanttBar } from './gantt-bar.ts';
import { bufferSection, ganttBarName, ganttChart, type GanttOptions } from './gantt.ts';
import type { GanttSection, PhaseGroup } from './gantt-sections.ts';
import { diagramLabels, type DiagramLabels } from './labels.ts';
import type { DiagramSource } from './diagram-source.ts';

/** A chart, the arrows drawn into it and its bars' tooltips. */
export interface GanttPart {
  diagram: DiagramSource;
  links: GanttLink[];
  titles: BarTitles;
}

/** The bar id of the summary bar of the phase group at `position`: `p1` is the first. */
const summaryBarId = (position: number): string => `p${position + 1}`;

/**
 * The overview of a large plan: one section per phase group with a summary bar from the start of
 * its first task to the finish of its last, and the group's milestones below it; then the buffer.
 * `between` are the dependencies that cross groups (see `planGantts`); each becomes one arrow from
 * the day its predecessor finishes on that task's summary bar (or milestone) to the day its
 * successor starts on the successor's, so that an arrow still says which task waits for which.
 */
export function ganttOverview(schedule: Schedule, groups: readonly PhaseGroup[], between: readonly GanttLink[], options: GanttOptions): GanttPart {
  const labels = diagramLabels(options.lang);
  const sections: GanttSection[] = groups.map((group, position) => ({
    title: group.title,
    bars: [
      summaryBar(group, position, labels),
      ...group.tasks.filter(({ task }) => task.milestone).map(({ task, index }) => taskBar(task, index, ganttBarName(task, labels))),
    ],
  }));
  const buffer = bufferSection(schedule, options.lang);
  if (buffer) sections.push(buffer);
  const diagram = ganttChart(schedule, { sections, tasks: schedule.tasks, wholePlan: true }, options);
  const milestones = groups.flatMap((group) => group.tasks.filter(({ task }) => task.milestone));
  const titles = taskBarTitles(milestones, options.lang, options.people, bufferBarFacts(schedule, options.lang));
  groups.forEach((group, position) => {
    const facts = summaryBarFacts(
      group.title,
      group.tasks.map(({ task }) => task),
      options.people,
    );
    titles[summaryBarId(position)] = barTitleText(facts, options.lang);
  });
  return { diagram, links: overviewLinks(groups, between), titles };
}

/** First start and last finish of a group's tasks. */
function groupSpan(group: PhaseGroup): { start: string; finish: string } {
  const starts = group.tasks.map(({ task }) => task.start).sort();
  const finishes = group.tasks.map(({ task }) => task.finish).sort();
  return { start: starts[0], finish: finishes[finishes.length - 1] };
}

/**
 * A group's summary bar: done when all its tasks are, under way when some are started, and
 * critical (mermaid's `crit`, so it looks like a critical bar on screen, dark or light, and on
 * paper) when one of its tasks is: a slip in that phase moves the plan's finish.
 */
function summaryBar(group: PhaseGroup, position: number, labels: DiagramLabels): GanttBar {
  const parts = group.tasks.map(({ task, index }) => taskBar(task, index, ''));
  const done = parts.every((bar) => bar.tags.includes('done'));
  const started = parts.some((bar) => bar.tags.includes('done') || bar.tags.includes('active'));
  const critical = parts.some((bar) => bar.tags.includes('crit'));
  const work = group.tasks.filter(({ task }) => !task.milestone).length;
  const tags: GanttBar['tags'] = [...(critical ? (['crit'] as const) : []), ...(done ? (['done'] as const) : started ? (['active'] as const) : [])];
  return { id: summaryBarId(position), name: labels.phaseBar(work), tags, ...groupSpan(group) };
}

/**
 * The links between groups, re-aimed at the overview's bars: a milestone keeps its own bar, any
 * other task's end lands on its group's summary bar, at the share of that bar where the
 * predecessor's last day ends or the successor's first day begins.
 */
function overviewLinks(groups: readonly PhaseGroup[], between: readonly GanttLink[]): GanttLink[] {
  const place = new Map<string, { task: ScheduledTask; position: number; span: { start: string; finish: string } }>();
  groups.forEach((group, position) => {
    const span = groupSpan(group);
    for (const { task, index } of group.tasks) place.set(taskBarId(index), { task, position, span });
  });
  return between.flatMap((link) => {
    const from = place.get(link.fromBar);
    const to = place.get(link.toBar);
    if (!from || !to) return [];
    const share = (day: number, span: { start: string; finish: string }) => (day - toDay(span.start)) / (toDay(span.finish) + 1 - toDay(span.start));
    return [
      {
        ...link,
        ...(from.task.milestone ? {} : { fromBar: summaryBarId(from.position), fromAt: share(toDay(from.task.finish) + 1, from.span) }),
        ...(to.task.milestone ? {} : { toBar: summaryBarId(to.position), toAt: share(toDay(to.task.start), to.span) }),
      },
    ];
  });
}
