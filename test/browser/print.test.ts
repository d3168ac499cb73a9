// Gate 4: a checklist printed to PDF contains every item of the checklist (content front matter).
// Checked three ways: /checklisten/kickoff-meeting/ printed here with page.pdf (print media), the
// PDF the build wrote for it, and the plan's copy of the checklist. Plus: the built PDFs link to
// the published site, not to the temporary localhost server the build printed them from, and
// the print layout of checklists and plans does not break words mid-word or paint table cells over
// each other (checked in the DOM under print media at the A4 text width).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/lib/content/parse-entry.ts';
import { translation } from '../../src/lib/i18n/index.ts';
import type { HeadlessBrowser } from '../../src/render/browser.ts';
import { FIND_BROKEN_TEXT, firstOf, mainSite, openBrowser, ROOT, type BrokenText } from './helpers.ts';
import { pdfPageTexts } from './pdf-text.ts';

const CHECKLIST = 'kickoff-meeting';

interface Item {
  id: string;
  text: string;
  critical?: boolean;
}

function checklistItems(id: string): { title: string; items: Item[] } {
  const file = `checklists/${id}.mdx`;
  const { parsed } = parseEntryFile(file, readFileSync(path.join(ROOT, 'content', file), 'utf8'), translation('de'));
  if (!parsed) throw new Error(`content/${file}: no front matter`);
  return parsed.data as { title: string; items: Item[] };
}

/** The checklist every gate here prints, read once. */
const checklist = checklistItems(CHECKLIST);

/** Compares text ignoring whitespace and line breaks (table cells wrap) and ligature glyphs (ﬀ → ff). */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, '');

function expectAllItems(pdf: Buffer, label: string) {
  const { title, items } = checklist;
  const pages = pdfPageTexts(pdf);
  expect(pages.length, `${label}: pages`).toBeGreaterThan(0);
  const text = squash(pages.join('\n'));
  expect(text, `${label}: title`).toContain(squash(title));
  const missing = items.filter((item) => !text.includes(squash(item.text)));
  expect(
    missing.map((item) => `${item.id}: ${item.text}`),
    `${label}: checklist items missing in the PDF`,
  ).toEqual([]);
  // Each item appears once (no row cut off and repeated across a page break).
  const repeated = items.filter((item) => text.split(squash(item.text)).length - 1 > 1);
  expect(
    repeated.map((item) => item.id),
    `${label}: items printed twice`,
  ).toEqual([]);
}

let browser: HeadlessBrowser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('gate 4: printed checklists contain every item', () => {
  test('the front matter has items to look for', () => {
    expect(checklist.items.length).toBeGreaterThan(5);
  });

  test(`/checklisten/${CHECKLIST}/ printed with page.pdf`, async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${mainSite().url}checklisten/${CHECKLIST}/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      expectAllItems(pdf, 'page.pdf');
    } finally {
      await page.close();
    }
  });

  test(`the built dist/pdf/checklisten-${CHECKLIST}.pdf`, () => {
    expectAllItems(readFileSync(path.join(mainSite().dist, 'pdf', `checklisten-${CHECKLIST}.pdf`)), 'built PDF');
  });

  test(`the built PDF of a plan's copy (plaene/*/checklisten/${CHECKLIST}/)`, () => {
    const dir = path.join(mainSite().dist, 'pdf');
    const copies = readdirSync(dir).filter((file) => file.endsWith(`-checklisten-${CHECKLIST}.pdf`) && file.startsWith('plaene-'));
    expect(copies.length).toBeGreaterThan(0);
    for (const file of copies) expectAllItems(readFileSync(path.join(dir, file)), file);
  });

  test('the pages link the PDFs the build wrote', () => {
    const dist = mainSite().dist;
    const html = readFileSync(path.join(dist, 'checklisten', CHECKLIST, 'index.html'), 'utf8');
    expect(html).toContain(`href="/pdf/checklisten-${CHECKLIST}.pdf"`);
  });

  // A4 portrait minus the 16 mm side margins of the print stylesheet's @page rule: 178 mm ≈ 673 CSS px.
  test.each([`checklisten/${CHECKLIST}/`, `plaene/musterhandel-pim/checklisten/${CHECKLIST}/`, 'plaene/musterhandel-pim/'])(
    'print layout of /%s: no word broken mid-word, no cell over its neighbour',
    async (pagePath) => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 673, height: 950 });
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        await page.goto(`${mainSite().url}${pagePath}`, { waitUntil: 'load' });
        const broken = (await page.evaluate(FIND_BROKEN_TEXT)) as BrokenText;
        expect({ brokenWords: firstOf(broken.brokenWords), overflowingCells: firstOf(broken.overflowingCells) }).toEqual({
          brokenWords: [],
          overflowingCells: [],
        });
      } finally {
        await page.close();
      }
    },
  );

  test('a reader in dark mode prints dark text on white, whether the theme follows the system or was chosen', async () => {
    const page = await browser.context.newPage();
    const tokens = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return ['--fg', '--bg', '--ok', '--err', '--target-line'].map((name) => style.getPropertyValue(name).trim());
      });
    try {
      await page.goto(`${mainSite().url}plaene/musterhandel-pim/status/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      expect((await tokens())[0], 'dark on screen').toBe('#e6ebf2');
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const light = await tokens();
      expect(light.slice(0, 2)).toEqual(['#000', '#fff']);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await tokens(), 'printed from a dark system').toEqual(light);
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      expect(await tokens(), 'printed with the dark theme chosen').toEqual(light);
    } finally {
      await page.close();
    }
  });

  test('diagrams follow the theme on screen (system or toggle) and print light', async () => {
    const page = await browser.context.newPage();
    // The Gantt card's filter, and what the reader sees of it.
    const looks = async () => {
      const figure = page.locator('figure.diagram--gantt').first();
      const filter = await figure.evaluate((element) => getComputedStyle(element).filter);
      const shot = await figure.screenshot();
      return { inverted: filter.includes('invert'), shot };
    };
    try {
      await page.goto(`${mainSite().url}plaene/musterhandel-pim/`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      const light = await looks();
      expect(light.inverted, 'light screen').toBe(false);
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      const dark = await looks();
      expect(dark.inverted, 'dark system').toBe(true);
      expect(Buffer.compare(dark.shot, light.shot), 'the chart looks different on a dark screen').not.toBe(0);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect((await looks()).inverted, 'printed from a dark system').toBe(false);
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      expect((await looks()).inverted, 'dark theme chosen on a light system').toBe(true);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      expect((await looks()).inverted, 'printed with the dark theme chosen').toBe(false);
    } finally {
      await page.close();
    }
  });

  test('built PDFs link to the published site, not to the build-time localhost server', () => {
    const dir = path.join(mainSite().dist, 'pdf');
    const local: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.pdf'))) {
      const uris = [
        ...readFileSync(path.join(dir, file))
          .toString('latin1')
          .matchAll(/\/URI\s*\(([^)]*)\)/g),
      ].map((match) => match[1]);
      const bad = uris.filter((uri) => /^https?:\/\/(127\.|localhost\b|\[::1\])/.test(uri));
      if (bad.length > 0) local.push(`${file}: ${bad.length} link(s), e.g. ${bad[0]}`);
    }
    expect(local).toEqual([]);
  });
});
