import type { ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { readsAlikeAsMarkdown } from '../lib/content/mdx-syntax.ts';

type DataEntry = Parameters<ContentEntryRenderFunction>[0];
type RenderedContent = Awaited<ReturnType<ContentEntryRenderFunction>>;

/**
 * The loader context as Astro hands it to its own glob loader: with the entry type of each file
 * extension. Not part of Astro's public types, so it may be missing.
 */
type GlobLoaderContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * A file's body as the MDX compiler reads it: everything after the front matter. The body Astro
 * hands a render function is trimmed, and what trimming takes away can be text to MDX: the
 * indentation of the first line (where a list item's text starts, how far a fence's lines are
 * outdented) and no-break spaces at either end. The file ends with the trimmed body and the
 * whitespace that was trimmed off it, so the rest is found from its end.
 */
export function bodyAsMdxReadsIt(contents: string, body: string): string {
  const end = contents.trimEnd().length;
  const start = end - body.length;
  if (start < 0 || contents.slice(start, end) !== body) return body;
  const trimmedBefore = /\s*$/.exec(contents.slice(0, start))?.[0] ?? '';
  return contents.slice(start - trimmedBefore.length);
}

/**
 * The MDX entry type with a render function that renders a body through the Markdown pipeline
 * when MDX and Markdown read it alike, and renders nothing otherwise.
 */
function mdxRenderedAsMarkdown(mdx: ContentEntryType, markdownRenderFunction: NonNullable<ContentEntryType['getRenderFunction']>): ContentEntryType {
  return {
    ...mdx,
    // The render function gets the body whole, as the MDX compiler would (`bodyAsMdxReadsIt`).
    getEntryInfo: async (params) => {
      const info = await mdx.getEntryInfo(params);
      return { ...info, body: bodyAsMdxReadsIt(params.contents, info.body) };
    },
    getRenderFunction: async (config) => {
      const render = await markdownRenderFunction(config);
      // The glob loader stores an entry without a rendering when this gives none, and
      // `storeDeferringTheRest` then leaves it to the MDX compiler.
      const renderAlike = async (entry: DataEntry): Promise<RenderedContent | undefined> => {
        if (!readsAlikeAsMarkdown(entry.body ?? '')) return undefined;
        const { html, metadata } = await render(entry);
        // The front matter Astro keeps beside the HTML is a second copy of the entry's data in
        // the store; no page reads it (`remarkPluginFrontmatter`).
        const { frontmatter: _copy, ...kept } = metadata ?? {};
        // The Markdown serialiser ends with a line break the MDX compiler does not write: without
        // it, a page is the same byte for byte whichever way its body was rendered.
        return { html: html.replace(/\n+$/, ''), metadata: kept };
      };
      return renderAlike as ContentEntryRenderFunction;
    },
  };
}

/** The store, where an MDX entry that came without a rendering is stored to be compiled as MDX. */
function storeDeferringTheRest(store: DataStore): DataStore {
  return {
    ...store,
    set: (entry) => store.set(entry.rendered || !entry.filePath?.endsWith('.mdx') ? entry : { ...entry, deferredRender: true }),
  };
}

/**
 * Wraps Astro's glob loader so that MDX bodies which read alike as Markdown (almost every body
 * of a playbook) are rendered to HTML while the content is loaded, through Astro's Markdown
 * pipeline with the site's Markdown steps, and stored with their entries. Every other body is
 * compiled as MDX, as before.
 *
 * Why: a build compiles and bundles each MDX body as a JavaScript module, and on large playbooks
 * that was most of its time (2,000 pages: 13–17 s for bare Astro with MDX, 5.4–5.9 s when the
 * same files are Markdown). The HTML is the same, since both pipelines parse such a body to the
 * same tree and run the same steps on it.
 *
 * `key` names everything the rendering depends on beyond the file itself (the glossary it links
 * to): it is part of each entry's digest, so an entry stored under another key is rendered again.
 */
export function renderingAlikeBodiesAsMarkdown(loader: Loader, key: string): Loader {
  return {
    ...loader,
    load: (context) => {
      const { entryTypes } = context as GlobLoaderContext;
      // Without them every body is compiled as MDX, as in the preview.
      const mdx = entryTypes?.get('.mdx');
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !mdx || !markdown?.getRenderFunction) return loader.load(context);
      const withMarkdown = new Map(entryTypes).set('.mdx', mdxRenderedAsMarkdown(mdx, markdown.getRenderFunction.bind(markdown)));
      return loader.load({
        ...context,
        entryTypes: withMarkdown,
        store: storeDeferringTheRest(context.store),
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${key}\n${data}` : data),
      } as GlobLoaderContext);
    },
  };
}
