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

describe('gantt dependency arrows', () => {
  test('one link per dependency, bars numbered by the task’s place in the schedule, critical when both are', () => {
    expect(ganttLinks(tasks)).toEqual([
      { from: 'analyse', to: 'build', fromBar: 't1', toBar: 't2', critical: true },
      { from: 'analyse', to: 'review', fromBar: 't1', toBar: 't3', critical: false },
      { from: 'build', to: 'review', fromBar: 't2', toBar: 't3', critical: false },
    ]);
  });

  test('each arrow runs from the predecessor’s end to the successor’s start, and sits below the bars', () => {
    const result = drawGanttArrows(svg, ganttLinks(tasks));
    if (!result.ok) throw new Error(result.problem);
    const arrows = [...result.svg.matchAll(/<path class="([^"]+)" data-from="([^"]+)" data-to="([^"]+)" d="([^"]+)"/g)].map((match) => ({
      class: match[1],
      from: match[2],
      to: match[3],
      d: match[4],
    }));
    expect(arrows).toEqual([
      // Bar t1 ends at x 140 (row centre y 60); t2 starts at x 160 (centre y 84): out, down, in.
      { class: 'gantt-arrow gantt-arrow--critical', from: 'analyse', to: 'build', d: 'M140 60H146V84H160' },
      // The milestone t3 (a diamond centred at x 130) starts left of t1's end: around, in the gap above its row.
      { class: 'gantt-arrow', from: 'analyse', to: 'review', d: 'M140 60H146V96H114V108H120' },
      { class: 'gantt-arrow', from: 'build', to: 'review', d: 'M190 84H196V96H114V108H120' },
    ]);
    // Painted before the bars, so labels and bars lie over the arrows.
    expect(result.svg.indexOf('class="gantt-arrows"')).toBeLessThan(result.svg.indexOf('id="kd1-t1"'));
    expect(result.svg.indexOf('class="gantt-arrows"')).toBeGreaterThan(result.svg.indexOf('section0'));
  });

  test('a dependency whose bar is not in the SVG is an error naming it', () => {
    const result = drawGanttArrows(svg, [{ from: 'x', to: 'y', fromBar: 't1', toBar: 't9', critical: false }]);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('t9') });
  });

  test('without dependencies the SVG is unchanged', () => {
    expect(drawGanttArrows(svg, [])).toEqual({ ok: true, svg });
  });
});
