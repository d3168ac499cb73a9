import type { Content } from './content/read-content.ts';
import { planGantts, type PlanGantts } from './diagram/plan-gantts.ts';
import { milestoneDiagram } from './diagram/milestone-diagram.ts';
import { phaseFlowchart } from './diagram/phase-flowchart.ts';
import type { DiagramSource } from './diagram/gantt.ts';
import type { Lang } from './i18n/lang.ts';
import type { Phase } from './schema/phase.ts';
import type { Plan } from './schema/plan.ts';
import type { Schedule } from './schedule/schedule-plan.ts';
import { cachedSchedulePlan } from './schedule/schedule-cache.ts';
import { scheduleOptions } from './schedule/schedule-inputs.ts';

/**
 * Every diagram the site shows, derived from the content in one place, so that the build can
 * render them all up front (one browser) and the pages find them by their source.
 */
export interface PlanDiagrams {
  /** The gantt charts with their dependency arrows, drawn into each SVG after mermaid rendered it. */
  gantts: PlanGantts;
  milestones: DiagramSource;
}

export function planDiagrams(schedule: Schedule, plan: Plan, lang: Lang, phaseTitles: ReadonlyMap<string, string>): PlanDiagrams {
  return {
    gantts: planGantts(schedule, {
      title: plan.title,
      lang,
      phaseTitles,
      titleLine: false,
      people: new Map(plan.team.map((person) => [person.id, person.name])),
    }),
    milestones: milestoneDiagram(schedule, { title: plan.title, lang }),
  };
}

/**
 * Above this many phases a flowchart is no longer readable (and mermaid refuses sources over
 * 50,000 characters); the ordered list of phases on the home page says the same.
 */
const MAX_FLOWCHART_PHASES = 40;

/** The flowchart of the standard phases, or undefined when there are too many to draw. */
export function playbookFlowchart(phases: readonly { id: string; data: Phase }[], lang: Lang, hrefFor?: (id: string) => string): DiagramSource | undefined {
  if (phases.length === 0 || phases.length > MAX_FLOWCHART_PHASES) return undefined;
  const ordered = [...phases].sort((a, b) => a.data.order - b.data.order);
  return phaseFlowchart(
    ordered.map((phase) => ({
      id: phase.id,
      title: phase.data.title,
      order: phase.data.order,
      dependsOn: phase.data.dependsOn,
      milestone: phase.data.milestone,
    })),
    { lang, hrefFor },
  );
}

/** All diagram sources of a validated content tree (for build-time rendering). */
export function allDiagramSources(content: Content, lang: Lang, hrefFor?: (id: string) => string): string[] {
  const flowchart = playbookFlowchart(content.phases, lang, hrefFor);
  const sources = flowchart ? [flowchart.source] : [];
  for (const plan of content.plans) {
    // Same options as the pages use, so that the sources (and their cache keys) are identical.
    const options = scheduleOptions(content, plan.id, lang);
    const result = cachedSchedulePlan(plan.id, plan.data, options);
    if (!result.ok) continue;
    const diagrams = planDiagrams(result.schedule, plan.data, lang, options.phaseTitles ?? new Map());
    const { overview, charts } = diagrams.gantts;
    sources.push(...(overview ? [overview.diagram.source] : []), ...charts.map((chart) => chart.diagram.source), diagrams.milestones.source);
  }
  return sources;
}
