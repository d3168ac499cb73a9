import { glob, type DataStore, type LoaderContext } from 'astro/loaders';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHast, markdownToHtml, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyAsMdxReadsIt, renderingAlikeBodiesAsMarkdown } from '../../src/site/markdown-bodies.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const FEATURES = { gfm: true, smartPunctuation: true };
/** A hast tree without its source positions. */
const withoutPositions = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
};
const markdownTree = (text: string) => withoutPositions(markdownToHast(text, { features: FEATURES }));
const mdxTree = (text: string) => withoutPositions(mdxToHast(text, { features: FEATURES }));

const FRONT_MATTER = '---\ntitle: "T"\n---\n';
/** What the MDX compiler reads of a file: Astro blanks its front matter with spaces. */
const mdxSource = (file: string) => file.replace(/^---\n[\s\S]*?\n---/, (front) => front.replace(/[^\n]/g, ' '));
/** Astro's body of an entry (`getEntryInfo`): trimmed. */
const trimmedBody = (file: string) => file.slice(FRONT_MATTER.length).trim();

// Bodies MDX and Markdown read alike whose trimmed body Markdown reads otherwise.
const FILES = {
  'indented first list item': `${FRONT_MATTER}   - a\n\n   b\n`,
  'indented first fence': `${FRONT_MATTER}\n  \`\`\`\n  code\n  \`\`\`\n`,
  'no-break spaces at the ends': `${FRONT_MATTER}\n\u00a0\u00a0Text\u00a0\n`,
};

describe('bodyAsMdxReadsIt', () => {
  it('gives the Markdown pipeline the text the MDX compiler reads, not the trimmed body', () => {
    for (const [name, file] of Object.entries(FILES)) {
      const body = bodyAsMdxReadsIt(file, trimmedBody(file));
      expect(markdownTree(trimmedBody(file)), name).not.toEqual(mdxTree(mdxSource(file)));
      expect(markdownTree(body), name).toEqual(mdxTree(mdxSource(file)));
    }
  });

  it('is the rest of the file after the front matter, or the body where it cannot be found there', () => {
    expect(bodyAsMdxReadsIt(`${FRONT_MATTER}\n  Text\n`, 'Text')).toBe('\n\n  Text\n');
    expect(bodyAsMdxReadsIt('Text\n', 'Text')).toBe('Text\n');
    expect(bodyAsMdxReadsIt(FRONT_MATTER, '')).toBe('\n');
    expect(bodyAsMdxReadsIt('anders', 'Text')).toBe('Text');
  });
});

describe('renderingAlikeBodiesAsMarkdown', () => {
  it('renders the body with its first line as written, through Astro’s own glob loader', async () => {
    const root = tempFolder('markdown-bodies');
    mkdirSync(path.join(root, 'roles'));
    writeFileSync(path.join(root, 'roles/a.mdx'), FILES['indented first list item']);
    const entries = new Map<string, Parameters<DataStore['set']>[0]>();
    const store = {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: Parameters<DataStore['set']>[0]) => (entries.set(entry.id, entry), true),
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    } as unknown as DataStore;
    const entryType = (render: boolean) => ({
      extensions: [render ? '.md' : '.mdx'],
      getEntryInfo: ({ contents }: { contents: string }) => {
        const data = { title: 'T' };
        return { data, rawData: '', slug: '', body: contents.slice(FRONT_MATTER.length).trim() };
      },
      ...(render && {
        getRenderFunction: async () => async (entry: { body?: string }) => ({
          html: String((await markdownToHtml(entry.body ?? '', { features: FEATURES })).html),
        }),
      }),
    });
    const context = {
      collection: 'roles',
      config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
      logger: { warn: () => {}, error: (message: string) => expect.fail(message), info: () => {} },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (data: unknown) => String(data),
      store,
      entryTypes: new Map([
        ['.mdx', entryType(false)],
        ['.md', entryType(true)],
      ]),
    } as unknown as LoaderContext;
    await renderingAlikeBodiesAsMarkdown(glob({ pattern: '**/*.mdx', base: path.join(root, 'roles'), retainBody: false }), 'key').load(context);
    const html = entries.get('a')?.rendered?.html;
    expect(html).toBe(String((await markdownToHtml(mdxSource(FILES['indented first list item']), { features: FEATURES })).html).replace(/\n+$/, ''));
    expect(html).toContain('<li>a</li>\n</ul>\n<p>b</p>');
  });
});

describe('renderingAlikeBodiesAsMarkdown without the entry types Astro hands its glob loader', () => {
  it('leaves every body to the MDX compiler instead of failing the content sync', async () => {
    const seen: LoaderContext[] = [];
    const loader = { name: 'glob-loader', load: async (context: LoaderContext) => void seen.push(context) };
    const context = { collection: 'roles', store: {} } as unknown as LoaderContext;
    await renderingAlikeBodiesAsMarkdown(loader, 'key').load(context);
    expect(seen).toEqual([context]);
  });
});
