// The preview (`astro dev`) validates like the build: a save that breaks a plan (an impossible
// date, an unknown reference, a cycle) shows the finding in the terminal and in the page instead
// of the plan, and never a wrong date; saving the fix brings the plan back. No restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserTab, ROOT } from './helpers.ts';

const tab = browserTab();
const content = mkdtempSync(path.join(tmpdir(), 'kickoff-preview-'));
const planFile = path.join(content, 'plans/kleiner-start.mdx');
const original = () => readFileSync(path.join(ROOT, 'content/plans/kleiner-start.mdx'), 'utf8');
let server: ChildProcess | undefined;
let terminal = '';
let url = '';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/plaene/kleiner-start/`;
  // The preview as an author starts it, not inside the test runner: none of vitest's variables.
  const env: NodeJS.ProcessEnv = { ...process.env, KICKOFF_CONTENT: content, KICKOFF_LANG: 'de', BROWSER: 'none' };
  for (const key of Object.keys(env)) if (/^(VITEST|VITE_|TEST$|NODE_ENV$|NODE_OPTIONS$)/.test(key)) delete env[key];
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout, server.stderr]) stream?.setEncoding('utf8').on('data', (chunk: string) => (terminal += chunk));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not answer:\n${terminal}`);
});

afterAll(() => {
  server?.kill();
  rmSync(content, { recursive: true, force: true });
});

/** Saves the plan with `edit` applied, then waits until the open page shows the finding; returns the milliseconds it took. */
async function saveBroken(edit: (text: string) => string, finding: RegExp): Promise<number> {
  const { page } = tab;
  const saved = Date.now();
  writeFileSync(planFile, edit(original()));
  await page.locator('[data-kickoff-findings]').waitFor({ timeout: 15_000 });
  const took = Date.now() - saved;
  await expect.poll(() => page.locator('main').innerText()).toMatch(finding);
  await expect.poll(() => terminal).toMatch(finding);
  return took;
}

async function saveFixed(): Promise<void> {
  const { page } = tab;
  writeFileSync(planFile, original());
  await page.locator('h1', { hasText: 'PIM-Starterpaket Gipfelglück Outdoor' }).waitFor({ timeout: 15_000 });
  expect(await page.locator('[data-kickoff-findings]').count()).toBe(0);
}

describe('the preview validates every save', { timeout: 120_000 }, () => {
  test('an impossible date, an unknown person and a cycle each show their finding, and the fix restores the plan', async () => {
    const { page } = tab;
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('h1', { hasText: 'PIM-Starterpaket Gipfelglück Outdoor' }).waitFor();
    const times: number[] = [];

    times.push(await saveBroken((text) => text.replace(/^kickoff: .*$/m, 'kickoff: 2027-02-30'), /plans\/kleiner-start\.mdx:\d+: kickoff: .*2027-02-30/));
    // Astro's own loader would read this as 2 March: that date must not be shown, in any form.
    // The page may still be reloading after the save: a locator waits for it, page.content() would not.
    expect(await page.locator('main').innerText()).not.toMatch(/2\. März 2027|02\.03\.2027|2027-03-02/);
    await saveFixed();

    times.push(
      await saveBroken((text) => text.replace('assignees: [timo-schaefer]', 'assignees: [timo-schaeffer]'), /tasks\[\d+\]\.assignees\[0\]: .*timo-schaeffer/),
    );
    await saveFixed();

    times.push(await saveBroken((text) => text.replace('dependsOn: [kickoff]', 'dependsOn: [workshop]'), /tasks\[1\]\.dependsOn: .*workshop → workshop/));
    await saveFixed();

    // Seen on this machine: well under a second each when it is not busy with other work.
    expect(Math.max(...times)).toBeLessThan(10_000);
  });
});

describe('the preview follows the glossary', { timeout: 120_000 }, () => {
  test('a changed definition and a new term reach the pages that use them, whose own files did not change', async () => {
    // A tab of its own: the previous test's tab may still be reloading after its last save (a
    // save reloads the open page, sometimes twice), which would abort a navigation started there.
    const page = await tab.browser.context.newPage();
    const glossaryFile = path.join(content, 'glossary/abgrenzungsliste.mdx');
    const newTerm = path.join(content, 'glossary/fachkonzept.mdx');
    const definition = readFileSync(glossaryFile, 'utf8');
    const termTitle = (id: string) => page.locator(`main .prose a.term[href="/glossar/${id}/"]`).first().getAttribute('title', { timeout: 15_000 });
    await page.goto(url.replace('/plaene/kleiner-start/', '/phasen/analyse-workshops/'), { waitUntil: 'load' });
    expect(await termTitle('abgrenzungsliste')).toMatch(/^Die schriftliche Aufstellung/);
    expect(await page.locator('a.term[href="/glossar/fachkonzept/"]').count()).toBe(0);
    try {
      writeFileSync(glossaryFile, definition.replace('Die schriftliche Aufstellung', 'Die verbindliche Aufstellung'));
      await expect.poll(() => termTitle('abgrenzungsliste'), { timeout: 15_000 }).toMatch(/^Die verbindliche Aufstellung/);
      writeFileSync(newTerm, '---\ntitle: "Fachkonzept"\ndefinition: "Das unterschriebene Ergebnis der Analyse-Workshops."\n---\n');
      await expect.poll(() => termTitle('fachkonzept'), { timeout: 15_000 }).toBe('Das unterschriebene Ergebnis der Analyse-Workshops.');
    } finally {
      writeFileSync(glossaryFile, definition);
      rmSync(newTerm, { force: true });
    }
  });
});
