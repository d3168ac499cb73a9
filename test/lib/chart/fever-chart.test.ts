import { describe, expect, it } from 'vitest';
import { feverChartSvg } from '../../../src/lib/chart/fever-chart.ts';
import { historyPoint as point } from '../../helpers/history-point.ts';
import type { HistoryPoint } from '../../../src/lib/schedule/history.ts';

// The chart is 640 × 400 with margins 16 (top), 24 (right), 48 (bottom) and 64 (left):
// completion 0–100 % runs across from x = 64 to x = 616 (5.52 per percent), consumption from
// the bottom of its scale at y = 352 up to its top at y = 16. The coordinates below are worked
// out by hand from these numbers and written out; they are not computed by the test.

const labels = {
  title: 'Fever & buffer',
  completion: 'Chain done',
  consumption: 'Buffer used',
  zones: { green: 'On track', yellow: 'Watch', red: 'Act' },
  point: (point: HistoryPoint) => point.label ?? point.date,
  percent: (value: number) => `${value} %`,
};

const xTick = (x: string, label: string) =>
  `<line class="fever__grid" x1="${x}" y1="352" x2="${x}" y2="16"/><text class="fever__tick" x="${x}" y="370" text-anchor="middle">${label}</text>`;
const yTick = (y: string, textY: string, label: string) =>
  `<line class="fever__grid" x1="64" y1="${y}" x2="616" y2="${y}"/><text class="fever__tick" x="56" y="${textY}" text-anchor="end">${label}</text>`;

/** The tick labels of the consumption axis, bottom to top. */
const consumptionTicks = (svg: string) => [...svg.matchAll(/<text class="fever__tick" x="56" y="[^"]+" text-anchor="end">([^<]*)</g)].map((m) => m[1]);
const circles = (svg: string) => [...svg.matchAll(/<circle [^>]*cx="([^"]+)" cy="([^"]+)" r="([^"]+)"/g)].map((m) => m.slice(1).join(' '));
const zone = (svg: string, colour: string) => new RegExp(`fever__zone--${colour}" points="([^"]*)"`).exec(svg)?.[1];

describe('the fever chart, worked out by hand', () => {
  it('draws a chart on the 0–100 % scale element by element', () => {
    // Consumption 0–100 %: y = 352 − 3.36 × consumption.
    // Zone edges: 10 + 0.6 c is 10 at c = 0 (y 318.4) and 70 at c = 100 (y 116.8);
    // 30 + 0.6 c is 30 (y 251.2) and 90 (y 49.6).
    // Points: (25 %, 50 %) → (202, 184); (50 %, 75 %) → (340, 100), the current one.
    const svg = feverChartSvg([point('2027-03-19', 25, 50), { ...point('2027-05-07', 50, 75, true), label: 'now' }], labels);
    expect(svg).toBe(
      [
        '<svg class="fever" viewBox="0 0 640 400" role="img" aria-label="Fever &amp; buffer" xmlns="http://www.w3.org/2000/svg">',
        '<polygon class="fever__zone fever__zone--green" points="64,352 616,352 616,116.8 64,318.4"><title>On track</title></polygon>',
        '<polygon class="fever__zone fever__zone--yellow" points="64,318.4 616,116.8 616,49.6 64,251.2"><title>Watch</title></polygon>',
        '<polygon class="fever__zone fever__zone--red" points="64,251.2 616,49.6 616,16 64,16"><title>Act</title></polygon>',
        xTick('64', '0 %'),
        xTick('202', '25 %'),
        xTick('340', '50 %'),
        xTick('478', '75 %'),
        xTick('616', '100 %'),
        yTick('352', '356', '0 %'),
        yTick('268', '272', '25 %'),
        yTick('184', '188', '50 %'),
        yTick('100', '104', '75 %'),
        yTick('16', '20', '100 %'),
        '<text class="fever__axis" x="340" y="392" text-anchor="middle">Chain done</text>',
        '<text class="fever__axis" transform="translate(16 184) rotate(-90)" text-anchor="middle">Buffer used</text>',
        '<polyline class="fever__path" points="202,184 340,100"/>',
        '<circle class="fever__point" cx="202" cy="184" r="5"><title>2027-03-19</title></circle><text class="fever__label" x="211" y="175">2027-03-19</text>',
        '<circle class="fever__point fever__point--current" cx="340" cy="100" r="7"><title>now</title></circle><text class="fever__label" x="349" y="91">now</text>',
        '</svg>',
      ].join(''),
    );
  });

  it('widens the consumption scale to the next 25 % beyond the points, and keeps the zones on it', () => {
    // −12 % rounds down to −25 %, 140 % up to 150 %: 175 points of scale over 336 px, 1.92 px
    // each, y = 352 − 1.92 × (consumption + 25).
    const svg = feverChartSvg([point('a', 10, -12), point('b', 20, 140)], labels);
    expect(consumptionTicks(svg)).toEqual(['-25 %', '0 %', '25 %', '50 %', '75 %', '100 %', '125 %', '150 %']);
    expect(svg).toContain(yTick('352', '356', '-25 %'));
    expect(svg).toContain(yTick('304', '308', '0 %'));
    expect(svg).toContain(yTick('112', '116', '100 %'));
    expect(svg).toContain(yTick('16', '20', '150 %'));
    // x: 64 + 5.52 × 10 = 119.2, 64 + 5.52 × 20 = 174.4; y: 352 − 1.92 × 13 = 327.04, 352 − 1.92 × 165 = 35.2.
    expect(circles(svg)).toEqual(['119.2 327 5', '174.4 35.2 5']);
    // The green zone starts at the bottom of the scale (−25 %); the zone edges 10, 30, 70 and 90 %
    // sit at y 284.8, 246.4, 169.6 and 131.2; the red zone ends at its top (150 %).
    expect(zone(svg, 'green')).toBe('64,352 616,352 616,169.6 64,284.8');
    expect(zone(svg, 'yellow')).toBe('64,284.8 616,169.6 616,131.2 64,246.4');
    expect(zone(svg, 'red')).toBe('64,246.4 616,131.2 616,16 64,16');
    // The completion grid spans the whole widened scale.
    expect(svg).toContain(xTick('340', '50 %'));
  });

  it('does not widen the scale for a point exactly on a 25 % step', () => {
    const svg = feverChartSvg([point('a', 0, -25), point('b', 100, 125)], labels);
    expect(consumptionTicks(svg)).toEqual(['-25 %', '0 %', '25 %', '50 %', '75 %', '100 %', '125 %']);
    expect(circles(svg)).toEqual(['64 352 5', '616 16 5']);
  });

  it('keeps the 0–100 % scale for points inside it', () => {
    const svg = feverChartSvg([point('a', 40, 1), point('b', 60, 99)], labels);
    expect(consumptionTicks(svg)).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
  });

  it('leaves out points without a completion or without a consumption', () => {
    const svg = feverChartSvg([point('a', 50, null), point('b', null, 50), point('c', 25, 25), point('d', 75, 25)], labels);
    // (25 %, 25 %) → (202, 268), (75 %, 25 %) → (478, 268).
    expect(circles(svg)).toEqual(['202 268 5', '478 268 5']);
    expect(svg).toContain('<polyline class="fever__path" points="202,268 478,268"/>');
    expect(svg).not.toContain('>a<');
    expect(svg).not.toContain('>b<');
  });

  it('draws no path through a single point, and neither path nor points without any', () => {
    const single = feverChartSvg([point('a', 50, 50, true)], labels);
    expect(single).not.toContain('polyline');
    expect(circles(single)).toEqual(['340 184 7']);
    const none = feverChartSvg([point('a', null, null)], labels);
    expect(none).not.toContain('polyline');
    expect(none).not.toContain('<circle');
    expect(none.endsWith('Buffer used</text></svg>')).toBe(true);
    expect(zone(none, 'green')).toBe('64,352 616,352 616,116.8 64,318.4');
  });
});
