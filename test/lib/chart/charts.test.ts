import { describe, expect, it } from 'vitest';
import { feverChartSvg } from '../../../src/lib/chart/fever-chart.ts';
import { milestoneTrendSvg } from '../../../src/lib/chart/milestone-trend.ts';
import { historyPoint as point } from '../../helpers/history-point.ts';
import type { HistoryPoint, MilestoneTrend } from '../../../src/lib/schedule/history.ts';

const feverLabels = {
  title: 'Fever <chart>',
  completion: 'Chain done',
  consumption: 'Buffer used',
  zones: { green: 'green', yellow: 'yellow', red: 'red' },
  point: (point: HistoryPoint) => point.date,
  percent: (value: number) => `${value}%`,
};

describe('the buffer fever chart', () => {
  it('draws the three zones, one point per report date joined in order, the current one marked', () => {
    const svg = feverChartSvg([point('2027-03-19', 10, 27.3), point('2027-05-07', 20, 22.7), point('2027-06-15', 30, 18.2, true)], feverLabels);
    expect(svg.match(/class="fever__zone fever__zone--(green|yellow|red)"/g)).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/fever__point--current/g)).toHaveLength(1);
    expect(svg).toMatch(/<polyline class="fever__path" points="[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+"/);
    // Escaped text, an accessible name, labels beside the points for print.
    expect(svg).toContain('aria-label="Fever &lt;chart&gt;"');
    expect(svg.match(/class="fever__label"/g)).toHaveLength(3);
  });

  it('x runs with completion, y against consumption (SVG y grows downwards)', () => {
    const svg = feverChartSvg([point('a', 0, 0), point('b', 100, 100)], feverLabels);
    const [first, second] = [...svg.matchAll(/<circle [^>]*cx="([\d.]+)" cy="([\d.]+)"/g)].map((match) => [Number(match[1]), Number(match[2])]);
    expect(second[0]).toBeGreaterThan(first[0]);
    expect(second[1]).toBeLessThan(first[1]);
  });

  it('extends its scale past 100 % and below 0 %, and leaves out points without a measure', () => {
    const svg = feverChartSvg([point('a', 10, -12), point('b', 20, 140), point('c', null, 50)], feverLabels);
    expect(svg).toContain('>150%<');
    expect(svg).toContain('>-25%<');
    expect(svg.match(/<circle /g)).toHaveLength(2);
  });
});

describe('the milestone trend analysis', () => {
  const trend = (id: string, forecasts: [string, string][]): MilestoneTrend => ({
    id,
    title: `Milestone ${id}`,
    forecasts: forecasts.map(([date, forecast]) => ({ date, forecast })),
  });
  const labels = { title: 'MTA', reportDate: 'Report date', forecast: 'Forecast', diagonal: 'Diagonal', date: (iso: string) => iso };

  it('one line per milestone through its forecasts, numbered, with the diagonal', () => {
    const svg = milestoneTrendSvg(
      [
        trend('a', [
          ['2027-02-01', '2027-03-22'],
          ['2027-03-19', '2027-03-31'],
          ['2027-06-15', '2027-03-31'],
        ]),
        trend('b', [
          ['2027-02-01', '2027-10-11'],
          ['2027-06-15', '2027-10-15'],
        ]),
      ],
      labels,
    );
    expect(svg.match(/<g class="trend__milestone/g)).toHaveLength(2);
    expect(svg.match(/<polyline points=/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('class="trend__diagonal"');
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>2</text>');
    // A later forecast sits higher (smaller y) than an earlier one.
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(ys[1]).toBeLessThan(ys[0]);
  });

  it('draws nothing without milestones', () => {
    expect(milestoneTrendSvg([], labels)).toBe('');
  });
});
