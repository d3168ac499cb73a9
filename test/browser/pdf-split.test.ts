// Past a page limit the playbook prints as one PDF per part, and its print page says so and links
// each part. The limit (300 pages) is lowered with KICKOFF_PDF_SPLIT_PAGES, so that the short
// English example splits; the main site (81 pages) stays one file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPdfOutline } from '../../src/lib/pdf/pdf-outline.ts';
import { buildEnv } from './build-env.ts';
import { mainSite, ROOT } from './helpers.ts';
import { pdfPageTexts } from './pdf-text.ts';

const PARTS = [
  ['phases', 'Phases'],
  ['roles', 'Roles'],
  ['checklists', 'Checklists'],
  ['risks', 'Risks'],
  ['meetings', 'Meetings'],
] as const;

let dist = '';

beforeAll(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'kickoff-pdf-split-'));
  const env = buildEnv({ KICKOFF_PDF_SPLIT_PAGES: '3' });
  const built = spawnSync(process.execPath, ['bin/kickoff.mjs', 'build', '--config', 'examples/en/kickoff.config.json', '--out', dist], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`kickoff build (English example, split at 3 pages) failed:\n${built.stderr.slice(-4000)}`);
}, 300_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('a playbook longer than the limit prints as one PDF per part', () => {
  test('no whole PDF; each part’s PDF holds that part only, with its running head, page X of Y and bookmarks', () => {
    expect(existsSync(path.join(dist, 'pdf', 'print.pdf'))).toBe(false);
    for (const [segment, title] of PARTS) {
      const pdf = readFileSync(path.join(dist, 'pdf', `print-${segment}.pdf`));
      const pages = pdfPageTexts(pdf);
      expect(pages.length, segment).toBeGreaterThan(0);
      pages.forEach((text, index) => {
        const lines = text.split('\n').map((line) => line.trim());
        expect(lines[0], `${segment}, page ${index + 1}: running head`).toBe(title);
        expect(text.replace(/\s+/g, ' '), `${segment}, page ${index + 1}: footer`).toContain(`Page ${index + 1} of ${pages.length}`);
      });
      const outline = readPdfOutline(pdf);
      if (!outline.ok) throw new Error(outline.problem);
      // The part's heading is its first bookmark, on page 1; no cover or contents before it.
      expect(outline.entries[0], segment).toMatchObject({ title, level: 0, page: 1 });
      expect(outline.entries.filter((entry) => entry.level === 0).map((entry) => entry.title)).toEqual([title]);
    }
  });

  test('the print page says so and links each part’s PDF, not the whole one', () => {
    const html = readFileSync(path.join(dist, 'print', 'index.html'), 'utf8');
    const note = /<div class="no-print pdf-parts" data-pdf-parts>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(note).toContain('too long for one file');
    const links = [...note.matchAll(/<a href="\/([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]]);
    expect(links).toEqual(PARTS.map(([segment, title]) => [`pdf/print-${segment}.pdf`, `${title} (PDF)`]));
    for (const [file] of links) expect(existsSync(path.join(dist, file)), file).toBe(true);
    expect(html).not.toContain('print.pdf"');
    expect(html).not.toContain('data-pdf-whole');
  });
});

describe('a playbook within the limit keeps its one PDF', () => {
  test('the main site: druck.pdf, linked, and no parts note', () => {
    const html = readFileSync(path.join(mainSite().dist, 'druck', 'index.html'), 'utf8');
    expect(existsSync(path.join(mainSite().dist, 'pdf', 'druck.pdf'))).toBe(true);
    expect(html).toContain('href="/pdf/druck.pdf" data-pdf-whole');
    expect(html).not.toContain('data-pdf-parts');
    expect(existsSync(path.join(mainSite().dist, 'pdf', 'druck-rollen.pdf'))).toBe(false);
  });
});
