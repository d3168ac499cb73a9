import { describe, expect, it } from 'vitest';
import { milestoneTrendSvg } from '../../../src/lib/chart/milestone-trend.ts';
import type { MilestoneTrend } from '../../../src/lib/schedule/history.ts';

// The chart is 640 × 420 with margins 16 (top), 72 (right), 64 (bottom) and 88 (left): report
// dates run across from x = 88 to x = 568 (480 px), forecasts up from y = 356 to y = 16 (340 px).
// The coordinates below are worked out by hand and written out; they are not computed by the test.

const labels = { title: 'MTA', reportDate: 'Report date', forecast: 'Forecast', diagonal: 'Due', date: (iso: string) => `on ${iso}` };

const trend = (id: string, title: string, forecasts: [string, string][]): MilestoneTrend => ({
  id,
  title,
  forecasts: forecasts.map(([date, forecast]) => ({ date, forecast })),
});

const reportTick = (x: string, date: string) =>
  `<line class="trend__grid" x1="${x}" y1="16" x2="${x}" y2="356"/><text class="trend__tick" transform="translate(${x} 370) rotate(30)">on ${date}</text>`;
const forecastTick = (y: string, textY: string, date: string) =>
  `<line class="trend__grid" x1="88" y1="${y}" x2="568" y2="${y}"/><text class="trend__tick" x="80" y="${textY}" text-anchor="end">on ${date}</text>`;

describe('the milestone trend chart, worked out by hand', () => {
  it('draws a chart element by element', () => {
    // Report dates 1–21 March 2027 (20 days): x = 88 + 24 × (days after 1 March).
    // Forecasts from 1 March (the first report date) to 4 April (34 days): y = 356 − 10 × (days after 1 March).
    // Forecast ticks at 0, 6.8, 13.6, 20.4, 27.2 and 34 days, rounded: 1, 8, 15, 21, 28 March and 4 April.
    const svg = milestoneTrendSvg(
      [
        trend('design', 'Design approved', [
          ['2027-03-11', '2027-03-25'],
          ['2027-03-16', '2027-03-28'],
          ['2027-03-21', '2027-04-04'],
        ]),
        // Reported first, listed second: the report dates are still drawn in date order.
        trend('live', 'Go-live & handover', [['2027-03-01', '2027-03-15']]),
        trend('late', 'Added later', []),
      ],
      labels,
    );
    expect(svg).toBe(
      [
        '<svg class="trend" viewBox="0 0 640 420" role="img" aria-label="MTA" xmlns="http://www.w3.org/2000/svg">',
        reportTick('88', '2027-03-01'),
        reportTick('328', '2027-03-11'),
        reportTick('448', '2027-03-16'),
        reportTick('568', '2027-03-21'),
        forecastTick('356', '360', '2027-03-01'),
        forecastTick('286', '290', '2027-03-08'),
        forecastTick('216', '220', '2027-03-15'),
        forecastTick('156', '160', '2027-03-21'),
        forecastTick('86', '90', '2027-03-28'),
        forecastTick('16', '20', '2027-04-04'),
        // Where forecast equals report date: from 1 March to the last report date, 21 March.
        '<line class="trend__diagonal" x1="88" y1="356" x2="568" y2="156"><title>Due</title></line>',
        '<text class="trend__axis" x="328" y="414" text-anchor="middle">Report date</text>',
        '<text class="trend__axis" transform="translate(14 186) rotate(-90)" text-anchor="middle">Forecast</text>',
        // Design: (11 March, 25 March) → (328, 116), (16, 28 March) → (448, 86), (21 March, 4 April) → (568, 16);
        // its number 8 px right of and 4 px below the last point.
        '<g class="trend__milestone trend__milestone--0"><title>1. Design approved</title>',
        '<polyline points="328,116 448,86 568,16"/>',
        '<circle cx="328" cy="116" r="4"/><circle cx="448" cy="86" r="4"/><circle cx="568" cy="16" r="4"/>',
        '<text class="trend__number" x="576" y="20">1</text></g>',
        // Go-live: a single point (1 March, 15 March) → (88, 216), no line.
        '<g class="trend__milestone trend__milestone--1"><title>2. Go-live &amp; handover</title>',
        '<circle cx="88" cy="216" r="4"/>',
        '<text class="trend__number" x="96" y="220">2</text></g>',
        // A milestone without forecasts keeps its number and colour slot but draws nothing.
        '<g class="trend__milestone trend__milestone--2"><title>3. Added later</title></g>',
        '</svg>',
      ].join(''),
    );
  });

  it('spans at least a week of report dates, and reaches down to a forecast before the first report', () => {
    // One report on 8 March: the report axis runs to 15 March (480 / 7 px a day). The forecast,
    // 1 March, lies before it: the forecast axis runs from 1 to 15 March (340 / 14 px a day).
    const svg = milestoneTrendSvg([trend('m', 'Kick-off', [['2027-03-08', '2027-03-01']])], labels);
    expect(svg.match(/class="trend__tick" transform/g)).toHaveLength(1);
    expect(svg).toContain(reportTick('88', '2027-03-08'));
    // Ticks at 0, 2.8, 5.6, 8.4, 11.2 and 14 days, rounded to 0, 3, 6, 8, 11 and 14:
    // y = 356 − 340 × days / 14 = 356, 283.1, 210.3, 161.7, 88.9, 16.
    expect(svg).toContain(
      [
        forecastTick('356', '360', '2027-03-01'),
        forecastTick('283.1', '287.1', '2027-03-04'),
        forecastTick('210.3', '214.3', '2027-03-07'),
        forecastTick('161.7', '165.7', '2027-03-09'),
        forecastTick('88.9', '92.9', '2027-03-12'),
        forecastTick('16', '20', '2027-03-15'),
      ].join(''),
    );
    // The diagonal starts at the first report date (8 March, y = 356 − 170 = 186), not at the
    // earliest forecast, and ends at the end of the report axis (15 March).
    expect(svg).toContain('<line class="trend__diagonal" x1="88" y1="186" x2="568" y2="16">');
    expect(svg).toContain('<circle cx="88" cy="356" r="4"/><text class="trend__number" x="96" y="360">1</text>');
  });

  it('numbers every milestone and cycles through six colour slots', () => {
    const milestones = Array.from({ length: 8 }, (_, index) => trend(`m${index}`, `M${index}`, [['2027-03-01', '2027-03-20']]));
    const svg = milestoneTrendSvg(milestones, labels);
    expect([...svg.matchAll(/trend__milestone--(\d)/g)].map((m) => m[1])).toEqual(['0', '1', '2', '3', '4', '5', '0', '1']);
    expect([...svg.matchAll(/<title>(\d)\. /g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
