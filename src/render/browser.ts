import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';

/** One headless Chromium with a throw-away profile; `close()` removes the profile. */
export interface HeadlessBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(executablePath = findChromium()): Promise<HeadlessBrowser | undefined> {
  if (!executablePath) return undefined;
  // Loaded here, not at the top: playwright takes about 0.6 s to load, and most builds find every
  // diagram in the cache and never start a browser.
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kickoff-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
