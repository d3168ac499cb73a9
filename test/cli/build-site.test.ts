import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, PAGED_COLLECTIONS } from '../../src/lib/registry/collections.ts';
import { pdfPageTexts } from '../browser/pdf-text.ts';
import { wordsIn, wordsOnlyIn } from '../helpers/language-words.ts';
import { sampleOnlyWords } from '../helpers/sample-words.ts';

// Integration: builds the sample site the way a user does and checks the output.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'kickoff-build-'));
const first = path.join(temp, 'first');
const second = path.join(temp, 'second');

async function build(out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  try {
    const result = await run(process.execPath, ['bin/kickoff.mjs', 'build', '--out', out, ...extra], {
      cwd: root,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
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

  it('names the buffer’s milestone beside the finish and shows the end of all work when hypercare follows it (rule 9a)', () => {
    const facts = /<dl class="facts[^"]*">([\s\S]*?)<\/dl>/.exec(page('plaene/kleiner-start/index.html'))?.[1] ?? '';
    const text = facts.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Geplantes Ende vor „Go-live“');
    expect(text).toContain('Zugesagt für „Go-live“');
    expect(text).toMatch(/Ende aller Arbeiten \d/);
    const forecast = /<dl class="facts[^"]*">([\s\S]*?)<\/dl>/.exec(page('plaene/musterhandel-pim/index.html'))?.[1] ?? '';
    expect(forecast.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toMatch(/P85-Ende vor „[^“]+“ \d/);
    expect(text).not.toContain('Zugesagtes Ende');
  });

  it('links the first use of glossary terms in a page’s text to their entries', () => {
    const phase = page('phasen/analyse-workshops/index.html');
    expect(
      phase.match(/<a href="\/glossar\/aenderungsantrag\/" title="Ein einzelner schriftlicher Antrag[^"]*" class="term">Änderungsantrag<\/a>/g),
    ).toHaveLength(1);
    expect(page('glossar/aenderungsantrag/index.html')).not.toContain('href="/glossar/aenderungsantrag/" title=');
  });

  it('writes the exports, the search index, the sitemap and a 404 page', () => {
    const json = JSON.parse(page('plaene/musterhandel-pim.json'));
    expect(json.plan).toBe('musterhandel-pim');
    expect(page('plaene/musterhandel-pim.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(page('plaene/musterhandel-pim.csv').split('\r\n')[0]).toMatch(/^\uFEFFid,title,phase,start,finish/);
    expect(page('plaene/musterhandel-pim.mmd')).toMatch(/^gantt|\ngantt/);
    // The Excel workbook: a ZIP archive (it starts with PK), linked from the plan page.
    expect(readFileSync(path.join(first, 'plaene/musterhandel-pim.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(page('plaene/musterhandel-pim/index.html')).toContain('href="/plaene/musterhandel-pim.xlsx"');
    // MS Project XML, linked likewise.
    expect(page('plaene/musterhandel-pim.xml')).toMatch(/^<\?xml [^>]*\?>\n<Project xmlns="http:\/\/schemas.microsoft.com\/project">/);
    expect(page('plaene/musterhandel-pim/index.html')).toContain('href="/plaene/musterhandel-pim.xml"');
    // One calendar per team member, linked from the team table.
    const team = readdirSync(path.join(first, 'plaene', 'musterhandel-pim', 'kalender'));
    expect(team.length).toBeGreaterThan(5);
    expect(team.every((file) => file.endsWith('.ics'))).toBe(true);
    expect(page('plaene/musterhandel-pim/index.html')).toContain(`href="/plaene/musterhandel-pim/kalender/${team[0]}"`);
    expect(page(`plaene/musterhandel-pim/kalender/${team[0]}`)).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-CALNAME:/);
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
    for (const pdf of [
      'pdf/checklisten-kickoff-meeting.pdf',
      'pdf/plaene-musterhandel-pim.pdf',
      'pdf/druck.pdf',
      'pdf/plaene-musterhandel-pim-checklisten-kickoff-vorbereitung.pdf',
    ]) {
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

  it('leaves neither a half-written site nor the previous output changed when a page fails to render', async () => {
    // Valid MDX that validation lets through, failing only when Astro renders the plan's page;
    // the page rendered beside it was still writing after the build had failed.
    const before = treeHashes(first);
    const broken = path.join(temp, 'content-render');
    cpSync(path.join(root, 'content'), broken, { recursive: true });
    const file = path.join(broken, 'plans/kleiner-start.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nText {frontmatter.nope.x} Text\n`);
    const result = await build(first, ['--content', broken], { KICKOFF_PDF: 'off' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('kleiner-start');
    expect(treeHashes(first)).toEqual(before);
    expect(readdirSync(temp).filter((name) => name.includes('.build-'))).toEqual([]);
  }, 180_000);
});

describe('a body that would fail to render', () => {
  it('stops the build in validation, names file and line, and leaves the project as it was', async () => {
    const broken = path.join(temp, 'content-mdx');
    cpSync(path.join(root, 'content'), broken, { recursive: true });
    const file = path.join(broken, 'roles/it.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe scope {scope} is open.\n`);
    const before = readdirSync(root).sort();
    const out = path.join(temp, 'never');
    const result = await build(out, ['--content', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/roles\/it\.mdx:\d+:\d+: .*`scope`/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(before);
    expect(readdirSync(temp).filter((name) => name.includes('.build-'))).toEqual([]);
  }, 120_000);
});

describe('an output folder whose path starts like the tool folder’s', () => {
  it('builds there: Astro, comparing paths as text, would take it for a folder inside the tool', async () => {
    // `/work/kickoff-site` beside the tool at `/work/kickoff`.
    const out = `${root}-site-${process.pid}`;
    try {
      const result = await build(out, [], { KICKOFF_PDF: 'off' });
      expect(result.code, result.stderr).toBe(0);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<html lang="de"');
      expect(existsSync(path.join(out, '.prerender'))).toBe(false);
      expect(readdirSync(path.dirname(out)).filter((name) => name.startsWith(`${path.basename(out)}.`))).toEqual([]);
      expect(readdirSync(path.join(root, 'node_modules/.cache')).filter((name) => name.startsWith('kickoff-build-'))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('bodies rendered as Markdown and bodies compiled as MDX', () => {
  it('renders both kinds, nests both in the print compilation, and renders again when the glossary changes', async () => {
    const content = path.join(temp, 'content-bodies');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    const role = path.join(content, 'roles/it.mdx');
    // An expression: this body is compiled as MDX, every other one is rendered as Markdown.
    writeFileSync(role, `${readFileSync(role, 'utf8')}\nDie Antwort ist {6 * 7}.[^1]\n\n[^1]: Eine Fußnote.\n`);
    const phaseFile = path.join(content, 'phases/kickoff.mdx');
    writeFileSync(phaseFile, `${readFileSync(phaseFile, 'utf8')}\nMit Fußnote.[^1]\n\n[^1]: Eine Fußnote.\n`);
    const out = path.join(temp, 'bodies');
    const built = await build(out, ['--content', content], { KICKOFF_PDF: 'off' });
    expect(built.code, built.stderr).toBe(0);
    const read = (relative: string) => readFileSync(path.join(out, relative), 'utf8');
    expect(read('rollen/it/index.html')).toContain('Die Antwort ist 42.');
    // Footnotes speak the site's language, through either pipeline.
    for (const file of ['rollen/it/index.html', 'phasen/kickoff/index.html']) {
      expect(read(file), file).toContain('<h2 class="sr-only" id="footnote-label">Fußnoten</h2>');
      expect(read(file), file).toContain('aria-label="Zurück zum Verweis 1"');
      expect(read(file), file).not.toMatch(/Footnotes|Back to reference/);
    }
    // A body rendered as Markdown is the same text the sample build made, glossary links included.
    const prose = (html: string) => /<div class="prose">[\s\S]*?<\/div>/.exec(html)?.[0];
    expect(prose(read('phasen/analyse-workshops/index.html'))).toBe(prose(page('phasen/analyse-workshops/index.html')));
    expect(prose(read('phasen/analyse-workshops/index.html'))).toContain('class="term"');
    const print = read('druck/index.html');
    // In the print compilation the body's headings move below the chapter's h3, whichever way it was rendered.
    const articles = new Map([...print.matchAll(/<article id="([^"]+)"[\s\S]*?<\/article>/g)].map((match) => [match[1], match[0]]));
    for (const id of ['roles-it', 'roles-projektleitung-kunde']) {
      expect(articles.get(id), id).toMatch(/<h4[ >]/);
      expect(articles.get(id), id).not.toMatch(/<h[12][ >]/);
    }

    const term = path.join(content, 'glossary/aenderungsantrag.mdx');
    writeFileSync(term, readFileSync(term, 'utf8').replace('Ein einzelner schriftlicher Antrag', 'Ein neu gefasster Antrag'));
    const again = await build(out, ['--content', content], { KICKOFF_PDF: 'off' });
    expect(again.code, again.stderr).toBe(0);
    const phase = read('phasen/analyse-workshops/index.html');
    expect(phase).toMatch(/title="Ein neu gefasster Antrag[^"]*" class="term">Änderungsantrag<\/a>/);
    expect(phase).not.toContain('Ein einzelner schriftlicher Antrag');
  }, 300_000);
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
      const result = await build(out, [...extra, '--lang', 'en']);
      expect(result.code, out).toBe(2);
      expect(result.stderr, out).toMatch(says);
      expect(result.stderr, out).toMatch(/nothing was built or changed/);
      expect(result.stderr, out).not.toMatch(/\n\s+at /);
    }
    expect(treeHashes(content)).toEqual(contentBefore);
    expect(treeHashes(notes)).toEqual(notesBefore);
    expect(existsSync(path.join(root, 'package.json'))).toBe(true);
  }, 120_000);
});

// The English example playbook, built with `lang: en` the way its README section says: every
// URL, PDF name, page text, calendar and command output must be English.
const englishOut = path.join(temp, 'english');
const CONFIG = 'examples/en/kickoff.config.json';

async function kickoffIn(...args: string[]) {
  const env = { ...process.env };
  for (const key of ['KICKOFF_LANG', 'KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'NODE_OPTIONS']) delete env[key];
  try {
    return { code: 0, ...(await run(process.execPath, ['bin/kickoff.mjs', ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 })) };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** German words of the tables that English never uses. */
const germanWords = wordsOnlyIn('de');

const englishFiles = () =>
  readdirSync(englishOut, { recursive: true })
    .map(String)
    .filter((name) => statSync(path.join(englishOut, name)).isFile());
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
const germanIn = (text: string) => wordsIn(germanWords, text);

describe('the English example playbook', () => {
  // In the same file as the German builds: two Astro builds in one project at once would share
  // its `.astro/` folder.
  beforeAll(async () => {
    const result = await kickoffIn('build', '--config', CONFIG, '--out', englishOut);
    if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
  }, 300_000);

  it('has enough German words to look for', () => {
    expect(germanWords.length).toBeGreaterThan(200);
    for (const word of ['zielzustand', 'pflichtrollen', 'gegenmaßnahme', 'arbeitstage']) expect(germanWords).toContain(word);
  });

  it('publishes every collection under its English segment, and no German path', () => {
    const paths = englishFiles();
    for (const name of PAGED_COLLECTIONS) expect(paths, name).toContain(path.join(COLLECTIONS[name].segment.en, 'index.html'));
    expect(paths).toContain(path.join('print', 'index.html'));
    const german = new Set([...PAGED_COLLECTIONS.map((name) => COLLECTIONS[name].segment.de), 'druck']);
    const offending = paths.filter((file) => file.split(/[/.-]/).some((part) => german.has(part)));
    expect(offending).toEqual([]);
  });

  it('names its PDFs in English when a browser printed them', () => {
    const pdfs = englishFiles().filter((file) => file.endsWith('.pdf'));
    if (pdfs.length === 0) return; // no Chromium: no PDFs to name
    expect(pdfs).toContain(path.join('pdf', 'print.pdf'));
    expect(pdfs).toContain(path.join('pdf', 'plans-northwind-crm.pdf'));
    expect(pdfs.some((file) => file.startsWith(path.join('pdf', 'plans-northwind-crm-checklists-')))).toBe(true);
  });

  it('has no German word on any page, in the calendar, the sitemap or the search filter', () => {
    const found = new Map<string, string[]>();
    for (const file of englishFiles()) {
      if (!/\.(html|ics|xml|csv|json|mmd)$/.test(file) || file.startsWith('pagefind')) continue;
      const raw = readFileSync(path.join(englishOut, file), 'utf8');
      const words = germanIn(file.endsWith('.html') ? textOf(raw) : raw);
      // Attribute values a reader meets too: labels, titles, descriptions.
      const attributes = [...raw.matchAll(/\s(?:aria-label|title|alt|content|data-type-label|data-labels|data-pagefind-filter)="([^"]*)"/g)]
        .map((match) => match[1])
        .join(' ');
      words.push(...germanIn(attributes));
      if (words.length > 0) found.set(file, [...new Set(words)]);
    }
    expect(Object.fromEntries(found)).toEqual({});
    const plan = readFileSync(path.join(englishOut, 'plans', 'northwind-crm', 'index.html'), 'utf8');
    expect(plan).toContain('<html lang="en"');
    expect(plan).toContain('data-pagefind-filter="type:Plan"');
    expect(plan).toContain('Kick-off readiness');
  });

  it('validates, schedules and reports in English', async () => {
    const validate = await kickoffIn('validate', '--config', CONFIG);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toMatch(/0 error\(s\), 0 warning\(s\)/);
    const schedule = await kickoffIn('schedule', 'northwind-crm', '--config', CONFIG, '--format', 'ics');
    expect(schedule.code, schedule.stderr).toBe(0);
    expect(germanIn(schedule.stdout)).toEqual([]);
    const unknown = await kickoffIn('schedule', 'nope', '--config', CONFIG);
    expect(unknown.stderr).toContain('no plan `nope`');
    const help = await kickoffIn('--help', '--config', CONFIG);
    expect(help.stdout).toMatch(/^Usage:/m);
    expect(germanIn(help.stdout)).toEqual([]);
  }, 60_000);
});

// A playbook that is none of ours (English, its own roles, phases and home page): the site it
// builds must hold nothing of the shipped samples, and carry its own title everywhere.
const FOREIGN = 'test/fixtures/foreign-playbook';
const foreignOut = path.join(temp, 'foreign');
const FOREIGN_TITLE = 'Harbour Crane Upgrade Handbook';
/** Keywords of the export formats (iCalendar, JSON, CSV, TaskJuggler, mermaid), not content. */
const FORMAT_WORDS = [
  'version',
  'publish',
  'workingdays',
  'committedfinish',
  'completion',
  'consumption',
  'iterations',
  'monday',
  'holiday',
  'formats',
  'resource',
  // TaskJuggler's task priorities, which the export writes for every task (rule 7's order).
  'priority',
  // Names of the public holidays of the foreign plan's region (GB-SCT), which its MS Project
  // calendar lists as exceptions: "Good Friday", "Spring bank holiday", "Christmas Day".
  'friday',
  'spring',
  'summer',
  'christmas',
];

const filesIn = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(path.join(dir, name)).isFile());
/** What a reader of a built file sees: an HTML page's text and labels, or a text export as it is. */
const readerText = (dir: string, file: string) => {
  const raw = readFileSync(path.join(dir, file), 'utf8');
  // MS Project XML: what a reader sees in MS Project is the values, not the element names.
  if (file.endsWith('.xml') && !file.endsWith('sitemap.xml')) return textOf(raw);
  if (!file.endsWith('.html')) return raw;
  const attributes = [...raw.matchAll(/\s(?:aria-label|title|alt|content|data-type-label|data-labels|data-pagefind-filter)="([^"]*)"/g)].map(
    (match) => match[1],
  );
  return `${textOf(raw)} ${attributes.join(' ')}`;
};
const textFiles = (dir: string) => filesIn(dir).filter((file) => /\.(html|ics|xml|csv|json|mmd|tjp)$/.test(file) && !file.startsWith('pagefind'));
/** A PDF's document title, which Chromium writes as UTF-16 hex from the page's <title>. */
const pdfTitle = (pdf: Buffer) => {
  const hex = /\/Title <FEFF([0-9A-F]*)>/.exec(pdf.toString('latin1'))?.[1] ?? '';
  return Buffer.from(hex, 'hex').swap16().toString('utf16le');
};

describe('a foreign playbook', () => {
  const own = filesIn(FOREIGN)
    .map((file) => readFileSync(path.join(FOREIGN, file), 'utf8'))
    .join('\n');
  const sampleWords = sampleOnlyWords(own).filter((word) => !FORMAT_WORDS.includes(word));

  beforeAll(async () => {
    const result = await kickoffIn('build', '--config', `${FOREIGN}/kickoff.config.json`, '--out', foreignOut);
    if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
  }, 300_000);

  it('looks for the words that make the samples theirs, and finds them in the sample site', () => {
    for (const word of ['musterhandel', 'sortiment', 'händler', 'northwind', 'pim', 'crm']) expect(sampleWords).toContain(word);
    expect(wordsIn(sampleWords, readerText(first, 'index.html'))).not.toEqual([]);
  });

  it('has no word of the samples on any page, in any export or PDF', () => {
    const found = new Map<string, string[]>();
    for (const file of textFiles(foreignOut)) {
      const words = wordsIn(sampleWords, readerText(foreignOut, file));
      if (words.length > 0) found.set(file, words);
    }
    for (const file of filesIn(foreignOut).filter((name) => name.endsWith('.pdf'))) {
      const words = wordsIn(sampleWords, pdfPageTexts(readFileSync(path.join(foreignOut, file))).join('\n'));
      if (words.length > 0) found.set(file, words);
    }
    expect(Object.fromEntries(found)).toEqual({});
    // Every page, export and PDF read as text: seconds alone, minutes on a busy machine.
  }, 180_000);

  it('carries its configured title in every page title and PDF title, and its description', () => {
    const pages = textFiles(foreignOut).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) expect(/<title>([^<]*)<\/title>/.exec(readFileSync(path.join(foreignOut, file), 'utf8'))?.[1], file).toContain(FOREIGN_TITLE);
    const pdfs = filesIn(foreignOut).filter((file) => file.endsWith('.pdf'));
    for (const file of pdfs) expect(pdfTitle(readFileSync(path.join(foreignOut, file))), file).toContain(FOREIGN_TITLE);
    const print = readFileSync(path.join(foreignOut, 'print/index.html'), 'utf8');
    expect(textOf(print)).toContain('How the port authority brings its cranes onto the new control software.');
    expect(readFileSync(path.join(foreignOut, 'roles/integrator/index.html'), 'utf8')).toContain(
      '<meta name="description" content="Installs the control software',
    );
  });

  it('shows its own home page: heading, introduction, steps, body and the entries it features', () => {
    const home = textOf(readFileSync(path.join(foreignOut, 'index.html'), 'utf8')).replace(/\s+/g, ' ');
    expect(home).toContain('Welcome aboard the crane upgrade');
    expect(home).toContain('Read this before the first survey');
    expect(home).toMatch(/Walk the quay with the harbour master\. Book the commissioning window/);
    expect(home).toContain('Every crane is switched over on a weekend tide.');
    expect(home).toMatch(/Checklists to start with: Quay survey/);
    expect(home).toMatch(/Roles at the kick-off: Harbour master(?! ,)/);
    expect(home).not.toContain('Control software integrator,');
  });
});

describe('a playbook without a home page of its own', () => {
  it('builds its home page from the settings and the roles required at the kick-off', async () => {
    const copy = path.join(temp, 'no-home');
    cpSync(FOREIGN, copy, { recursive: true });
    rmSync(path.join(copy, 'content/index.mdx'));
    const out = path.join(temp, 'no-home-site');
    const result = await kickoffIn('build', '--config', path.join(copy, 'kickoff.config.json'), '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toMatch(new RegExp(`<h1[^>]*>${FOREIGN_TITLE}</h1>`));
    const text = textOf(home).replace(/\s+/g, ' ');
    expect(text).toContain('How the port authority brings its cranes onto the new control software.');
    expect(text).toContain('Required at the kick-off: Harbour master , Control software integrator');
    expect(text).not.toContain('Checklists to start with');
  }, 300_000);
});
