import type { ScheduledTask } from '../schedule/schedule-plan.ts';
import { taskBarId } from './gantt-bar.ts';

/** One finish-to-start dependency between two bars of a gantt chart. */
export interface GanttLink {
  /** Task ids, as in the content: the predecessor and its successor. */
  from: string;
  to: string;
  /** Mermaid bar ids (`t3`) of the two tasks. */
  fromBar: string;
  toBar: string;
  /** Both tasks on the critical path: drawn like critical bars. */
  critical: boolean;
}

/** Every dependency of a schedule as a link between bars, numbered as the gantt source numbers them. */
export function ganttLinks(tasks: readonly Pick<ScheduledTask, 'id' | 'dependsOn' | 'critical'>[]): GanttLink[] {
  const index = new Map(tasks.map((task, position) => [task.id, position]));
  return tasks.flatMap((task, position) =>
    task.dependsOn.flatMap((id) => {
      const from = index.get(id);
      if (from === undefined) return [];
      return [{ from: id, to: task.id, fromBar: taskBarId(from), toBar: taskBarId(position), critical: tasks[from].critical && task.critical }];
    }),
  );
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  milestone: boolean;
}

export type ArrowResult = { ok: true; svg: string } | { ok: false; problem: string };

/** Room between a bar's end and the arrow's bend, in SVG units (mermaid's chart is 1100 wide). */
const GAP = 6;

/**
 * Draws the links as arrows into a gantt SVG that mermaid rendered: each an SVG `path` with
 * `data-from` and `data-to`, from the right end of the predecessor's bar to the left end of the
 * successor's, read from the bars' rectangles. The arrows go in before the bars, so that bars and
 * their labels are painted over them: a label is never hidden by an arrow. A link whose bar is
 * not in the SVG is an error naming it (the SVG and the links came from different schedules).
 */
export function drawGanttArrows(svg: string, links: readonly GanttLink[]): ArrowResult {
  if (links.length === 0) return { ok: true, svg };
  const svgId = /<svg\b[^>]*\bid="([^"]+)"/.exec(svg)?.[1];
  if (!svgId) return { ok: false, problem: 'the SVG has no id' };
  const boxes = barBoxes(svg, svgId);
  const paths: string[] = [];
  for (const link of links) {
    const from = boxes.get(link.fromBar);
    const to = boxes.get(link.toBar);
    if (!from || !to) return { ok: false, problem: `no bar ${from ? link.toBar : link.fromBar} for the dependency ${link.from} → ${link.to}` };
    const kind = link.critical ? 'critical' : 'normal';
    paths.push(
      `<path class="gantt-arrow${link.critical ? ' gantt-arrow--critical' : ''}" data-from="${attribute(link.from)}" data-to="${attribute(link.to)}" d="${arrowPath(from, to)}" marker-end="url(#${svgId}-arrow-${kind})"></path>`,
    );
  }
  const firstBar = svg.search(new RegExp(`<rect id="${escapeRegExp(svgId)}-t\\d+"`));
  const group = svg.lastIndexOf('<g', firstBar);
  if (firstBar === -1 || group === -1) return { ok: false, problem: 'no task bars in the SVG' };
  const markers = ['normal', 'critical']
    .map(
      (kind) =>
        `<marker id="${svgId}-arrow-${kind}" class="gantt-arrowhead gantt-arrowhead--${kind}" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L6,3L0,6z"></path></marker>`,
    )
    .join('');
  const arrows = `<g class="gantt-arrows"><defs>${markers}</defs>${paths.join('')}</g>`;
  return { ok: true, svg: svg.slice(0, group) + arrows + svg.slice(group) };
}

/**
 * Out of the predecessor's end to the right, down (or up) to the successor's row, into its start.
 * When the successor starts left of that bend (same day, or a lead), the arrow runs along the gap
 * between the rows instead of through the successor's bar.
 */
function arrowPath(from: Box, to: Box): string {
  const x1 = round(from.milestone ? from.x + from.width / 2 + from.height / 2 : from.x + from.width);
  const y1 = round(from.y + from.height / 2);
  const x2 = round(to.milestone ? to.x + to.width / 2 - to.height / 2 : to.x);
  const y2 = round(to.y + to.height / 2);
  const bend = x1 + GAP;
  if (x2 - GAP >= bend) return `M${x1} ${y1}H${bend}V${y2}H${x2}`;
  const between = round(y2 > y1 ? to.y - 2 : to.y + to.height + 2);
  return `M${x1} ${y1}H${bend}V${between}H${round(x2 - GAP)}V${y2}H${x2}`;
}

/** The task bars' rectangles by bar id (`t3`), as mermaid writes them: `<rect id="SVGID-t3" x y width height class>`. */
function barBoxes(svg: string, svgId: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const match of svg.matchAll(new RegExp(`<rect id="${escapeRegExp(svgId)}-(t\\d+)"([^>]*)>`, 'g'))) {
    const number = (name: string) => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(match[2])?.[1] ?? Number.NaN);
    const box = { x: number('x'), y: number('y'), width: number('width'), height: number('height'), milestone: /class="[^"]*\bmilestone\b/.test(match[2]) };
    if ([box.x, box.y, box.width, box.height].every(Number.isFinite)) boxes.set(match[1], box);
  }
  return boxes;
}

const round = (value: number) => Math.round(value * 10) / 10;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
