// Shared pieces of the browser quality gates: one Chromium per test file, the built sites from
// the global setup, and the list of pages that stand for every template.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, type HeadlessBrowser } from '../../src/render/browser.ts';
import { findChromium } from '../../src/render/find-chromium.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Site {
  dist: string;
  /** URL of the site root, ending in the base (`http://127.0.0.1:PORT/playbook/`). */
  url: string;
  base: string;
}

export const mainSite = (): Site => ({ dist: inject('mainDist'), url: inject('mainUrl'), base: inject('mainBase') });
export const subSite = (): Site => ({ dist: inject('subDist'), url: inject('subUrl'), base: inject('subBase') });

/** A headless Chromium; a missing browser fails the suite instead of skipping it. */
export async function openBrowser(): Promise<HeadlessBrowser> {
  const executable = findChromium();
  const browser = executable ? await launchBrowser(executable) : undefined;
  if (!browser) throw new Error('browser gates: no Chromium found (apt-get install -y chromium, or set KICKOFF_CHROMIUM to its path)');
  return browser;
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
  { name: 'print page', path: 'druck/' },
  { name: '404', path: 'gibt-es-nicht/' },
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

export const AXE_PATH = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
if (!existsSync(AXE_PATH)) throw new Error(`browser gates: ${AXE_PATH} is missing; run npm ci`);
