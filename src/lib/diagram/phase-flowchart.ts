import type { Lang } from '../i18n/lang.ts';
import { diagramText, headerLines, type DiagramSource } from './diagram-source.ts';
import { htmlLabelText, mermaidHref } from './escape.ts';
import { diagramLabels } from './labels.ts';

export interface FlowchartPhase {
  id: string;
  title: string;
  order: number;
  dependsOn?: readonly string[];
  /** The milestone reached when the phase ends; shown as a second line of the node. */
  milestone?: string;
}

export interface PhaseFlowchartOptions {
  lang: Lang;
  /** Link target of a phase's node (for example its page); no link when absent. */
  hrefFor?: (id: string) => string;
  /** Accessible title; defaults to a generic one in `lang`. */
  title?: string;
}

/** Milestone marker before the milestone line of a node (a diamond, as in the gantt). */
const MILESTONE_MARK = '◆ ';

/**
 * `flowchart LR` of the standard phases in reading order, an arrow from each dependency to its
 * dependent phase, and optional `click … href` links. Node ids are `p1`, `p2`, … by order, so
 * that no phase id can collide with flowchart keywords (`end`, `graph`, `subgraph`, …).
 * Dependencies on phases that are not in the list are left out (validation reports them).
 */
export function phaseFlowchart(phases: readonly FlowchartPhase[], options: PhaseFlowchartOptions): DiagramSource {
  const labels = diagramLabels(options.lang);
  const ordered = [...phases].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodeIds = new Map(ordered.map((phase, index) => [phase.id, `p${index + 1}`]));
  const titles = new Map(ordered.map((phase) => [phase.id, phase.title]));
  const predecessors = (phase: FlowchartPhase) => [...new Set(phase.dependsOn ?? [])].filter((id) => nodeIds.has(id) && id !== phase.id);

  const title = options.title ?? labels.phaseFlowchartTitle;
  const description = labels.phaseFlowchartDescription(
    ordered.map((phase) => ({ title: phase.title, after: predecessors(phase).map((id) => titles.get(id) ?? id) })),
  );

  const statements = [...headerLines(title, description, { titleLine: false })];
  for (const phase of ordered) statements.push(`${nodeIds.get(phase.id)}["${nodeLabel(phase)}"]`);
  for (const phase of ordered) {
    for (const id of predecessors(phase)) statements.push(`${nodeIds.get(id)} --> ${nodeIds.get(phase.id)}`);
  }
  if (options.hrefFor) {
    for (const phase of ordered) {
      const href = mermaidHref(options.hrefFor(phase.id));
      if (href) statements.push(`click ${nodeIds.get(phase.id)} href "${href}"`);
    }
  }
  return { source: diagramText('flowchart LR', statements), title, description };
}

/**
 * Quoted node label: `"` and backticks are encoded, so the label can neither end the quote nor
 * turn into a markdown string. `<br>` is mermaid's line break in labels.
 */
function nodeLabel(phase: FlowchartPhase): string {
  const title = htmlLabelText(phase.title) || htmlLabelText(phase.id);
  if (!phase.milestone) return title;
  return `${title}<br>${htmlLabelText(MILESTONE_MARK + phase.milestone)}`;
}
