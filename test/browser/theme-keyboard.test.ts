// Gate 3: the theme toggle cycles auto → light → dark → auto, persists in localStorage
// ('kickoff-theme') across reloads and pages, and a stored theme is applied before first paint
// (html[data-theme] is set before <body> exists, i.e. by the inline head script).
// Gate 5: keyboard alone reaches the skip link, the main navigation and the search button, in
// that order; Enter on the skip link moves focus to <main>; Enter on the search button opens
// search with focus in its input.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { HeadlessBrowser } from '../../src/render/browser.ts';
import { mainSite, openBrowser } from './helpers.ts';
import { PAGED_COLLECTIONS } from '../../src/lib/registry/collections.ts';

const KEY = 'kickoff-theme';

let browser: HeadlessBrowser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  // Records html[data-theme] at the moment <body> is inserted, before any paint of the body and
  // before the deferred module scripts run: only the inline head script can have set it by then.
  await page.addInitScript(`(() => {
    window.__themeAtBody = 'no-body-seen';
    const observer = new MutationObserver(() => {
      if (document.body) {
        window.__themeAtBody = document.documentElement.dataset.theme ?? null;
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })()`);
});
afterAll(async () => {
  await browser?.close();
});

const theme = () => page.evaluate(`document.documentElement.dataset.theme ?? null`) as Promise<string | null>;
const stored = () => page.evaluate(`localStorage.getItem(${JSON.stringify(KEY)})`) as Promise<string | null>;
const themeAtBody = () => page.evaluate(`window.__themeAtBody`) as Promise<string | null>;
const background = () => page.evaluate(`getComputedStyle(document.body).backgroundColor`) as Promise<string>;

describe('gate 3: theme toggle', () => {
  beforeEach(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(mainSite().url, { waitUntil: 'load' });
    await page.evaluate(`localStorage.clear()`);
    await page.reload({ waitUntil: 'load' });
  });

  test('cycles auto → light → dark → auto and stores the choice', async () => {
    const toggle = page.locator('button[data-theme-toggle]');
    expect(await theme()).toBeNull();
    expect(await toggle.getAttribute('data-current')).toBe('auto');
    const lightBackground = await background();

    await toggle.click();
    expect(await theme()).toBe('light');
    expect(await stored()).toBe('light');
    expect(await toggle.getAttribute('data-current')).toBe('light');

    await toggle.click();
    expect(await theme()).toBe('dark');
    expect(await stored()).toBe('dark');
    expect(await background(), 'dark theme changes the page background').not.toBe(lightBackground);
    const label = (await toggle.locator('[data-theme-label]').textContent())?.trim();
    expect(label).toBeTruthy();

    await toggle.click();
    expect(await theme()).toBeNull();
    expect(await stored()).toBeNull();
    expect(await background()).toBe(lightBackground);
  });

  test('a stored theme survives a reload and another page, and is set before first paint', async () => {
    const toggle = page.locator('button[data-theme-toggle]');
    await toggle.click(); // light
    await toggle.click(); // dark
    expect(await stored()).toBe('dark');

    await page.reload({ waitUntil: 'load' });
    expect(await themeAtBody(), 'html[data-theme] when <body> was inserted').toBe('dark');
    expect(await theme()).toBe('dark');
    expect(await toggle.getAttribute('data-current')).toBe('dark');

    await page.goto(`${mainSite().url}phasen/`, { waitUntil: 'load' });
    expect(await themeAtBody()).toBe('dark');
    expect(await theme()).toBe('dark');

    // An explicit light choice wins over a dark system preference, also before first paint.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(`localStorage.setItem(${JSON.stringify(KEY)}, 'light')`);
    await page.reload({ waitUntil: 'load' });
    expect(await themeAtBody()).toBe('light');
    const lightChosen = await background();
    await page.evaluate(`localStorage.removeItem(${JSON.stringify(KEY)})`);
    await page.reload({ waitUntil: 'load' });
    expect(await themeAtBody()).toBeNull();
    expect(await background(), 'auto follows the dark system preference').not.toBe(lightChosen);
  });
});

describe('gate 5: keyboard access', () => {
  beforeEach(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(mainSite().url, { waitUntil: 'load' });
  });

  interface Focused {
    tag: string;
    text: string;
    href: string | null;
    skip: boolean;
    nav: boolean;
    search: boolean;
    visible: boolean;
  }
  const focused = () =>
    page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const rect = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.textContent || '').trim().replace(/\\s+/g, ' '),
        href: el.getAttribute('href'),
        skip: el.matches('.skip-link'),
        nav: !!el.closest('nav.main-nav'),
        search: el.matches('[data-search-open]'),
        visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0,
      };
    })()`) as Promise<Focused | null>;

  test('Tab reaches the skip link, every main navigation link and the search button, in order', async () => {
    const navHrefs = await page.locator('nav.main-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(navHrefs.length).toBe(PAGED_COLLECTIONS.length);
    const sequence: Focused[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const current = await focused();
      if (!current) continue;
      sequence.push(current);
      if (current.search) break;
    }
    expect(sequence[0]?.skip, `first Tab stop is the skip link (got ${JSON.stringify(sequence[0])})`).toBe(true);
    expect(sequence[0]?.visible, 'the focused skip link is on screen').toBe(true);
    const navOrder = sequence.filter((entry) => entry.nav).map((entry) => entry.href);
    expect(navOrder).toEqual(navHrefs);
    const searchIndex = sequence.findIndex((entry) => entry.search);
    expect(searchIndex, 'the search button is reached by Tab').toBeGreaterThan(0);
    expect(searchIndex).toBeGreaterThan(sequence.findIndex((entry) => entry.nav));
    for (const entry of sequence) expect(entry.visible, `focused element is visible: ${JSON.stringify(entry)}`).toBe(true);
  });

  test('Enter on the skip link moves focus to the main content', async () => {
    await page.keyboard.press('Tab');
    expect((await focused())?.skip).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(`document.activeElement && document.activeElement.id`)).toBe('main');
  });

  test('Enter on the search button opens search with focus in its input', async () => {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await focused())?.search) break;
    }
    expect((await focused())?.search).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'visible', timeout: 10_000 });
    await expect
      .poll(
        () => page.evaluate(`!!document.activeElement && !!document.activeElement.closest('pagefind-modal') && document.activeElement.tagName === 'INPUT'`),
        { timeout: 5_000 },
      )
      .toBe(true);
    // Typing goes straight into the search field; Escape closes the dialog and focus returns.
    await page.keyboard.type('Kick-off');
    expect(await page.evaluate(`document.activeElement.value`)).toBe('Kick-off');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await expect.poll(async () => (await focused())?.search ?? false, { timeout: 5_000 }).toBe(true);
  });
});
