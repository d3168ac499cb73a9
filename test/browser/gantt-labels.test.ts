// Gantt labels stay apart: in every Gantt chart of the sample plans and of the generated
// 200-task plan (its overview and each phase's chart), at a desktop and a phone width, in the
// light and the dark colour scheme, no text of a chart (task label, section title, axis tick,
// status line) overlaps another text, and no text overlaps a bar other than its own. Measured
// with the boxes the browser lays out (getBoundingClientRect, transforms included).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserTab, largePlanId, largePlanSite, mainSite } from './helpers.ts';

const tab = browserTab();

/** Boxes may touch and share a hairline (anti-aliasing); a real overlap is wider than this, in CSS px. */
const TOLERANCE = 1;

// Runs in the page: the overlaps of one page's Gantt charts, described for a reader.
const OVERLAPS = `((tolerance) => {
  const overlaps = [];
  const charts = [...document.querySelectorAll('figure.diagram--gantt svg')];
  charts.forEach((svg, chart) => {
    const caption = svg.closest('figure').querySelector('.diagram__title')?.textContent ?? String(chart);
    const box = (element) => element.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')]
      .filter((text) => text.textContent.trim() !== '' && getComputedStyle(text).display !== 'none')
      .map((text) => ({ name: JSON.stringify(text.textContent.trim()), owner: text.id.replace(/-text$/, ''), box: box(text) }))
      .filter((text) => text.box.width > 0 && text.box.height > 0);
    // Task bars and milestones; mermaid's status line (vert) is a line across all rows, no bar.
    const bars = [...svg.querySelectorAll('rect.task:not(.vert)')].map((rect) => ({ id: rect.id, box: box(rect) }));
    const overlap = (a, b) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
    texts.forEach((text, i) => {
      for (const other of texts.slice(i + 1)) if (overlap(text.box, other.box)) overlaps.push(caption + ': ' + text.name + ' overlaps ' + other.name);
      for (const bar of bars) if (bar.id !== text.owner && overlap(text.box, bar.box)) overlaps.push(caption + ': ' + text.name + ' overlaps the bar ' + bar.id.replace(/^.*-/, ''));
    });
  });
  return { charts: charts.length, overlaps };
})`;

interface Measured {
  charts: number;
  overlaps: string[];
}

const samplePlans = () =>
  readdirSync(path.join(mainSite().dist, 'plaene'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ name: file.replace(/\.json$/, ''), url: `${mainSite().url}plaene/${file.replace(/\.json$/, '')}/` }));

const pages = () => [...samplePlans(), { name: `generated plan (${largePlanId()})`, url: `${largePlanSite().url}plaene/${largePlanId()}/` }];

describe('Gantt labels overlap neither each other nor other bars', () => {
  for (const width of [1280, 375]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${width} px, ${colorScheme}`, async () => {
        await tab.page.setViewportSize({ width, height: 900 });
        await tab.page.emulateMedia({ media: 'screen', colorScheme });
        const found: string[] = [];
        for (const page of pages()) {
          await tab.page.goto(page.url, { waitUntil: 'load' });
          const measured = (await tab.page.evaluate(`${OVERLAPS}(${TOLERANCE})`)) as Measured;
          expect(measured.charts, `${page.name}: Gantt charts`).toBeGreaterThan(0);
          found.push(...measured.overlaps.map((overlap) => `${page.name}: ${overlap}`));
        }
        expect(found).toEqual([]);
      });
    }
  }
});

test('the measurement sees an overlap: a label moved onto the next row’s bar is reported', async () => {
  await tab.page.setViewportSize({ width: 1280, height: 900 });
  await tab.page.goto(samplePlans()[0].url, { waitUntil: 'load' });
  const moved = await tab.page.evaluate(() => {
    const svg = document.querySelector('figure.diagram--gantt svg')!;
    const [first, second] = [...svg.querySelectorAll('rect.task:not(.vert)')];
    const label = svg.querySelector(`[id="${first.id}-text"]`)!;
    label.setAttribute('x', second.getAttribute('x')!);
    label.setAttribute('y', String(Number(second.getAttribute('y')) + 14));
    label.setAttribute('text-anchor', 'start');
    return second.id.replace(/^.*-/, '');
  });
  const measured = (await tab.page.evaluate(`${OVERLAPS}(${TOLERANCE})`)) as Measured;
  expect(measured.overlaps.some((overlap) => overlap.endsWith(`overlaps the bar ${moved}`))).toBe(true);
});
