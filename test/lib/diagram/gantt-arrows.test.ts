import { describe, expect, test } from 'vitest';
import { arrowRoute, drawGanttArrows, ganttLinks, obstacleBoxes } from '../../../src/lib/diagram/gantt-arrows.ts';

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

/** The corners of a path written as `M x y` followed by `H x` and `V y` steps. */
function corners(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, a, b] of d.matchAll(/([MHV])([-\d.]+)(?: ([-\d.]+))?/g)) {
    const [x, y] = points.at(-1) ?? [0, 0];
    points.push(command === 'M' ? [Number(a), Number(b)] : command === 'H' ? [Number(a), y] : [x, Number(a)]);
  }
  return points;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether a horizontal or vertical segment runs through the inside of a rectangle. */
const crosses = ([x1, y1]: [number, number], [x2, y2]: [number, number], r: Rect) =>
  Math.max(x1, x2) > r.x && Math.min(x1, x2) < r.x + r.width && Math.max(y1, y2) > r.y && Math.min(y1, y2) < r.y + r.height;

describe('gantt arrow routing past the rows in between', () => {
  // Four rows 24 units apart (bars 20 high, gaps 4). Row 2 holds a short bar whose label sits
  // right of it, where the way straight down from t1's end to t4 would run; row 3 a bar with its
  // label inside. Label widths as mermaid measured them (`width-…`).
  const rows = [
    '<svg id="kd2" viewBox="0 0 1100 200"><g><rect class="section section0"></rect></g><g>',
    '<rect id="kd2-t1" x="100" y="50" width="100" height="20" class="task task0"></rect>',
    '<rect id="kd2-t2" x="80" y="74" width="20" height="20" class="task task0"></rect>',
    '<rect id="kd2-t3" x="260" y="98" width="120" height="20" class="task task0"></rect>',
    '<rect id="kd2-t4" x="230" y="122" width="60" height="20" class="task task0"></rect>',
    '</g><g>',
    '<text id="kd2-t1-text" x="150" y="63.5" class="taskText taskText0 width-60">Erste</text>',
    '<text id="kd2-t2-text" x="105" y="87.5" class="taskTextOutsideRight taskTextOutside0 width-140.5">Eine lange Beschriftung</text>',
    '<text id="kd2-t3-text" x="320" y="111.5" class="taskText taskText0 width-50">Dritte</text>',
    '<text id="kd2-t4-text" x="260" y="135.5" class="taskText taskText0 width-40">Vierte</text>',
    '</g></svg>',
  ].join('');
  const labelOfRow2 = { kind: 'label' as const, x: 105, y: 74, width: 140.5, height: 20 };
  const barsInBetween = [
    { kind: 'bar' as const, x: 80, y: 74, width: 20, height: 20 },
    { kind: 'bar' as const, x: 260, y: 98, width: 120, height: 20 },
  ];

  test('an arrow over two rows runs beside their labels and bars, not through them', () => {
    const result = drawGanttArrows(rows, [{ from: 'a', to: 'd', fromBar: 't1', toBar: 't4', critical: false }]);
    if (!result.ok) throw new Error(result.problem);
    const d = /data-from="a" data-to="d" d="([^"]+)"/.exec(result.svg)![1];
    const points = corners(d);
    const crossed = [labelOfRow2, ...barsInBetween].filter((box) => points.slice(1).some((point, index) => crosses(points[index], point, box)));
    // Straight down from x 194 (t1's end) would run through row 2's label (105–245.5).
    expect(crossed, d).toEqual([]);
    // It still leaves t1 downwards near its end and enters t4 from above near its start.
    expect(points[0]).toEqual([194, 70]);
    expect(points.at(-1)).toEqual([236, 122]);
    // Its turns lie in the gaps between rows: below t1's row, above t4's row.
    expect(points.slice(1, -1).every(([, y]) => y === 72 || y === 120)).toBe(true);
  });

  test('it takes the free lane with the shortest detour: right of the label rather than left of the bar', () => {
    const from = { x: 100, y: 50, width: 100, height: 20, milestone: false };
    const to = { x: 230, y: 122, width: 60, height: 20, milestone: false };
    const route = arrowRoute(from, to, [labelOfRow2, ...barsInBetween]);
    // Right of the label (245.5 + 3) passes left of row 3's bar (260): free and nearer than x 77.
    expect(route).toEqual([
      [194, 70],
      [194, 72],
      [248.5, 72],
      [248.5, 120],
      [236, 120],
      [236, 122],
    ]);
  });

  test('with nothing in the way the arrow goes straight down from the exit, as before', () => {
    const from = { x: 100, y: 50, width: 100, height: 20, milestone: false };
    const to = { x: 230, y: 122, width: 60, height: 20, milestone: false };
    expect(arrowRoute(from, to, [{ kind: 'label', x: 300, y: 74, width: 50, height: 20 }])).toEqual([
      [194, 70],
      [194, 120],
      [236, 120],
      [236, 122],
    ]);
  });

  test('where every lane is blocked it crosses as few obstacles as it can', () => {
    const from = { x: 100, y: 50, width: 100, height: 20, milestone: false };
    const to = { x: 230, y: 122, width: 60, height: 20, milestone: false };
    // Across the whole chart (1100 wide) row 2 is blocked, row 3 but for a gap from 190 to 200.
    const wall = [
      { kind: 'label' as const, x: 50, y: 74, width: 1050, height: 20 },
      { kind: 'label' as const, x: 50, y: 98, width: 140, height: 20 },
      { kind: 'label' as const, x: 200, y: 98, width: 900, height: 20 },
    ];
    const route = arrowRoute(from, to, wall, {}, 1100);
    const lane = route[1][0];
    const crossed = wall.filter((box) => route.slice(1).some((point, index) => crosses(route[index], point, box)));
    expect(crossed).toEqual([wall[0]]);
    expect(lane).toBeGreaterThan(190);
    expect(lane).toBeLessThan(200);
  });

  test('passing under a bar beats a long way round; passing through a label does not', () => {
    const from = { x: 100, y: 50, width: 100, height: 20, milestone: false };
    const to = { x: 230, y: 122, width: 60, height: 20, milestone: false };
    // Row 2 blocked from 150 to 700 (a bar, then its label); free lanes only left of 150 or right of 700.
    // A bar further down marks where the chart's bars begin (lanes stay right of that).
    const blocked = (kind: 'bar' | 'label') => [
      { kind, x: 150, y: 74, width: 550, height: 20 },
      { kind: 'bar' as const, x: 40, y: 200, width: 20, height: 20 },
    ];
    // Under the bar straight down (cost 80) rather than round it (left: about 180 extra, right: about 930).
    expect(arrowRoute(from, to, blocked('bar'), {}, 1100)[1][0]).toBe(194);
    // Through the label costs 400: the lane left of it, 47 + 89 units out of the way, is cheaper.
    expect(arrowRoute(from, to, blocked('label'), {}, 1100)[2][0]).toBe(147);
  });
});

describe('the arrows as written into the SVG', () => {
  // Attributes before the id and the viewBox, as mermaid writes them.
  const head = '<svg xmlns="http://www.w3.org/2000/svg" class="gantt" id="kd1" viewBox="0 0 1100 200">';
  const small = svg.replace('<svg id="kd1" viewBox="0 0 1100 200">', head);
  const bars = '<g><rect id="kd1-t1"';
  const markers =
    '<marker id="kd1-arrow-normal" class="gantt-arrowhead gantt-arrowhead--normal" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L6,3L0,6z"></path></marker>' +
    '<marker id="kd1-arrow-critical" class="gantt-arrowhead gantt-arrowhead--critical" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L6,3L0,6z"></path></marker>';

  test('a group of arrowheads and paths, each pointing at its kind of head, goes in just before the bars', () => {
    const result = drawGanttArrows(small, [
      { from: 'analyse', to: 'build', fromBar: 't1', toBar: 't2', critical: true },
      { from: 'build', to: 'review', fromBar: 't2', toBar: 't3', critical: false },
    ]);
    const arrows =
      `<g class="gantt-arrows"><defs>${markers}</defs>` +
      '<path class="gantt-arrow gantt-arrow--critical" data-from="analyse" data-to="build" d="M134 70V72H166V74" marker-end="url(#kd1-arrow-critical)"></path>' +
      '<path class="gantt-arrow" data-from="build" data-to="review" d="M184 94V96H130V96.7" marker-end="url(#kd1-arrow-normal)"></path></g>';
    expect(result).toEqual({ ok: true, svg: small.replace(bars, arrows + bars) });
  });

  test('task ids are written as attribute values: &, " and < escaped', () => {
    const result = drawGanttArrows(small, [{ from: 'a&b', to: 'c"<d', fromBar: 't1', toBar: 't2', critical: false }]);
    if (!result.ok) throw new Error(result.problem);
    expect(result.svg).toContain(' data-from="a&amp;b" data-to="c&quot;&lt;d" ');
  });

  test('an SVG without an id, or with bars outside any group, is refused with the reason', () => {
    const link = [{ from: 'a', to: 'b', fromBar: 't1', toBar: 't2', critical: false }];
    expect(drawGanttArrows(small.replace(' id="kd1"', ''), link)).toEqual({ ok: false, problem: 'the SVG has no id' });
    const ungrouped = `${head}<rect id="kd1-t1" x="100" y="50" width="40" height="20" class="task"></rect><rect id="kd1-t2" x="160" y="74" width="30" height="20" class="task"></rect></svg>`;
    expect(drawGanttArrows(ungrouped, link)).toEqual({ ok: false, problem: 'the task bars are in no group of the SVG' });
    expect(drawGanttArrows(small, [{ ...link[0], fromBar: 't7' }])).toEqual({ ok: false, problem: 'no bar t7 for the dependency a → b' });
  });

  test('a bar with an attribute missing is no bar', () => {
    const noWidth = small.replace('x="160" y="74" width="30"', 'x="160" y="74"');
    expect(drawGanttArrows(noWidth, [{ from: 'a', to: 'b', fromBar: 't1', toBar: 't2', critical: false }])).toEqual({
      ok: false,
      problem: 'no bar t2 for the dependency a → b',
    });
  });

  test('lanes stay inside the chart’s width, read from its viewBox', () => {
    // The routing fixture above, its chart cut at 240.5 wide: the lane right of row 2's label
    // (248.5) is outside, so the arrow passes right of row 2's short bar (100 + 3).
    const rows = [
      '<svg xmlns="http://www.w3.org/2000/svg" id="kd2" class="gantt" viewBox="-12.5 -5.5 240.5 200"><g><rect class="section section0"></rect></g><g>',
      '<rect id="kd2-t1" x="100" y="50" width="100" height="20" class="task task0"></rect>',
      '<rect id="kd2-t2" x="80" y="74" width="20" height="20" class="task task0"></rect>',
      '<rect id="kd2-t3" x="260" y="98" width="120" height="20" class="task task0"></rect>',
      '<rect id="kd2-t4" x="230" y="122" width="60" height="20" class="task task0"></rect>',
      '</g><g>',
      '<text id="kd2-t2-text" x="105" y="87.5" class="taskTextOutsideRight taskTextOutside0 width-140.5">Eine lange Beschriftung</text>',
      '</g></svg>',
    ].join('');
    const result = drawGanttArrows(rows, [{ from: 'a', to: 'd', fromBar: 't1', toBar: 't4', critical: false }]);
    if (!result.ok) throw new Error(result.problem);
    expect(/data-from="a" data-to="d" d="([^"]+)"/.exec(result.svg)?.[1]).toBe('M194 70V72H103V120H236V122');
    // Without a viewBox the chart has no right edge.
    const unbounded = drawGanttArrows(rows.replace(/ viewBox="[^"]+"/, ''), [{ from: 'a', to: 'd', fromBar: 't1', toBar: 't4', critical: false }]);
    if (!unbounded.ok) throw new Error(unbounded.problem);
    expect(/data-from="a" data-to="d" d="([^"]+)"/.exec(unbounded.svg)?.[1]).toBe('M194 70V72H248.5V120H236V122');
  });
});

describe('what arrows pass beside', () => {
  const chart = [
    '<svg id="kd3" viewBox="0 0 900 300"><g>',
    '<rect id="kd3-t1" x="100" y="50" width="100" height="20" class="task task0"></rect>',
    '<rect id="kd3-t2" x="300" y="74" width="20" height="20" class="task milestone"></rect>',
    '<rect id="kd3-p1" x="40" y="98" width="400" height="20" class="task summary"></rect>',
    '<rect id="kd3-t3" x="500" y="122" width="60" height="20" class="task"></rect>',
    '<rect id="kd3-t4" x="600" y="146" height="20" class="task"></rect>',
    '<rect id="kd3-v1" x="700" y="0" width="2" height="300" class="task vert"></rect>',
    '<rect id="kd3-s1" x="0" y="50" width="900" height="24" class="section section0"></rect>',
    '</g><g>',
    // Fitted width wins over mermaid's measure.
    '<text id="kd3-t1-text" x="205" y="63.5" data-width="80.5" class="taskTextOutsideRight width-60">Erste Aufgabe</text>',
    // Left of its bar: the label ends at its x.
    '<text id="kd3-t2-text" x="295" y="87.5" class="taskTextOutsideLeft width-40">Meilenstein</text>',
    // Nothing measured: 0.6 em per character, an entity counting as one, at its font size.
    '<text id="kd3-p1-text" x="445" y="111.5" font-size="10" class="taskTextOutsideRight">A&amp;B</text>',
    // No font size: 11 units.
    '<text id="kd3-t3-text" x="565" y="135.5" class="taskTextOutsideRight">Abc</text>',
    // Inside its bar, or beside a bar that is not there: no obstacle of its own.
    '<text id="kd3-t3x-text" x="565" y="135.5" class="taskTextOutsideRight">Abc</text>',
    '<text id="kd3-t4-text" x="605" y="159.5" class="taskTextOutsideRight width-30">Vierte</text>',
    '</g></svg>',
  ].join('');

  test('every task bar and summary bar (not markers, sections or bars without a size), then the labels outside their bars', () => {
    expect(obstacleBoxes(chart, 'kd3')).toEqual([
      { kind: 'bar', x: 100, y: 50, width: 100, height: 20 },
      { kind: 'bar', x: 300, y: 74, width: 20, height: 20 },
      { kind: 'bar', x: 40, y: 98, width: 400, height: 20 },
      { kind: 'bar', x: 500, y: 122, width: 60, height: 20 },
      { kind: 'label', x: 205, y: 50, width: 80.5, height: 20 },
      { kind: 'label', x: 255, y: 74, width: 40, height: 20 },
      { kind: 'label', x: 445, y: 98, width: 3 * 0.6 * 10, height: 20 },
      { kind: 'label', x: 565, y: 122, width: 3 * 0.6 * 11, height: 20 },
    ]);
  });

  test('a label inside its bar is no obstacle beside it', () => {
    const inside = chart.replace('class="taskTextOutsideRight width-60"', 'class="taskText width-60"');
    expect(obstacleBoxes(inside, 'kd3').filter((box) => box.kind === 'label' && box.y === 50)).toEqual([]);
  });
});
