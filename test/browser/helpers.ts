// Shared pieces of the browser quality gates: one Chromium per test file, the built sites from
// the global setup, and the list of pages that stand for every template.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type HeadlessBrowser } from '../../src/render/browser.ts';
import { findDesktopChromium } from '../../src/render/find-chromium.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Site {
  dist: string;
  /** URL of the site root, ending in the base (`http://127.0.0.1:PORT/playbook/`). */
  url: string;
  base: string;
}

export const mainSite = (): Site => ({ dist: inject('mainDist'), url: inject('mainUrl'), base: inject('mainBase') });
export const subSite = (): Site => ({ dist: inject('subDist'), url: inject('subUrl'), base: inject('subBase') });
export const englishSite = (): Site => ({ dist: inject('enDist'), url: inject('enUrl'), base: '/' });
/** The generated site whose one plan has LARGE_PLAN_SIZE tasks (global-setup.ts). */
export const largePlanSite = (): Site => ({ dist: inject('largeDist'), url: inject('largeUrl'), base: '/' });

/** The id of the large-plan site's one plan, read from its plan list (`plaene/ID.json`). */
export const largePlanId = (): string => {
  const ids = readdirSync(path.join(largePlanSite().dist, 'plaene')).filter((file) => file.endsWith('.json'));
  if (ids.length !== 1) throw new Error(`large-plan site: expected one plan, found ${ids.length}`);
  return ids[0].replace(/\.json$/, '');
};

/** A headless Chromium; a missing browser fails the suite instead of skipping it. */
export async function openBrowser(): Promise<HeadlessBrowser> {
  const executable = findDesktopChromium();
  const browser = executable ? await launchBrowser(executable) : undefined;
  if (!browser) throw new Error('browser gates: no Chromium found (apt-get install -y chromium, or set KICKOFF_CHROMIUM to its path)');
  return browser;
}

/** The Chromium and the tab a test file drives, opened before its first test and closed after its last. */
export interface BrowserTab {
  readonly browser: HeadlessBrowser;
  readonly page: Page;
}

/** Opens one Chromium with one tab for the calling test file; `prepare` sets the tab up once. */
export function browserTab(prepare?: (page: Page) => Promise<void> | void): BrowserTab {
  let browser: HeadlessBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
    page = await browser.context.newPage();
    await prepare?.(page);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('browserTab: used outside a test');
      return browser;
    },
    get page() {
      if (!page) throw new Error('browserTab: used outside a test');
      return page;
    },
  };
}

/** One page of every template, as paths below the base. */
export const TEMPLATE_PAGES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'home', path: '' },
  { name: 'phase list', path: 'phasen/' },
  { name: 'phase', path: 'phasen/datenbestand-qualitaet/' },
  { name: 'role list', path: 'rollen/' },
  { name: 'role', path: 'rollen/datenverantwortung/' },
  { name: 'checklist list', path: 'checklisten/' },
  { name: 'checklist', path: 'checklisten/kickoff-meeting/' },
  { name: 'risk register', path: 'risiken/' },
  { name: 'risk', path: 'risiken/datenqualitaet/' },
  { name: 'plan list', path: 'plaene/' },
  { name: 'plan', path: 'plaene/musterhandel-pim/' },
  { name: 'plan checklist', path: 'plaene/musterhandel-pim/checklisten/kickoff-meeting/' },
  { name: 'plan status report', path: 'plaene/musterhandel-pim/status/' },
  { name: 'plan binder', path: 'plaene/musterhandel-pim/mappe/' },
  { name: 'meeting list', path: 'termine/' },
  { name: 'meeting', path: 'termine/jour-fixe/' },
  { name: 'print page', path: 'druck/' },
  { name: '404', path: 'gibt-es-nicht/' },
];

/** One page of every template of the English example (no status report: its plan is not tracked). */
export const ENGLISH_TEMPLATE_PAGES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'home', path: '' },
  { name: 'phase list', path: 'phases/' },
  { name: 'phase', path: 'phases/data-migration/' },
  { name: 'role list', path: 'roles/' },
  { name: 'role', path: 'roles/data-owner/' },
  { name: 'checklist list', path: 'checklists/' },
  { name: 'checklist', path: 'checklists/prepare-kickoff/' },
  { name: 'risk register', path: 'risks/' },
  { name: 'risk', path: 'risks/data-quality/' },
  { name: 'plan list', path: 'plans/' },
  { name: 'plan', path: 'plans/northwind-crm/' },
  { name: 'plan checklist', path: 'plans/northwind-crm/checklists/prepare-kickoff/' },
  { name: 'meeting list', path: 'meetings/' },
  { name: 'meeting', path: 'meetings/steering-committee/' },
  { name: 'glossary', path: 'glossary/' },
  { name: 'print page', path: 'print/' },
  { name: '404', path: 'does-not-exist/' },
];

/** Every built HTML file below `dist`, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry !== 'pagefind' && entry !== '_astro') walk(full);
      } else if (entry.endsWith('.html')) files.push(path.relative(dist, full));
    }
  };
  walk(dist);
  return files.sort();
}

/** Resolves once the page's network has been idle for a moment (lazy chunks, fonts). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
}

/** Opens `url`, opens the search dialog with Ctrl+K, searches `query` and waits for the first result. */
export async function searchWithResults(page: Page, url: string, query: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.keyboard.press('Control+k');
  await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(query);
  await page.locator('pagefind-results a.pf-result-link').first().waitFor({ state: 'visible', timeout: 15_000 });
}

export const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
if (!existsSync(AXE_PATH)) throw new Error(`browser gates: ${AXE_PATH} is missing; run npm ci`);

export interface BrokenText {
  /** Words split across lines although they would fit on a line of the main column. */
  brokenWords: string[];
  /** Table cells whose content sticks out into the neighbouring cell. */
  overflowingCells: string[];
}

/**
 * Finds text that a squeezed layout made unreadable, in the page's current state: words broken
 * mid-word (letter-by-letter wrapping in narrow table columns) and table cell content painted
 * over the neighbouring cell. A break after a hyphen, slash or dash is fine, a word wider than the
 * main column may break, and with `hyphens: auto` one break (two lines) is allowed.
 * Runs as a string in the page (no function serialisation under vitest).
 */
export const FIND_BROKEN_TEXT = `(() => {
  const main = document.querySelector('main') || document.body;
  const column = main.clientWidth;
  const canvas = document.createElement('canvas').getContext('2d');
  const label = (el) => {
    const cls = (node) => (typeof node.className === 'string' && node.className.trim() ? '.' + node.className.trim().split(/\\s+/)[0] : '');
    const cell = el.closest('td, th');
    const table = el.closest('table');
    if (cell && table) {
      const row = cell.closest('tr');
      const rowName = row && row.id ? ' tr#' + row.id : row && row.parentElement && row.parentElement.tagName === 'THEAD' ? ' thead' : '';
      return 'table' + cls(table) + rowName + ' ' + cell.tagName.toLowerCase() + ':nth-child(' + (cell.cellIndex + 1) + ')';
    }
    const block = el.closest('li, p, dd, dt, h1, h2, h3, h4, figcaption, a') || el;
    const section = block.closest('[id]:not(main)');
    return (section ? '#' + section.id + ' ' : '') + block.tagName.toLowerCase() + cls(block);
  };
  const brokenWords = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !node.textContent.trim()) return NodeFilter.FILTER_REJECT;
      if (parent.closest('svg, pre, code, script, style, .visually-hidden, [hidden], [aria-hidden="true"]')) return NodeFilter.FILTER_REJECT;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    const style = getComputedStyle(node.parentElement);
    canvas.font = style.font;
    const pattern = /[^\\s\\-\\/–—]+[\\-\\/–—]?/g;
    let match;
    while ((match = pattern.exec(text))) {
      const word = match[0].replace(/[\\-\\/–—]$/, '');
      if (word.length < 2) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + word.length);
      const tops = new Set();
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
      const lines = tops.size;
      if (lines < 2) continue;
      if (lines === 2 && style.hyphens === 'auto') continue;
      if (canvas.measureText(word).width > column) continue;
      brokenWords.push(label(node.parentElement) + ': "' + word + '" over ' + lines + ' lines');
    }
  }
  const overflowingCells = [];
  for (const cell of main.querySelectorAll('td, th')) {
    if (cell.closest('svg')) continue;
    const style = getComputedStyle(cell);
    if (style.display === 'none' || style.overflowX !== 'visible') continue;
    let widest = 0;
    const cellRect = cell.getBoundingClientRect();
    for (const child of cell.querySelectorAll('*')) {
      const rect = child.getBoundingClientRect();
      if (rect.width > 0) widest = Math.max(widest, rect.right - cellRect.right);
    }
    if (widest > 1) overflowingCells.push(label(cell) + ': content sticks out ' + Math.round(widest) + ' px ("' + cell.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50) + '")');
  }
  const unique = (list) => [...new Set(list)];
  return { brokenWords: unique(brokenWords), overflowingCells: unique(overflowingCells) };
})()`;

/** The first few entries of a long list, plus a count of the rest. */
export const firstOf = (list: string[], count = 6) => (list.length > count ? [...list.slice(0, count), `… and ${list.length - count} more`] : list);
