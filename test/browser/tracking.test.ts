// Gate: a tracked plan shows where it stands. The plan page and its status report carry the
// buffer fever chart and the milestone trend analysis as SVG drawn at build time (no script
// needed), each with a table for screen readers; the Gantt chart marks the status date; the
// charts fit a 375 px phone; and the report's PDF is written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/format-date.ts';
import { browserTab, mainSite, ROOT } from './helpers.ts';

/** The plan's status date as the German pages write it for readers (`statusDate: 2027-08-20` → `20. Aug. 2027`). */
const statusDate = (() => {
  const match = /^statusDate: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(path.join(ROOT, 'content/plans/musterhandel-pim.mdx'), 'utf8'));
  if (!match) throw new Error('content/plans/musterhandel-pim.mdx: no statusDate');
  return formatDate(match[1], 'de');
})();

const tab = browserTab(async (page) => {
  await page.context().route('**/*.js', (route) => route.abort());
});

describe('tracked plan', () => {
  test.each(['plaene/musterhandel-pim/', 'plaene/musterhandel-pim/status/'])('%s: both charts without JavaScript, each with its table', async (pagePath) => {
    await tab.page.setViewportSize({ width: 1280, height: 900 });
    await tab.page.goto(`${mainSite().url}${pagePath}`, { waitUntil: 'load' });
    const fever = tab.page.locator('svg.fever');
    await expect(fever.count()).resolves.toBe(1);
    // The baseline's snapshots after it and now: at least three points, the current one marked.
    expect(await fever.locator('circle').count()).toBeGreaterThanOrEqual(3);
    expect(await fever.locator('circle.fever__point--current').count()).toBe(1);
    expect(await fever.getAttribute('role')).toBe('img');
    expect(await tab.page.locator('#fever-table tbody tr').count()).toBe(await fever.locator('circle').count());
    const trend = tab.page.locator('svg.trend');
    expect(await trend.locator('polyline').count()).toBeGreaterThan(1);
    expect(await tab.page.locator('#trend-table tbody tr').count()).toBe(await trend.locator('g.trend__milestone').count());
  });

  test('the Gantt chart draws the status date as a line', async () => {
    await tab.page.goto(`${mainSite().url}plaene/musterhandel-pim/`, { waitUntil: 'load' });
    const gantt = tab.page.locator('.diagram--gantt svg');
    expect(await gantt.locator('.vert').count()).toBe(1);
    expect(await gantt.textContent()).toContain(`Stichtag ${statusDate}`);
  });

  test('the charts fit a 375 px phone', async () => {
    await tab.page.setViewportSize({ width: 375, height: 800 });
    await tab.page.goto(`${mainSite().url}plaene/musterhandel-pim/status/`, { waitUntil: 'load' });
    for (const selector of ['svg.fever', 'svg.trend']) {
      const box = await tab.page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(375);
    }
    expect(await tab.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('the status report is printed to its PDF', () => {
    expect(existsSync(path.join(mainSite().dist, 'pdf', 'plaene-musterhandel-pim-status.pdf'))).toBe(true);
  });
});
