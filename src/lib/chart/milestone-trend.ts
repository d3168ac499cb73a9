import { formatIsoDay, toDay } from '../dates.ts';
import type { MilestoneTrend } from '../schedule/history.ts';
import { coordinate, escapeXml, scale } from './svg.ts';

export interface MilestoneTrendLabels {
  title: string;
  reportDate: string;
  forecast: string;
  diagonal: string;
  date: (iso: string) => string;
}

const WIDTH = 640;
const HEIGHT = 420;
const MARGIN = { top: 16, right: 72, bottom: 64, left: 88 };

/**
 * The milestone trend analysis (Meilensteintrendanalyse) as SVG: report dates across, each
 * baseline milestone's forecast up, one line per milestone with a number at its last point, and
 * the diagonal where forecast and report date meet (a milestone reaching it is due). Rising lines
 * slip, flat ones hold. The numbers refer to the table beside the chart.
 */
export function milestoneTrendSvg(milestones: readonly MilestoneTrend[], labels: MilestoneTrendLabels): string {
  const reportDays = milestones.flatMap((milestone) => milestone.forecasts.map((entry) => toDay(entry.date)));
  const forecastDays = milestones.flatMap((milestone) => milestone.forecasts.map((entry) => toDay(entry.forecast)));
  if (reportDays.length === 0) return '';
  const first = Math.min(...reportDays);
  const lastReport = Math.max(...reportDays, first + 7);
  const low = Math.min(first, ...forecastDays);
  const high = Math.max(lastReport, ...forecastDays);
  const x = scale([first, lastReport], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = scale([low, high], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const point = (date: string, forecast: string) => ({ cx: coordinate(x(toDay(date))), cy: coordinate(y(toDay(forecast))) });
  const reportTicks = [...new Set(reportDays)].sort((a, b) => a - b);
  const forecastTicks = Array.from({ length: 6 }, (_, index) => Math.round(low + ((high - low) * index) / 5));
  // The diagonal over the report dates, clipped to the forecast range.
  const diagonalFrom = Math.max(first, low);
  const diagonalTo = Math.min(lastReport, high);

  return [
    `<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(labels.title)}" xmlns="http://www.w3.org/2000/svg">`,
    ...reportTicks.map(
      (day) =>
        `<line class="trend__grid" x1="${coordinate(x(day))}" y1="${MARGIN.top}" x2="${coordinate(x(day))}" y2="${HEIGHT - MARGIN.bottom}"/><text class="trend__tick" transform="translate(${coordinate(x(day))} ${HEIGHT - MARGIN.bottom + 14}) rotate(30)">${escapeXml(labels.date(formatIsoDay(day)))}</text>`,
    ),
    ...forecastTicks.map(
      (day) =>
        `<line class="trend__grid" x1="${MARGIN.left}" y1="${coordinate(y(day))}" x2="${WIDTH - MARGIN.right}" y2="${coordinate(y(day))}"/><text class="trend__tick" x="${MARGIN.left - 8}" y="${coordinate(y(day) + 4)}" text-anchor="end">${escapeXml(labels.date(formatIsoDay(day)))}</text>`,
    ),
    diagonalTo > diagonalFrom
      ? `<line class="trend__diagonal" x1="${coordinate(x(diagonalFrom))}" y1="${coordinate(y(diagonalFrom))}" x2="${coordinate(x(diagonalTo))}" y2="${coordinate(y(diagonalTo))}"><title>${escapeXml(labels.diagonal)}</title></line>`
      : '',
    `<text class="trend__axis" x="${coordinate((MARGIN.left + WIDTH - MARGIN.right) / 2)}" y="${HEIGHT - 6}" text-anchor="middle">${escapeXml(labels.reportDate)}</text>`,
    `<text class="trend__axis" transform="translate(14 ${coordinate((MARGIN.top + HEIGHT - MARGIN.bottom) / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(labels.forecast)}</text>`,
    ...milestones.map((milestone, index) => {
      const points = milestone.forecasts.map((entry) => point(entry.date, entry.forecast));
      const last = milestone.forecasts.at(-1);
      const marker = last
        ? `<text class="trend__number" x="${coordinate(x(toDay(last.date)) + 8)}" y="${coordinate(y(toDay(last.forecast)) + 4)}">${index + 1}</text>`
        : '';
      return [
        `<g class="trend__milestone trend__milestone--${index % 6}"><title>${escapeXml(`${index + 1}. ${milestone.title}`)}</title>`,
        points.length > 1 ? `<polyline points="${points.map(({ cx, cy }) => `${cx},${cy}`).join(' ')}"/>` : '',
        ...points.map(({ cx, cy }) => `<circle cx="${cx}" cy="${cy}" r="4"/>`),
        marker,
        '</g>',
      ].join('');
    }),
    '</svg>',
  ].join('');
}
