import type { Schedule } from '../schedule/schedule-plan.ts';
import { ganttLinks } from './gantt-arrows.ts';
import { taskBarId } from './gantt-bar.ts';
import { bufferBarFacts, taskBarTitles } from './gantt-bar-titles.ts';
import { ganttOverview, type GanttPart } from './gantt-overview.ts';
import { ganttBarName, ganttChart, ganttDiagram, type GanttOptions } from './gantt.ts';
import { groupSection, phaseGroups } from './gantt-sections.ts';
import { diagramLabels } from './labels.ts';

/**
 * Above this many tasks one chart stops being readable (rows a few pixels apart, labels and arrows
 * piling up), so a plan gets an overview and one chart per phase instead. The sample plans stay
 * below it.
 */
export const LARGE_PLAN_TASKS = 40;

/** A plan's gantt charts: one, or for a large plan an overview and one per phase. */
export interface PlanGantts {
  /** The overview of a large plan; its arrows are the dependencies between phases. */
  overview?: GanttPart;
  /** The whole plan, or one chart per phase (titled with the phase's title) with the arrows inside it. */
  charts: GanttPart[];
}

/**
 * A plan's gantt charts. Each dependency is drawn exactly once: inside its phase's chart when both
 * tasks belong to that phase, else in the overview. A large plan whose tasks all share one phase
 * keeps its single chart (an overview of one bar would say nothing).
 */
export function planGantts(schedule: Schedule, options: GanttOptions): PlanGantts {
  const links = ganttLinks(schedule.tasks);
  const labels = diagramLabels(options.lang);
  const groups = phaseGroups(schedule.tasks, options.phaseTitles, labels.otherTasks);
  if (schedule.tasks.length <= LARGE_PLAN_TASKS || groups.length < 2) {
    const titles = taskBarTitles(
      schedule.tasks.map((task, index) => ({ task, index })),
      options.lang,
      options.people,
      bufferBarFacts(schedule, options.lang),
    );
    return { charts: [{ diagram: ganttDiagram(schedule, options), links, titles }] };
  }

  const groupOf = new Map(groups.flatMap((group, position) => group.tasks.map(({ index }) => [taskBarId(index), position] as const)));
  const within = links.filter((link) => groupOf.get(link.fromBar) === groupOf.get(link.toBar));
  const between = links.filter((link) => groupOf.get(link.fromBar) !== groupOf.get(link.toBar));
  const overview = ganttOverview(schedule, groups, between, { ...options, title: labels.overviewTitle(options.title) });
  const charts = groups.map((group, position) => ({
    diagram: ganttChart(
      schedule,
      { sections: [groupSection(group, (task) => ganttBarName(task, labels))], tasks: group.tasks.map(({ task }) => task), wholePlan: false },
      { ...options, title: group.title },
    ),
    links: within.filter((link) => groupOf.get(link.toBar) === position),
    titles: taskBarTitles(group.tasks, options.lang, options.people),
  }));
  return { overview, charts };
}
