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

export interface Box {
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
  const obstacles = obstacleBoxes(svg, svgId);
  const chartRight = Number(/<svg\b[^>]*\bviewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1] ?? Number.POSITIVE_INFINITY);
  const paths: string[] = [];
  for (const link of links) {
    const from = boxes.get(link.fromBar);
    const to = boxes.get(link.toBar);
    if (!from || !to) return { ok: false, problem: `no bar ${from ? link.toBar : link.fromBar} for the dependency ${link.from} → ${link.to}` };
    const kind = link.critical ? 'critical' : 'normal';
    paths.push(
      `<path class="gantt-arrow${link.critical ? ' gantt-arrow--critical' : ''}" data-from="${attribute(link.from)}" data-to="${attribute(link.to)}" d="${pathData(arrowRoute(from, to, obstacles, link, chartRight))}" marker-end="url(#${svgId}-arrow-${kind})"></path>`,
    );
  }
  const firstBar = svg.search(new RegExp(`<rect id="${escapeRegExp(svgId)}-${BAR_ID}"`));
  const group = svg.lastIndexOf('<g', firstBar);
  if (firstBar === -1 || group === -1) return { ok: false, problem: 'the task bars are in no group of the SVG' };
  const markers = ['normal', 'critical']
    .map(
      (kind) =>
        `<marker id="${svgId}-arrow-${kind}" class="gantt-arrowhead gantt-arrowhead--${kind}" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L6,3L0,6z"></path></marker>`,
    )
    .join('');
  const arrows = `<g class="gantt-arrows"><defs>${markers}</defs>${paths.join('')}</g>`;
  return { ok: true, svg: svg.slice(0, group) + arrows + svg.slice(group) };
}

/** A rectangle an arrow should not run through: a bar, or the label beside one. */
export interface Obstacle {
  kind: 'bar' | 'label';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far beside an obstacle an arrow passes it. */
const CLEARANCE = 3;
/**
 * What crossing an obstacle costs, in SVG units of extra sideways run. An arrow through a label
 * strikes the text out (labels lie over arrows, but the line shows between the letters): a
 * detour of up to a third of the chart (1100 wide) is better. Under a bar the line is hidden, but
 * it looks as if it entered that bar: worth a short detour.
 */
const LABEL_COST = 400;
const BAR_COST = 80;

/**
 * The corners of an arrow, from where it leaves the predecessor's bar to where it enters the
 * successor's. Down (or up) out of the predecessor's bar near its right end, sideways in the gap
 * next to the successor's row, and into the successor's bar near its left end from above (or
 * below). Arrows leave and enter bars vertically because mermaid puts a label that does not fit
 * into its bar to the right of the bar, or to its left near the chart's right edge: a horizontal
 * exit or entry would run through that label. An end anchored inside a bar (`fromAt`, `toAt`: a
 * summary bar standing for many tasks) leaves or enters it at that share of its width instead.
 *
 * When rows lie between the two, the way straight down can cross their bars and labels
 * (`obstacles`); the arrow then turns in the gap next to the predecessor's row, runs down in a
 * lane beside them, and turns again in the gap next to the successor's row. The lane is the one
 * with the least cost: its extra sideways run plus what its crossings cost (see LABEL_COST). Lanes
 * stay between the leftmost bar (less the clearance: section titles end further left) and
 * `chartRight`.
 */
export function arrowRoute(
  from: Box,
  to: Box,
  obstacles: readonly Obstacle[],
  anchors: Pick<GanttLink, 'fromAt' | 'toAt'> = {},
  chartRight = Number.POSITIVE_INFINITY,
): [number, number][] {
  const down = to.y + to.height / 2 >= from.y + from.height / 2;
  const x1 = anchors.fromAt === undefined ? exitX(from) : from.x + anchors.fromAt * from.width;
  const x2 = anchors.toAt === undefined ? entryX(to) : to.x + anchors.toAt * to.width;
  const y1 = down ? lowerEdge(from) : upperEdge(from);
  const y2 = down ? upperEdge(to) : lowerEdge(to);
  // The middle of the gap between the successor's row and the one the arrow comes from.
  const between = down ? to.y - ROW_GAP / 2 : to.y + to.height + ROW_GAP / 2;
  // The middle of the gap on the predecessor's side towards the successor.
  const leave = down ? from.y + from.height + ROW_GAP / 2 : from.y - ROW_GAP / 2;
  const top = Math.min(leave, between);
  const bottom = Math.max(leave, between);
  const inBetween = obstacles.filter((box) => box.y < bottom && box.y + box.height > top);
  const chartLeft = Math.min(x1, x2, ...obstacles.filter((box) => box.kind === 'bar').map((box) => box.x)) - CLEARANCE;
  const lane = bestLane(x1, x2, inBetween, chartLeft, chartRight);
  if (lane === x1)
    return [
      [x1, y1],
      [x1, between],
      [x2, between],
      [x2, y2],
    ];
  return [
    [x1, y1],
    [x1, leave],
    [lane, leave],
    [lane, between],
    [x2, between],
    [x2, y2],
  ];
}

/**
 * The x of the vertical run past the rows in between: the exit's own x when nothing is in the
 * way, else the candidate (the exit, the entry, just beside each obstacle) of least cost, the
 * exit's x on a tie.
 */
function bestLane(x1: number, x2: number, obstacles: readonly Obstacle[], chartLeft: number, chartRight: number): number {
  const crossed = (x: number) => obstacles.filter((box) => x > box.x - CLEARANCE / 2 && x < box.x + box.width + CLEARANCE / 2);
  const cost = (x: number) =>
    Math.abs(x - x1) + Math.abs(x - x2) - Math.abs(x1 - x2) + crossed(x).reduce((sum, box) => sum + (box.kind === 'label' ? LABEL_COST : BAR_COST), 0);
  if (crossed(x1).length === 0) return x1;
  const candidates = [x2, ...obstacles.flatMap((box) => [box.x - CLEARANCE, box.x + box.width + CLEARANCE])].filter((x) => x >= chartLeft && x <= chartRight);
  let best = x1;
  let least = cost(x1);
  for (const x of candidates) {
    const value = cost(x);
    if (value < least) [best, least] = [x, value];
  }
  return best;
}

const pathData = (points: readonly [number, number][]): string =>
  points.map(([x, y], index) => (index === 0 ? `M${round(x)} ${round(y)}` : points[index - 1][1] === y ? `H${round(x)}` : `V${round(y)}`)).join('');

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

/**
 * What arrows should pass beside: every bar (tasks, summary bars, the buffer) and every label
 * outside its bar, in its bar's row. A label's width is the one the label fitter measured
 * (`data-width`, fit-gantt-labels.ts), else the one mermaid measured for a label it put on the
 * right (`width-147.2` in its class), else estimated from its text. A label inside its bar lies
 * within the bar.
 */
export function obstacleBoxes(svg: string, svgId: string): Obstacle[] {
  const id = escapeRegExp(svgId);
  const bars = new Map<string, Obstacle>();
  for (const match of svg.matchAll(new RegExp(`<rect id="${id}-([\\w-]+)"([^>]*)>`, 'g'))) {
    if (!/class="[^"]*\btask\b/.test(match[2]) || /class="[^"]*\bvert\b/.test(match[2])) continue;
    const box = {
      kind: 'bar' as const,
      x: attributeNumber(match[2], 'x'),
      y: attributeNumber(match[2], 'y'),
      width: attributeNumber(match[2], 'width'),
      height: attributeNumber(match[2], 'height'),
    };
    if ([box.x, box.y, box.width, box.height].every(Number.isFinite)) bars.set(match[1], box);
  }
  const labels: Obstacle[] = [];
  for (const match of svg.matchAll(new RegExp(`<text id="${id}-([\\w-]+)-text"([^>]*)>`, 'g'))) {
    const bar = bars.get(match[1]);
    const side = /class="[^"]*\btaskTextOutside(Left|Right)\b/.exec(match[2])?.[1];
    const x = attributeNumber(match[2], 'x');
    if (!bar || !side || !Number.isFinite(x)) continue;
    const fitted = Number(/\sdata-width="([\d.]+)"/.exec(match[2])?.[1]);
    const measured = Number(/class="[^"]*\bwidth-([\d.]+)/.exec(match[2])?.[1]);
    const text = svg.slice(match.index + match[0].length, svg.indexOf('<', match.index + match[0].length));
    const width = Number.isFinite(fitted) ? fitted : Number.isFinite(measured) ? measured : estimatedWidth(text, attributeNumber(match[2], 'font-size'));
    labels.push({ kind: 'label', x: side === 'Left' ? x - width : x, y: bar.y, width, height: bar.height });
  }
  return [...bars.values(), ...labels];
}

/**
 * A generous guess of a label's width where nothing measured it: 0.6 em per character is wider
 * than the average of the sans-serif faces mermaid draws with, so arrows keep off rather than cut in.
 */
const estimatedWidth = (text: string, fontSize: number) => Array.from(text.replace(/&[^;]+;/g, '_')).length * 0.6 * (Number.isFinite(fontSize) ? fontSize : 11);

const attributeNumber = (attributes: string, name: string) => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(attributes)?.[1] ?? Number.NaN);
const round = (value: number) => Math.round(value * 10) / 10;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
