import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml as compileMarkdown } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinks, glossaryLinksPlugin } from '../../src/integration/glossary-links.ts';
import type { Entry } from '../../src/lib/content/read-content.ts';
import type { GlossaryTerm } from '../../src/lib/schema/glossary.ts';

/** The plugin's visitors are synchronous, so the compile is too. */
const markdownToHtml = (...args: Parameters<typeof compileMarkdown>) =>
  compileMarkdown(...args) as Exclude<ReturnType<typeof compileMarkdown>, Promise<unknown>>;

const CONTENT = path.resolve('/tmp/playbook/content');
const term = (id: string, title: string, definition: string, forms?: string[]) =>
  ({ id, file: `glossary/${id}.mdx`, data: { title, definition, ...(forms ? { forms } : {}) } }) as unknown as Entry<GlossaryTerm>;
const GLOSSARY = [
  term('abgrenzungsliste', 'Abgrenzungsliste', 'Was nicht zum Projekt gehört, samt „Zitat“ & <Zeichen>.'),
  term('aenderungsantrag', 'Änderungsantrag', 'Ein schriftlicher Antrag.', ['Änderungsanträge']),
];
const links = glossaryLinks(CONTENT, GLOSSARY, (id) => `/base/glossar/${id}/`);

const html = (markdown: string, file = 'phasen/kickoff.mdx') =>
  markdownToHtml(markdown, { hastPlugins: [glossaryLinksPlugin(() => links)], fileURL: pathToFileURL(path.join(CONTENT, file)) }).html;

describe('glossaryLinksPlugin', () => {
  it('links the first use of a term to its entry, with the definition as title', () => {
    expect(html('Die Abgrenzungsliste und die Abgrenzungsliste.')).toBe(
      '<p>Die <a href="/base/glossar/abgrenzungsliste/" title="Was nicht zum Projekt gehört, samt „Zitat“ &amp; <Zeichen>." class="term">Abgrenzungsliste</a> und die Abgrenzungsliste.</p>\n',
    );
  });

  it('does not link in headings, links or code, and links the next use outside them', () => {
    const out = html('## Die Abgrenzungsliste\n\n[Abgrenzungsliste](/x), `Abgrenzungsliste`, *Abgrenzungsliste*\n');
    expect(out).toContain('<h2>Die Abgrenzungsliste</h2>');
    expect(out).toContain('<a href="/x">Abgrenzungsliste</a>');
    expect(out).toContain('<code>Abgrenzungsliste</code>');
    expect(out).toContain('<em><a href="/base/glossar/abgrenzungsliste/"');
    expect(out.match(/class="term"/g)).toHaveLength(1);
  });

  it('does not link a term on its own entry, but the other terms there', () => {
    const out = html('Die Abgrenzungsliste braucht Änderungsanträge.', 'glossary/abgrenzungsliste.mdx');
    expect(out).not.toContain('glossar/abgrenzungsliste/');
    expect(out).toContain('<a href="/base/glossar/aenderungsantrag/" title="Ein schriftlicher Antrag." class="term">Änderungsanträge</a>');
  });

  it('leaves files outside the content folder, and a site without glossary, alone', () => {
    const outside = markdownToHtml('Abgrenzungsliste', { hastPlugins: [glossaryLinksPlugin(() => links)], fileURL: pathToFileURL('/tmp/elsewhere/a.mdx') });
    expect(outside.html).toBe('<p>Abgrenzungsliste</p>\n');
    expect(glossaryLinks(CONTENT, [], (id) => id)).toBeUndefined();
  });

  it('links a content folder reached through a symbolic link, whichever of its paths a file is compiled under', () => {
    const temp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kickoff-glossary-links-')));
    const real = path.join(temp, 'real');
    mkdirSync(path.join(real, 'glossary'), { recursive: true });
    writeFileSync(path.join(real, 'glossary/abgrenzungsliste.mdx'), '');
    const linked = path.join(temp, 'linked');
    symlinkSync(real, linked);
    const throughLink = glossaryLinks(linked, GLOSSARY, (id) => `/glossar/${id}/`);
    const compile = (dir: string, file: string) =>
      markdownToHtml('Die Abgrenzungsliste.', { hastPlugins: [glossaryLinksPlugin(() => throughLink)], fileURL: pathToFileURL(path.join(dir, file)) }).html;
    // The MDX compiler is handed the real path (Vite resolves links), the Markdown pipeline the given one.
    for (const dir of [real, linked]) {
      expect(compile(dir, 'phases/kickoff.mdx'), dir).toContain('class="term"');
      expect(compile(dir, 'glossary/abgrenzungsliste.mdx'), dir).not.toContain('class="term"');
    }
  });

  it('asks for the glossary per file, so a changed glossary links the next compile', () => {
    let current = links;
    const plugin = glossaryLinksPlugin(() => current);
    const compile = () => markdownToHtml('Abgrenzungsliste', { hastPlugins: [plugin], fileURL: pathToFileURL(path.join(CONTENT, 'a.mdx')) }).html;
    expect(compile()).toContain('class="term"');
    current = glossaryLinks(CONTENT, [GLOSSARY[1]], (id) => id);
    expect(compile()).toBe('<p>Abgrenzungsliste</p>\n');
  });
});
