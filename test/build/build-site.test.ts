import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Integration: builds the sample site the way a user does and checks the output.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'kickoff-build-'));
const first = path.join(temp, 'first');
const second = path.join(temp, 'second');

async function build(out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  try {
    const result = await run(process.execPath, ['bin/kickoff.mjs', 'build', '--out', out, ...extra], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, ...result };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) hashes.set(name, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

const page = (relative: string) => readFileSync(path.join(first, relative), 'utf8');

beforeAll(async () => {
  const result = await build(first);
  if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
}, 300_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the built sample site', () => {
  it('has one page per collection with its content', () => {
    const phase = page('phasen/datenbestand-qualitaet/index.html');
    expect(phase).toContain('<html lang="de"');
    expect(phase).toMatch(/Zielzustand/);
    expect(phase).toContain('data-pagefind-filter="type:Phase"');
    expect(page('rollen/entwicklung-anbieter/index.html')).toMatch(/Teilnahme am Kick-off/);
    expect(page('checklisten/kickoff-meeting/index.html')).toContain('class="checklist-form"');
    expect(page('risiken/index.html')).toContain('class="risk-matrix"');
    expect(page('risiken/datenqualitaet/index.html')).toMatch(/Gegenmaßnahme/);
    const plan = page('plaene/musterhandel-pim/index.html');
    expect(plan).toContain('Kick-off-Bereitschaft');
    expect(plan).toContain('class="schedule"');
  });

  it('writes the exports, the search index, the sitemap and a 404 page', () => {
    const json = JSON.parse(page('plaene/musterhandel-pim.json'));
    expect(json.plan).toBe('musterhandel-pim');
    expect(page('plaene/musterhandel-pim.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(page('plaene/musterhandel-pim.csv').split('\r\n')[0]).toMatch(/^id,title,phase,start,finish/);
    expect(page('plaene/musterhandel-pim.mmd')).toMatch(/^gantt|\ngantt/);
    expect(existsSync(path.join(first, 'pagefind/pagefind-component-ui.js'))).toBe(true);
    expect(page('sitemap.xml')).toContain('/phasen/kickoff/</loc>');
    expect(existsSync(path.join(first, '404.html'))).toBe(true);
  });

  it('gives every page the print stylesheet (A4, page numbers, landscape Gantt pages)', () => {
    const pages = (readdirSync(first, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const stylesheets = new Map<string, string>();
    for (const name of pages) {
      const links = [...page(name).matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => match[1]);
      const css = links.map((href) => stylesheets.get(href) ?? stylesheets.set(href, page(href)).get(href)).join('\n');
      expect(css, name).toMatch(/@media print/);
      expect(css, name).toMatch(/@page\s*\{[^}]*size:\s*A4/);
      expect(css, name).toMatch(/@page gantt\s*\{[^}]*landscape/);
    }
  });

  it('renders the diagrams to inline SVG and writes PDFs when a browser is there', () => {
    const plan = page('plaene/musterhandel-pim/index.html');
    expect(plan).toContain('<svg');
    expect(plan).not.toContain('data-mermaid');
    expect(plan).not.toMatch(/mermaid[^"']*\.js/);
    for (const pdf of ['pdf/checklisten-kickoff-meeting.pdf', 'pdf/plaene-musterhandel-pim.pdf', 'pdf/druck.pdf', 'pdf/plaene-musterhandel-pim-checklisten-kickoff-vorbereitung.pdf']) {
      expect(readFileSync(path.join(first, pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('builds byte-identical output from the same content', async () => {
    const result = await build(second);
    expect(result.code, result.stderr).toBe(0);
    const a = treeHashes(first);
    const b = treeHashes(second);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([name, hash]) => b.get(name) !== hash).map(([name]) => name);
    expect(differing).toEqual([]);
  }, 300_000);

  it('leaves the previous output untouched when the content is broken', async () => {
    const before = treeHashes(first);
    const broken = path.join(temp, 'content');
    cpSync(path.join(root, 'content'), broken, { recursive: true });
    const file = path.join(broken, 'phases/kickoff.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: .*$/m, 'order: eins'));
    const result = await build(first, ['--content', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/phases\/kickoff\.mdx:\d+: order: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(treeHashes(first)).toEqual(before);
    expect(readdirSync(temp).filter((name) => name.includes('.build-'))).toEqual([]);
  }, 120_000);
});

describe('an output folder that must not be replaced', () => {
  it('refuses --out on the content folder, the project folder or a folder of other files, and changes nothing', async () => {
    const content = path.join(temp, 'own-content');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    writeFileSync(path.join(content, 'NOTIZ.txt'), 'wichtig');
    const notes = path.join(temp, 'notes');
    cpSync(path.join(root, 'docs'), notes, { recursive: true });
    const contentBefore = treeHashes(content);
    const notesBefore = treeHashes(notes);
    const cases = [
      { out: content, extra: ['--content', content], says: /is the content folder or contains it/ },
      { out: temp, extra: ['--content', content], says: /is the content folder or contains it/ },
      { out: path.join(content, 'site'), extra: ['--content', content], says: /is inside the content folder/ },
      { out: root, extra: [], says: /is the project folder or contains it/ },
      { out: notes, extra: [], says: /holds files that are not a previous build/ },
      { out: path.join(content, 'NOTIZ.txt'), extra: [], says: /is a file, not a folder/ },
    ];
    for (const { out, extra, says } of cases) {
      const result = await build(out, extra);
      expect(result.code, out).toBe(1);
      expect(result.stderr, out).toMatch(says);
      expect(result.stderr, out).toMatch(/nothing was built or changed/);
      expect(result.stderr, out).not.toMatch(/\n\s+at /);
    }
    expect(treeHashes(content)).toEqual(contentBefore);
    expect(treeHashes(notes)).toEqual(notesBefore);
    expect(existsSync(path.join(root, 'package.json'))).toBe(true);
  }, 120_000);
});
