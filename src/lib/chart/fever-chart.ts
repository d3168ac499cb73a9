import type { HistoryPoint } from '../schedule/history.ts';
import { coordinate, escapeXml, scale } from './svg.ts';

export interface FeverChartLabels {
  title: string;
  /** Axis titles. */
  completion: string;
  consumption: string;
  zones: { green: string; yellow: string; red: string };
  /** The label of a point: its date (and snapshot label). */
  point: (point: HistoryPoint) => string;
  percent: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { top: 16, right: 24, bottom: 48, left: 64 };

/**
 * The buffer fever chart as SVG (rule B4): completion of the critical chain across, buffer
 * consumption up; the three zones below 10 + 0.6 × completion (green), from 30 + 0.6 ×
 * completion (red) and between (yellow); one point per report date, joined in date order.
 * Colours come from CSS classes (`fever__zone--green` …), so print and dark mode restyle it.
 */
export function feverChartSvg(points: readonly HistoryPoint[], labels: FeverChartLabels): string {
  const measured = points.filter(
    (point): point is HistoryPoint & { completion: number; consumption: number } => point.completion !== null && point.consumption !== null,
  );
  const top = Math.max(100, ...measured.map((point) => Math.ceil(point.consumption / 25) * 25));
  const bottom = Math.min(0, ...measured.map((point) => Math.floor(point.consumption / 25) * 25));
  const x = scale([0, 100], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = scale([bottom, top], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const line = (offset: number) => (completion: number) => offset + 0.6 * completion;
  const band = (lower: (c: number) => number, upper: (c: number) => number) =>
    [
      [0, lower(0)],
      [100, lower(100)],
      [100, upper(100)],
      [0, upper(0)],
    ]
      .map(([c, v]) => `${coordinate(x(c))},${coordinate(y(Math.max(bottom, Math.min(top, v))))}`)
      .join(' ');
  const floor = () => bottom;
  const ceiling = () => top;
  const ticks = [0, 25, 50, 75, 100];
  const yTicks = [];
  for (let value = bottom; value <= top; value += 25) yTicks.push(value);
  const path = measured.map((point) => `${coordinate(x(point.completion))},${coordinate(y(point.consumption))}`).join(' ');

  return [
    `<svg class="fever" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(labels.title)}" xmlns="http://www.w3.org/2000/svg">`,
    `<polygon class="fever__zone fever__zone--green" points="${band(floor, line(10))}"><title>${escapeXml(labels.zones.green)}</title></polygon>`,
    `<polygon class="fever__zone fever__zone--yellow" points="${band(line(10), line(30))}"><title>${escapeXml(labels.zones.yellow)}</title></polygon>`,
    `<polygon class="fever__zone fever__zone--red" points="${band(line(30), ceiling)}"><title>${escapeXml(labels.zones.red)}</title></polygon>`,
    ...ticks.map(
      (tick) =>
        `<line class="fever__grid" x1="${coordinate(x(tick))}" y1="${coordinate(y(bottom))}" x2="${coordinate(x(tick))}" y2="${coordinate(y(top))}"/><text class="fever__tick" x="${coordinate(x(tick))}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${escapeXml(labels.percent(tick))}</text>`,
    ),
    ...yTicks.map(
      (tick) =>
        `<line class="fever__grid" x1="${MARGIN.left}" y1="${coordinate(y(tick))}" x2="${WIDTH - MARGIN.right}" y2="${coordinate(y(tick))}"/><text class="fever__tick" x="${MARGIN.left - 8}" y="${coordinate(y(tick) + 4)}" text-anchor="end">${escapeXml(labels.percent(tick))}</text>`,
    ),
    `<text class="fever__axis" x="${coordinate((MARGIN.left + WIDTH - MARGIN.right) / 2)}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(labels.completion)}</text>`,
    `<text class="fever__axis" transform="translate(16 ${coordinate((MARGIN.top + HEIGHT - MARGIN.bottom) / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(labels.consumption)}</text>`,
    measured.length > 1 ? `<polyline class="fever__path" points="${path}"/>` : '',
    ...measured.map(
      (point) =>
        `<circle class="fever__point${point.current ? ' fever__point--current' : ''}" cx="${coordinate(x(point.completion))}" cy="${coordinate(y(point.consumption))}" r="${point.current ? 7 : 5}"><title>${escapeXml(labels.point(point))}</title></circle><text class="fever__label" x="${coordinate(x(point.completion) + 9)}" y="${coordinate(y(point.consumption) - 9)}">${escapeXml(labels.point(point))}</text>`,
    ),
    `</svg>`,
  ].join('');
}
