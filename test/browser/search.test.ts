// Gate 1: search finds a phase by a German word with an umlaut, through Ctrl+K and through the
// search button, on the root build and on the /playbook/ sub-path build; the type filter offers
// the five page types, and filtering by one narrows the results. The pagefind Component UI must
// load lazily, only when search is opened; result anchors must exist; the dialog has one close button.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HeadlessBrowser } from '../../src/render/browser.ts';
import { mainSite, openBrowser, subSite, type Site } from './helpers.ts';
import { translation } from '../../src/lib/i18n/index.ts';
import { PAGED_COLLECTIONS } from '../../src/lib/registry/collections.ts';

const QUERY = 'Datenqualität';
const PHASE = 'phasen/datenbestand-qualitaet/';
// One filter value per collection with pages, named in the site's language (the sample is German).
const TYPES = PAGED_COLLECTIONS.map((name) => translation('de').collections[name].one).sort();

let browser: HeadlessBrowser;
let page: Page;
let pagefindRequests: string[] = [];

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
});
afterAll(async () => {
  await browser?.close();
});

async function openHome(site: Site) {
  // Leave the previous page first, so that its late requests don't count for the new one.
  await page.goto('about:blank');
  pagefindRequests = [];
  const response = await page.goto(site.url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  // Lazy: reading a page must not load the search UI.
  expect(pagefindRequests, 'pagefind requested before search was opened').toEqual([]);
}

async function expectModalOpenWithFocus() {
  await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'visible', timeout: 10_000 });
  await expect
    .poll(() => page.evaluate(`!!document.activeElement && !!document.activeElement.closest('pagefind-modal') && document.activeElement.matches('input')`), {
      timeout: 5_000,
    })
    .toBe(true);
}

async function searchAndExpectPhase(site: Site) {
  await page.keyboard.type(QUERY);
  const link = page.locator(`pagefind-results a.pf-result-link[href="${site.base}${PHASE}"]`);
  await link.first().waitFor({ state: 'visible', timeout: 15_000 });
  expect(await link.first().textContent()).toContain(QUERY);
  // Every result links inside the site's base.
  const hrefs = await page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href.startsWith(site.base), `result link ${href} outside ${site.base}`).toBe(true);
  expect(pagefindRequests.some((url) => url.includes(`${site.base}pagefind/pagefind-component-ui.js`))).toBe(true);
  // Sub-result links jump to headings: each #anchor exists on the phase page.
  const anchors = await page
    .locator(`pagefind-results a.pf-heading-link[href^="${site.base}${PHASE}#"]`)
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').split('#')[1]));
  const phaseHtml = readFileSync(path.join(site.dist, PHASE, 'index.html'), 'utf8');
  for (const anchor of anchors) expect(phaseHtml, `#${anchor} on /${PHASE}`).toContain(`id="${anchor}"`);
}

describe.each([
  ['root build (/)', mainSite],
  ['sub-path build (/playbook/)', subSite],
])('search on the %s', (_label, siteOf) => {
  test('Ctrl+K opens search; „Datenqualität“ finds the phase', async () => {
    const site = siteOf();
    await openHome(site);
    await page.keyboard.press('Control+k');
    await expectModalOpenWithFocus();
    await searchAndExpectPhase(site);
  });

  test('the search button opens search; „Datenqualität“ finds the phase', async () => {
    const site = siteOf();
    await openHome(site);
    await page.locator('button[data-search-open]').click();
    await expectModalOpenWithFocus();
    await searchAndExpectPhase(site);
  });

  test('the search dialog has one close button', async () => {
    await openHome(siteOf());
    await page.keyboard.press('Control+k');
    await expectModalOpenWithFocus();
    const closers = page.locator('pagefind-modal dialog .pf-modal-close');
    const visible = await closers.evaluateAll((buttons) => buttons.filter((button) => (button as HTMLElement).offsetParent !== null).length);
    expect(visible, 'visible close buttons in the search dialog').toBe(1);
  });

  test('the type filter offers one value per collection (Phase, Rolle, Checkliste, Risiko, Termin, Plan)', async () => {
    const site = siteOf();
    await openHome(site);
    await page.keyboard.press('Control+k');
    await expectModalOpenWithFocus();
    await page.keyboard.type(QUERY);
    const dropdown = page.locator('pagefind-filter-dropdown[filter="type"]');
    await dropdown.waitFor({ state: 'attached' });
    const options = dropdown.locator('[role="option"][data-value]');
    await expect.poll(() => options.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(TYPES.length);
    const values = await options.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value')));
    expect([...values].sort()).toEqual(TYPES);

    // Choosing "Phase" narrows the results to phases.
    await dropdown.locator('button[role="combobox"]').click();
    await dropdown.locator('[role="option"][data-value="Phase"]').click();
    await expect
      .poll(
        async () => {
          const hrefs = await page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
          return hrefs.length > 0 && hrefs.every((href) => href.startsWith(`${site.base}phasen/`));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });
});
