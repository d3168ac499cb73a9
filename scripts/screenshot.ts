// Screenshots of built pages for a look by eye:
// node scripts/screenshot.ts OUT-DIR PATH… [--dark] [--width=N] [--site=DIR (default dist)]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../src/render/browser.ts';
import { serveStatic } from '../src/render/static-server.ts';
import { loadConfig } from '../src/lib/config.ts';

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const [outDir, ...paths] = args.filter((arg) => !arg.startsWith('--'));
// Paths relative to the site's root, as typed: `/` and `/plaene/x/` mean `` and `plaene/x/`.
const pages = paths.map((pagePath) => pagePath.replace(/^\/+/, ''));
const dark = flags.includes('--dark');
const width = Number(flags.find((flag) => flag.startsWith('--width='))?.split('=')[1] ?? 1280);
const browser = await launchBrowser();
if (!browser) throw new Error('no Chromium found');
const site = flags.find((flag) => flag.startsWith('--site='))?.split('=')[1] ?? 'dist';
const server = await serveStatic(path.resolve(site), loadConfig().base);
mkdirSync(outDir, { recursive: true });
const page = await browser.context.newPage();
await page.setViewportSize({ width, height: 900 });
await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
for (const pagePath of pages) {
  await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle' });
  const file = path.join(outDir, `${pagePath.replace(/\//g, '_') || 'home'}${dark ? '-dark' : ''}-${width}.png`);
  await page.screenshot({ path: file, fullPage: !flags.includes('--viewport') });
  console.log(file);
}
await server.close();
await browser.close();
