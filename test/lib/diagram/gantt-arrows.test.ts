import { describe, expect, test } from 'vitest';
import { drawGanttArrows, ganttLinks } from '../../../src/lib/diagram/gantt-arrows.ts';

// A gantt SVG as mermaid 12 writes it: the bars' group, then the labels' group, coordinates absolute.
const svg = [
  '<svg id="kd1" viewBox="0 0 1100 200"><g><rect class="section section0"></rect></g>',
  '<g>',
  '<rect id="kd1-t1" rx="3" ry="3" x="100" y="50" width="40" height="20" class="task crit0"></rect>',
  '<rect id="kd1-t2" rx="3" ry="3" x="160" y="74" width="30" height="20" class="task crit0"></rect>',
  '<rect id="kd1-t3" rx="3" ry="3" x="120" y="98" width="20" height="20" class="task milestone task0"></rect>',
  '</g><g><text id="kd1-t1-text">A</text></g></svg>',
].join('');

const tasks = [
  { id: 'analyse', dependsOn: [], critical: true },
  { id: 'build', dependsOn: ['analyse'], critical: true },
  { id: 'review', dependsOn: ['analyse', 'build'], critical: false },
];

const arrowsOf = (drawn: string) =>
  [...drawn.matchAll(/<path class="([^"]+)" data-from="([^"]+)" data-to="([^"]+)" d="([^"]+)"/g)].map((match) => ({
    class: match[1],
    from: match[2],
    to: match[3],
    d: match[4],
  }));

describe('gantt dependency arrows', () => {
  test('one link per dependency, bars numbered by the task’s place in the schedule, critical when both are', () => {
    expect(ganttLinks(tasks)).toEqual([
      { from: 'analyse', to: 'build', fromBar: 't1', toBar: 't2', critical: true },
      { from: 'analyse', to: 'review', fromBar: 't1', toBar: 't3', critical: false },
      { from: 'build', to: 'review', fromBar: 't2', toBar: 't3', critical: false },
    ]);
  });

  test('each arrow leaves its predecessor downwards near its end and enters its successor from above near its start, below the bars', () => {
    const result = drawGanttArrows(svg, ganttLinks(tasks));
    if (!result.ok) throw new Error(result.problem);
    expect(arrowsOf(result.svg)).toEqual([
      // t1 ends at x 140 (lower edge y 70); t2 starts at x 160 (upper edge y 74): 6 inside each end,
      // sideways in the middle of the 4-unit gap above t2's row.
      { class: 'gantt-arrow gantt-arrow--critical', from: 'analyse', to: 'build', d: 'M134 70V72H166V74' },
      // The milestone t3 is a diamond centred at x 130, y 108, its top corner 11.3 above the centre
      // (a 20-unit square turned by 45° and scaled by 0.8): the arrow ends there, whether the
      // milestone lies right or left of the predecessor's end.
      { class: 'gantt-arrow', from: 'analyse', to: 'review', d: 'M134 70V96H130V96.7' },
      { class: 'gantt-arrow', from: 'build', to: 'review', d: 'M184 94V96H130V96.7' },
    ]);
    // Painted before the bars, so labels and bars lie over the arrows.
    expect(result.svg.indexOf('class="gantt-arrows"')).toBeLessThan(result.svg.indexOf('id="kd1-t1"'));
    expect(result.svg.indexOf('class="gantt-arrows"')).toBeGreaterThan(result.svg.indexOf('section0'));
  });

  test('a successor in a row above is reached upwards, through the gap below its row', () => {
    const result = drawGanttArrows(svg, [{ from: 'build', to: 'analyse', fromBar: 't2', toBar: 't1', critical: false }]);
    if (!result.ok) throw new Error(result.problem);
    expect(arrowsOf(result.svg).map((arrow) => arrow.d)).toEqual(['M184 74V72H106V70']);
  });

  test('ends anchored inside a bar (a summary bar) leave and enter it at that share of its width', () => {
    const withSummary = svg.replace('id="kd1-t2"', 'id="kd1-p2"');
    const result = drawGanttArrows(withSummary, [{ from: 'analyse', to: 'build', fromBar: 't1', toBar: 'p2', critical: false, fromAt: 0.5, toAt: 0.25 }]);
    if (!result.ok) throw new Error(result.problem);
    // t1 spans x 100–140: half way is 120; p2 spans 160–190: a quarter in is 167.5.
    expect(arrowsOf(result.svg).map((arrow) => arrow.d)).toEqual(['M120 70V72H167.5V74']);
  });

  test('a dependency whose bar is not in the SVG is an error naming it', () => {
    const result = drawGanttArrows(svg, [{ from: 'x', to: 'y', fromBar: 't1', toBar: 't9', critical: false }]);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('t9') });
  });

  test('without dependencies the SVG is unchanged', () => {
    expect(drawGanttArrows(svg, [])).toEqual({ ok: true, svg });
  });
});
