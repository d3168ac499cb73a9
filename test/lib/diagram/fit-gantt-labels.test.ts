/**
 * The label fitter on a gantt SVG made of stand-ins: text is measured at 6 units a character, the
 * title column ends at x 150 and the chart at 1000, so every room and every cut is worked out by
 * hand. (The fitter runs in a browser; the stand-ins offer just what it reads and writes.)
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fitGanttLabels } from '../../../src/lib/diagram/fit-gantt-labels.ts';

const CHARACTER = 6;

class FakeText {
  textContent: string;
  readonly id: string;
  readonly classes: Set<string>;
  readonly attributes: Map<string, string>;
  readonly dataset: Record<string, string> = {};
  readonly children: { textContent: string }[] = [];
  constructor(text: string, options: { id?: string; classes?: string[]; x?: number } = {}) {
    this.textContent = text;
    this.id = options.id ?? '';
    this.classes = new Set(options.classes ?? []);
    this.attributes = new Map(options.x === undefined ? [] : [['x', String(options.x)]]);
  }
  readonly classList = {
    contains: (name: string) => this.classes.has(name),
    replace: (old: string, replacement: string) => {
      this.classes.delete(old);
      this.classes.add(replacement);
    },
  };
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getComputedTextLength() {
    return Array.from(this.textContent).length * CHARACTER;
  }
  append(child: { textContent: string }) {
    this.children.push(child);
  }
}

interface BarOptions {
  x: number;
  width: number;
  height?: number;
  milestone?: boolean;
}

const barElement = ({ x, width, height = 20, milestone = false }: BarOptions) => ({
  getAttribute: (name: string) => ({ x: String(x), width: String(width), height: String(height) })[name] ?? null,
  classList: { contains: (name: string) => milestone && name === 'milestone' },
});

/** An SVG with a grid at `translate(columnEnd, …)`, section titles, outside labels and their bars. */
function fakeSvg(options: {
  columnEnd?: number;
  viewBoxWidth?: number;
  width?: string;
  titles?: FakeText[];
  labels?: FakeText[];
  bars?: Record<string, BarOptions>;
}) {
  const grid = options.columnEnd === undefined ? null : { getAttribute: () => `translate(${options.columnEnd}, 40)` };
  const bars = new Map(Object.entries(options.bars ?? {}).map(([id, bar]) => [`rect[id="${id}"]`, barElement(bar)]));
  return {
    viewBox: { baseVal: { width: options.viewBoxWidth ?? 0 } },
    getAttribute: (name: string) => (name === 'width' ? (options.width ?? null) : null),
    querySelector: (selector: string) => (selector === 'g.grid' ? grid : (bars.get(selector) ?? null)),
    querySelectorAll: (selector: string) => {
      if (selector === 'text.sectionTitle') return options.titles ?? [];
      if (selector === 'text.taskTextOutsideLeft, text.taskTextOutsideRight') return options.labels ?? [];
      return [];
    },
  };
}

const fit = (svg: ReturnType<typeof fakeSvg>) => fitGanttLabels(svg as unknown as SVGSVGElement);
const label = (id: string, text: string, side: 'Left' | 'Right', x: number) => new FakeText(text, { id: `${id}-text`, classes: [`taskTextOutside${side}`], x });

beforeEach(() => {
  vi.stubGlobal('CSS', { escape: (text: string) => text });
  vi.stubGlobal('document', { createElementNS: (namespace: string, name: string) => ({ namespace, name, textContent: '' }) });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fitGanttLabels: section titles', () => {
  test('a title that fits its column stays; a longer one is cut with an ellipsis and keeps its text as a tooltip', () => {
    // Room: 150 − 4 − 10 = 136 units, 22 characters. Exactly 22 fit, ellipsis included.
    const short = new FakeText('Short', { x: 10 });
    const exact = new FakeText('x'.repeat(22), { x: 10 });
    const long = new FakeText('A very long section title here', { x: 10 });
    fit(fakeSvg({ columnEnd: 150, viewBoxWidth: 1000, titles: [short, exact, long] }));
    expect([short.textContent, short.children]).toEqual(['Short', []]);
    expect([exact.textContent, exact.children]).toEqual(['x'.repeat(22), []]);
    // 21 characters and the ellipsis: 132 units; 22 and the ellipsis would be 138.
    expect(long.textContent).toBe('A very long section t…');
    expect(long.children).toEqual([{ namespace: 'http://www.w3.org/2000/svg', name: 'title', textContent: 'A very long section title here' }]);
  });

  test('a cut never ends in a space before the ellipsis; a title without x starts at 0', () => {
    // Room 150 − 4 − 0 = 146 units: 24 characters. 23 characters end in a space, trimmed.
    const title = new FakeText('  abcdefghij klmnopqrstu vwxyz  ');
    fit(fakeSvg({ columnEnd: 150, viewBoxWidth: 1000, titles: [title] }));
    expect(title.textContent).toBe('abcdefghij klmnopqrstu…');
    expect(title.children[0].textContent).toBe('abcdefghij klmnopqrstu vwxyz');
  });

  test('nothing is measured without a grid, or without a chart width', () => {
    const long = new FakeText('A very long section title here', { x: 10 });
    fit(fakeSvg({ viewBoxWidth: 1000, titles: [long] }));
    fit(fakeSvg({ columnEnd: 150, titles: [long] }));
    fit(fakeSvg({ columnEnd: 0, viewBoxWidth: 1000, titles: [long] }));
    expect(long.textContent).toBe('A very long section title here');
  });

  test('the chart width comes from the width attribute when the view box has none', () => {
    const long = new FakeText('A very long section title here', { x: 10 });
    fit(fakeSvg({ columnEnd: 150, width: '1000', titles: [long] }));
    expect(long.textContent).toBe('A very long section t…');
  });
});

describe('fitGanttLabels: labels outside their bars', () => {
  const svgWith = (labels: FakeText[], bars: Record<string, BarOptions>) => fakeSvg({ columnEnd: 150, viewBoxWidth: 1000, labels, bars });
  const stateOf = (text: FakeText) => ({ text: text.textContent, classes: [...text.classes], x: text.getAttribute('x'), width: text.dataset.width });

  test("a label that fits on mermaid's side stays there, with its width noted", () => {
    // Right of a bar ending at 300: room 1000 − 4 − 305 = 691.
    const right = label('t1', 'Label', 'Right', 305);
    fit(svgWith([right], { t1: { x: 200, width: 100 } }));
    expect(stateOf(right)).toEqual({ text: 'Label', classes: ['taskTextOutsideRight'], x: '305', width: '30' });
  });

  test('a label that does not fit on its side moves to the other where it fits', () => {
    // Left of a bar starting at 200: room 200 − 5 − 154 = 41, too little for 60; right: 691.
    const moved = label('t1', 'Ten chars!', 'Left', 195);
    fit(svgWith([moved], { t1: { x: 200, width: 100 } }));
    expect(stateOf(moved)).toEqual({ text: 'Ten chars!', classes: ['taskTextOutsideRight'], x: '305', width: '60' });
  });

  test("a milestone's label is placed beside its diamond, not its box", () => {
    // Box 800–840, 20 high: the diamond spans 810–830. Right: 1000 − 4 − 835 = 161 < 180; left: 810 − 159 = 651.
    const milestone = label('t2', 'x'.repeat(30), 'Right', 835);
    fit(svgWith([milestone], { t2: { x: 800, width: 40, height: 20, milestone: true } }));
    expect(stateOf(milestone)).toEqual({ text: 'x'.repeat(30), classes: ['taskTextOutsideLeft'], x: '805', width: '180' });
  });

  test('a label that fits nowhere is cut on the side with more room', () => {
    // Bar 400–700: left 400 − 159 = 241, right 1000 − 4 − 705 = 291: right, 47 characters and the ellipsis (288).
    const onRight = label('t1', 'y'.repeat(60), 'Left', 395);
    // Bar 700–900: left 541, right 91: left, 89 characters and the ellipsis (540).
    const onLeft = label('t2', 'z'.repeat(100), 'Right', 905);
    fit(svgWith([onRight, onLeft], { t1: { x: 400, width: 300 }, t2: { x: 700, width: 200 } }));
    expect(stateOf(onRight)).toEqual({ text: `${'y'.repeat(47)}…`, classes: ['taskTextOutsideRight'], x: '705', width: '288' });
    expect(stateOf(onLeft)).toEqual({ text: `${'z'.repeat(89)}…`, classes: ['taskTextOutsideLeft'], x: '695', width: '540' });
    expect(onLeft.children.map((child) => child.textContent)).toEqual(['z'.repeat(100)]);
  });

  test('on a tie the label goes right; exactly as long as its room, it fits', () => {
    // Bar 300–546: left 300 − 159 = 141, right 1000 − 4 − 551 = 445.
    const exact = label('t1', 'e'.repeat(23), 'Left', 295);
    fit(svgWith([exact], { t1: { x: 300, width: 246 } }));
    // 23 characters are 138 ≤ 141: it stays left.
    expect(stateOf(exact)).toEqual({ text: 'e'.repeat(23), classes: ['taskTextOutsideLeft'], x: '295', width: '138' });
    // Bar 450–700: left 450 − 159 = 291, right 1000 − 4 − 705 = 291; 60 characters fit neither:
    // right, although mermaid chose left, cut to 47 characters and the ellipsis (288).
    const tie = label('t2', 'f'.repeat(60), 'Left', 445);
    fit(svgWith([tie], { t2: { x: 450, width: 250 } }));
    expect(stateOf(tie)).toEqual({ text: `${'f'.repeat(47)}…`, classes: ['taskTextOutsideRight'], x: '705', width: '288' });
  });

  test('a label without its bar is left alone', () => {
    const orphan = label('t9', 'x'.repeat(200), 'Right', 10);
    fit(svgWith([orphan], {}));
    expect(stateOf(orphan)).toEqual({ text: 'x'.repeat(200), classes: ['taskTextOutsideRight'], x: '10', width: undefined });
  });
});
