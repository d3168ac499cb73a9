// Gate 10: long and non-ASCII names don't break layouts. At 375 px width no page of any template
// scrolls sideways and no element sticks out of the viewport, except inside the containers that
// scroll on purpose (.table-scroll, .diagram); and the layout does not get there by squeezing:
// no word is broken mid-word (letter-by-letter wrapping in narrow table columns) and no table
// cell paints over its neighbour. Screenshots for a human go to test-results/screenshots/
// (overwritten on every run; test-results/ is git-ignored).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HeadlessBrowser } from '../../src/render/browser.ts';
import { FIND_BROKEN_TEXT, firstOf, mainSite, openBrowser, ROOT, searchWithResults, subSite, TEMPLATE_PAGES, type BrokenText } from './helpers.ts';

const WIDTH = 375;
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

let browser: HeadlessBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await openBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
});
afterAll(async () => {
  await browser?.close();
});

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  offenders: string[];
}

const measure = () =>
  page.evaluate(`(() => {
    const limit = window.innerWidth + 1;
    const scrollers = '.table-scroll, .diagram';
    const describe = (el) => {
      let name = el.tagName.toLowerCase();
      if (el.id) name += '#' + el.id;
      if (typeof el.className === 'string' && el.className.trim()) name += '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.');
      const parent = el.parentElement && el.parentElement !== document.body ? el.parentElement.tagName.toLowerCase() + (el.parentElement.className && typeof el.parentElement.className === 'string' ? '.' + el.parentElement.className.trim().split(/\\s+/)[0] : '') + ' > ' : '';
      return parent + name;
    };
    const offenders = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest(scrollers) && !el.matches(scrollers)) continue;
      if (el.closest('pagefind-modal, .visually-hidden, .skip-link, [hidden]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > limit || rect.left < -1) {
        const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
        offenders.push(describe(el) + ' (left ' + Math.round(rect.left) + ', right ' + Math.round(rect.right) + ') "' + text + '"');
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, offenders: offenders.slice(0, 8) };
  })()`) as Promise<Overflow>;

describe(`gate 10: no sideways scrolling at ${WIDTH} px`, () => {
  test.each(TEMPLATE_PAGES.map((template) => [template.name, template.path] as const))('%s', async (name, pagePath) => {
    await page.goto(`${mainSite().url}${pagePath}`, { waitUntil: 'load' });
    // Full page, but at most 16,000 px tall (the print compilation is far longer; its top shows enough).
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    const file = path.join(SCREENSHOTS, `${WIDTH}-${name.replace(/\W+/g, '-')}.png`);
    if (height <= 16_000) await page.screenshot({ path: file, fullPage: true });
    else await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: 16_000 } });
    const result = await measure();
    expect(result.offenders, `/${pagePath}: elements wider than the ${WIDTH} px viewport outside .table-scroll/.diagram`).toEqual([]);
    expect(result.scrollWidth, `/${pagePath}: document scrollWidth`).toBeLessThanOrEqual(result.innerWidth + 1);
    const broken = (await page.evaluate(FIND_BROKEN_TEXT)) as BrokenText;
    expect(
      { brokenWords: firstOf(broken.brokenWords), overflowingCells: firstOf(broken.overflowingCells) },
      `/${pagePath}: text squeezed unreadable at ${WIDTH} px`,
    ).toEqual({ brokenWords: [], overflowingCells: [] });
  });

  test('the search dialog fits, too', async () => {
    await searchWithResults(page, mainSite().url, 'Datenqualität');
    await page.screenshot({ path: path.join(SCREENSHOTS, `${WIDTH}-search.png`) });
    const box = await page.locator('pagefind-modal dialog').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(-1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH + 1);
  });

  test.each([
    ['plan', 'plaene/lange-namen/'],
    ['plan-list', 'plaene/'],
  ])('very long and non-ASCII names: %s (sub-path build, diagrams drawn in the browser)', async (name, pagePath) => {
    for (const width of [WIDTH, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto(`${subSite().url}${pagePath}`, { waitUntil: 'networkidle' });
      expect(response?.status(), `${subSite().url}${pagePath}`).toBe(200);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${width}-long-names-${name}.png`), fullPage: true });
      const result = await measure();
      expect(result.offenders, `/${pagePath} at ${width} px: elements wider than the viewport`).toEqual([]);
      expect(result.scrollWidth, `/${pagePath} at ${width} px: document scrollWidth`).toBeLessThanOrEqual(result.innerWidth + 1);
    }
    if (name === 'plan') {
      // The names survive as written, in the schedule table and in the client-side Gantt chart.
      const text = (await page.evaluate('document.body.innerText')) as string;
      expect(text).toContain('<script>alert(1)</script>');
      const gantt = (await page.locator('.diagram--gantt svg').textContent()) ?? '';
      expect(gantt).toContain('ένα δύο τρία – 一二三');
    }
    await page.setViewportSize({ width: WIDTH, height: 800 });
  });
});
