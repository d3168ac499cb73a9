import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import type { ViteDevServer } from 'vite';
import type { Entry } from '../lib/content/read-content.ts';
import { linkFirstUses, mentionsTerm, termMatcher, UNLINKED_ELEMENTS, type TermMatcher, type TextPart } from '../lib/glossary/term-links.ts';
import type { GlossaryTerm } from '../lib/schema/glossary.ts';
import { MDX_MODULE } from './content-chunk.ts';

/** The glossary as the pages link it: read from the content, replaced when the content changes. */
export interface GlossaryLinks {
  /** The content folder, absolute and with links resolved: only its MDX files are linked. */
  contentDir: string;
  matcher: TermMatcher;
  /** Per term id: its entry page and its definition, shown as the link's title. */
  targets: ReadonlyMap<string, { href: string; definition: string }>;
  /** Per glossary file (absolute path): its own term, which its page does not link. */
  ownTerm: ReadonlyMap<string, string>;
  /** Equal for two glossaries exactly when pages would link the same. */
  key: string;
}

/**
 * A path with symbolic links resolved, as far as it exists. The MDX compiler is handed real paths
 * (Vite resolves links), the Markdown pipeline the content folder's path as given: a content
 * folder reached through a link must match both.
 */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(realPath(parent), path.basename(file));
  }
}

/** The links of a glossary, or undefined when it has no terms. */
export function glossaryLinks(contentDir: string, glossary: readonly Entry<GlossaryTerm>[], href: (id: string) => string): GlossaryLinks | undefined {
  const terms = glossary.map((entry) => ({ id: entry.id, title: entry.data.title, forms: entry.data.forms }));
  const matcher = termMatcher(terms);
  if (!matcher) return undefined;
  const targets = new Map(glossary.map((entry) => [entry.id, { href: href(entry.id), definition: entry.data.definition }]));
  const realDir = realPath(path.resolve(contentDir));
  const ownTerm = new Map(glossary.map((entry) => [realPath(path.resolve(realDir, entry.file)), entry.id]));
  const key = JSON.stringify([contentDir, terms, [...targets], [...ownTerm]]);
  return { contentDir: realDir, matcher, targets, ownTerm, key };
}

const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Whether a text node sits inside an element whose text is never linked (heading, link, code). */
function inUnlinkedElement(node: Parameters<HastVisitorContext['parent']>[0], ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && UNLINKED_ELEMENTS.has(parent.tagName)) return true;
  }
  return false;
}

/**
 * The Markdown pipeline's step (a Sätteri hast plugin, run by Astro for every MDX file it
 * compiles) that links the first use of each glossary term on a page to the term's entry, with
 * the definition as the link's title (browsers show it on hover and screen readers read it as the
 * link's description). `current` is asked once per file, so a compile after the glossary changed
 * links by the new one.
 */
export function glossaryLinksPlugin(current: () => GlossaryLinks | undefined): HastPluginEntry {
  return (document) => {
    const links = current();
    if (!links || document.fileURL?.protocol !== 'file:') return null;
    const file = realPath(fileURLToPath(document.fileURL));
    // A page that uses no term anywhere (one scan of its source) is compiled without the step.
    if (!isInside(links.contentDir, file) || !mentionsTerm(document.source, links.matcher)) return null;
    const own = links.ownTerm.get(file);
    // One set per page: a term links at its first use only, and never on its own entry.
    const linked = new Set<string>(own ? [own] : []);
    const toNode = (part: TextPart) => {
      const target = part.term ? links.targets.get(part.term) : undefined;
      if (!target) return { type: 'text' as const, value: part.text };
      return {
        type: 'element' as const,
        tagName: 'a',
        properties: { href: target.href, title: target.definition, className: ['term'] },
        children: [{ type: 'text' as const, value: part.text }],
      };
    };
    return {
      name: 'kickoff:glossary-links',
      text(node, ctx) {
        if (linked.size >= links.matcher.size) return;
        if (inUnlinkedElement(node, ctx)) return;
        const parts = linkFirstUses(node.value, links.matcher, linked);
        if (parts.some((part) => part.term)) ctx.replaceNode(node, parts.map(toNode));
      },
    };
  };
}

/**
 * Drops the preview's compiled MDX modules, so that the next request compiles them again with the
 * current glossary: a changed term changes pages whose own files did not change.
 */
export function forgetCompiledMdx(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const module of graph.idToModuleMap.values()) if (module.id && MDX_MODULE.test(module.id)) graph.invalidateModule(module);
  }
}
