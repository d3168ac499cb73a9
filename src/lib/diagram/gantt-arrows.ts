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
  /**
   * Where along `fromBar` (0 = its left end, 1 = its right end) the predecessor finishes, when that
   * bar stands for more than the predecessor (a phase's summary bar); the arrow then leaves the bar
   * there, downwards or upwards, instead of at its right end.
   */
  fromAt?: number;
  /** Where along `toBar` the successor starts, when that bar stands for more than the successor. */
  toAt?: number;
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

/** How far inside a bar's end an arrow leaves or enters it, in SVG units (mermaid's chart is 1100 wide). */
const GAP = 6;
/** Mermaid's gantt `barGap`: the space between two rows, in which arrows run sideways. */
const ROW_GAP = 4;

/** Bar ids an arrow can join: tasks (`t3`) and the phases' summary bars of an overview (`p2`). */
const BAR_ID = '[tp]\\d+';

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
      `<path class="gantt-arrow${link.critical ? ' gantt-arrow--critical' : ''}" data-from="${attribute(link.from)}" data-to="${attribute(link.to)}" d="${arrowPath(from, to, link)}" marker-end="url(#${svgId}-arrow-${kind})"></path>`,
    );
  }
  const firstBar = svg.search(new RegExp(`<rect id="${escapeRegExp(svgId)}-${BAR_ID}"`));
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
 * Down (or up) out of the predecessor's bar near its right end, along the gap next to the
 * successor's row, and into the successor's bar near its left end from above (or below). Arrows
 * leave and enter bars vertically because mermaid puts a label that does not fit into its bar to
 * the right of the bar, or to its left near the chart's right edge: a horizontal exit or entry
 * would run through that label. An end anchored inside a bar (`fromAt`, `toAt`: a summary bar
 * standing for many tasks) leaves or enters it at that share of its width instead.
 */
function arrowPath(from: Box, to: Box, anchors: Pick<GanttLink, 'fromAt' | 'toAt'> = {}): string {
  const down = to.y + to.height / 2 >= from.y + from.height / 2;
  const x1 = anchors.fromAt === undefined ? exitX(from) : from.x + anchors.fromAt * from.width;
  const x2 = anchors.toAt === undefined ? entryX(to) : to.x + anchors.toAt * to.width;
  const y1 = down ? lowerEdge(from) : upperEdge(from);
  const y2 = down ? upperEdge(to) : lowerEdge(to);
  // The middle of the gap between the successor's row and the one the arrow comes from.
  const between = down ? to.y - ROW_GAP / 2 : to.y + to.height + ROW_GAP / 2;
  return `M${round(x1)} ${round(y1)}V${round(between)}H${round(x2)}V${round(y2)}`;
}

/** Where an arrow leaves a bar: just inside its right end; a milestone's diamond at its centre. */
const exitX = (box: Box) => (box.milestone ? box.x + box.width / 2 : box.x + box.width - Math.min(GAP, box.width / 2));
/** Where an arrow enters a bar: just inside its left end; a milestone's diamond at its centre. */
const entryX = (box: Box) => (box.milestone ? box.x + box.width / 2 : box.x + Math.min(GAP, box.width / 2));
/**
 * Half a bar's height; for a milestone half the diagonal of its diamond: mermaid's stylesheet turns
 * the square by 45° and scales it by 0.8 (`rotate(45deg) scale(0.8,0.8)` in the gantt styles).
 */
const halfHeight = (box: Box) => (box.milestone ? (box.height / 2) * 0.8 * Math.SQRT2 : box.height / 2);
/** A bar's lower and upper edge; for a milestone its bottom and top corner. */
const lowerEdge = (box: Box) => box.y + box.height / 2 + halfHeight(box);
const upperEdge = (box: Box) => box.y + box.height / 2 - halfHeight(box);

/** The bars' rectangles by bar id (`t3`, `p2`), as mermaid writes them: `<rect id="SVGID-t3" x y width height class>`. */
function barBoxes(svg: string, svgId: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const match of svg.matchAll(new RegExp(`<rect id="${escapeRegExp(svgId)}-(${BAR_ID})"([^>]*)>`, 'g'))) {
    const number = (name: string) => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(match[2])?.[1] ?? Number.NaN);
    const box = { x: number('x'), y: number('y'), width: number('width'), height: number('height'), milestone: /class="[^"]*\bmilestone\b/.test(match[2]) };
    if ([box.x, box.y, box.width, box.height].every(Number.isFinite)) boxes.set(match[1], box);
  }
  return boxes;
}

const round = (value: number) => Math.round(value * 10) / 10;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
