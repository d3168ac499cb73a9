// Gate 8: axe-core on one page of every template, no violation of impact serious or critical.
// Shared by axe-light.test.ts and axe-dark.test.ts (two files so that the two colour schemes run
// in parallel, each with its own browser).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HeadlessBrowser } from '../../src/render/browser.ts';
import { AXE_PATH, largePlanId, largePlanSite, mainSite, openBrowser, searchWithResults, TEMPLATE_PAGES } from './helpers.ts';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string; html: string }>;
}

const BLOCKING = new Set(['serious', 'critical']);

async function runAxe(page: Page, context = 'document'): Promise<Violation[]> {
  if (!(await page.evaluate(`typeof window.axe !== 'undefined'`))) await page.addScriptTag({ path: AXE_PATH });
  return (await page.evaluate(`axe.run(${context}, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html.slice(0, 200) })),
  })))`)) as Violation[];
}

function describeViolations(pagePath: string, violations: Violation[]): string[] {
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `/${pagePath} [${violation.impact}] ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')} — ${node.html}`,
      ),
    );
}

export function axeSuite(colorScheme: 'light' | 'dark') {
  let browser: HeadlessBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe(`gate 8: axe-core, ${colorScheme} colour scheme (no serious or critical violations)`, () => {
    test.each(TEMPLATE_PAGES.map((template) => [template.name, template.path] as const))('%s', async (_name, pagePath) => {
      const response = await page.goto(`${mainSite().url}${pagePath}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(pagePath === 'gibt-es-nicht/' ? 404 : 200);
      // Theme must follow the emulated scheme (auto), so the dark run really checks dark colours.
      expect(await page.evaluate(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(colorScheme === 'dark');
      expect(describeViolations(pagePath, await runAxe(page))).toEqual([]);
    });

    test('a large plan (overview and one Gantt per phase) and its binder', async () => {
      for (const pagePath of [`plaene/${largePlanId()}/`, `plaene/${largePlanId()}/mappe/`]) {
        const response = await page.goto(`${largePlanSite().url}${pagePath}`, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(describeViolations(pagePath, await runAxe(page))).toEqual([]);
      }
      // axe walks every node of both pages (thousands of SVG elements): 40-55 s on a busy machine.
    }, 180_000);

    test('home with the search dialog open and results shown', async () => {
      await searchWithResults(page, mainSite().url, 'Datenqualität');
      await page.waitForTimeout(300);
      expect(describeViolations('(search dialog)', await runAxe(page, `document.querySelector('pagefind-modal')`))).toEqual([]);
    });
  });
}
