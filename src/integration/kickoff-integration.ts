import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../lib/config.ts';
import { findingLine, hasErrors } from '../lib/content/finding.ts';
import { readContent, type Content } from '../lib/content/read-content.ts';
import { scopeArticleIds } from '../lib/html/scope-article-ids.ts';
import { translation } from '../lib/i18n/index.ts';
import { COLLECTION_NAMES } from '../lib/registry/collection-names.ts';
import { sitePaths } from '../lib/registry/site-paths.ts';
import { persistSchedulesIn, saveScheduleFindings, scheduleCacheDir } from '../lib/schedule/schedule-cache.ts';
import { allDiagramSources } from '../lib/site-diagrams.ts';
import { validateContent } from '../lib/validate/validate-content.ts';
import { findChromium } from '../render/find-chromium.ts';
import { copyMermaidForClients, serveMermaidForClients } from '../render/mermaid-vendor.ts';
import { devContentGate } from './dev-content-gate.ts';
import { forgetDevStoreOfOtherContent } from './dev-store.ts';
import { forgetCompiledMdx, glossaryLinks, glossaryLinksPlugin, type GlossaryLinks } from './glossary-links.ts';
import { EDITOR_SCHEMA_DIR, writeEditorSchemas } from './editor-schemas.ts';
import { renderMermaidSources } from '../render/render-mermaid.ts';
import { writeSearchIndex } from '../render/search-index.ts';
import { contentChunkPlugin } from './content-chunk.ts';
import { footnoteWords } from './footnote-words.ts';
import { routeTable } from './routes.ts';
import { siteModulePlugin } from './site-module.ts';

/**
 * Astro lists the modules of the content entries in `.astro/`, one folder per project, but keeps
 * the content store per cache folder (one per content folder here) and rewrites the lists only
 * when its store changed. Building another content folder in the same project, with a store
 * that is current, would then bundle the other folder's entries, or fail when they are gone.
 * Without the lists Astro writes them anew from the store of this build.
 */
function forgetContentModuleLists(root: URL): void {
  for (const file of ['content-modules.mjs', 'content-assets.mjs']) rmSync(new URL(`.astro/${file}`, root), { force: true });
}

/** What one build is told, once, by whoever starts it (`kickoff build` or `astro.config.mjs`). */
export interface BuildSettings {
  config: SiteConfig;
  /** Turn content warnings into errors. */
  strict: boolean;
  /** Whether the pages link PDFs, because the build will print them. */
  pdfs: boolean;
  /** The content, when the caller has read and validated it already (`kickoff build`). */
  validated?: Content;
}

/**
 * Serves the settings to the pages, injects every page in the site's language, makes
 * `astro build` fail on the same content errors as `kickoff validate` (Astro itself only logs a
 * broken reference), renders all diagrams in one browser before the pages are built, and
 * writes the search index afterwards.
 */
export function kickoffIntegration(settings: BuildSettings): AstroIntegration {
  const { config } = settings;
  const paths = sitePaths(config.lang);
  const texts = translation(config.lang);
  // Decided once per build: with a browser the diagrams become SVG now, else readers draw them.
  const renderAtBuild = findChromium() !== undefined;
  let content = settings.validated;
  let gate: ReturnType<typeof devContentGate> | undefined;
  let server: ViteDevServer | undefined;
  // The glossary the Markdown pipeline links terms to, from the content as last read.
  let links: GlossaryLinks | undefined;
  const linkGlossary = (read: Content) => {
    const next = glossaryLinks(config.contentDir, read.glossary, (id) => `${config.base}${paths.entry('glossary', id)}`);
    const changed = next?.key !== links?.key;
    links = next;
    // The preview compiled its pages' MDX with the old glossary: they are compiled again on the next request.
    if (changed && server) forgetCompiledMdx(server);
  };
  if (content) linkGlossary(content);
  return {
    name: 'kickoff-playbook',
    hooks: {
      'astro:server:setup': ({ server: dev }) => {
        server = dev;
        // The preview draws diagrams in the browser, from the same vendored mermaid as a build without Chromium.
        dev.middlewares.use(serveMermaidForClients(config.base));
        if (gate) {
          dev.middlewares.use(gate.middleware);
          gate.watch(dev);
        }
      },
      'astro:config:setup': async ({ config: astro, logger, command, updateConfig, injectRoute }) => {
        forgetContentModuleLists(astro.root);
        persistSchedulesIn(scheduleCacheDir(process.env, fileURLToPath(astro.root)));
        updateConfig({
          vite: {
            plugins: [
              contentChunkPlugin(),
              // The preview compiles each page's MDX when it is asked for, and recompiles it when the glossary changes.
              siteModulePlugin(() => ({ config, pdfs: settings.pdfs, markdownBodies: command === 'build' ? { key: links?.key ?? '' } : null })),
            ],
          },
          // Astro's default Markdown processor, with the step that links glossary terms.
          markdown: {
            processor: satteri({ hastPlugins: [glossaryLinksPlugin(() => links)], features: { gfm: { footnotes: footnoteWords(texts) } } }),
          },
        });
        for (const route of routeTable(paths)) injectRoute(route);
        if ((command !== 'build' && command !== 'dev') || content) return;
        if (command === 'dev') {
          forgetDevStoreOfOtherContent(astro.root, config.contentDir);
          // The preview starts also with broken content: it shows the findings until they are fixed.
          // The preview runs in the playbook project's folder, whose editors read the schemas there.
          const schemaDir = path.resolve(EDITOR_SCHEMA_DIR);
          // Written again only when entries come or go: a save that changes a text changes no schema.
          let written = '';
          const onContent = async (read: Content) => {
            linkGlossary(read);
            const ids = COLLECTION_NAMES.map((name) => [...read.ids[name]].sort().join(',')).join('|');
            if (ids === written) return;
            await writeEditorSchemas({ content: read, contentDir: config.contentDir, outDir: schemaDir });
            written = ids;
          };
          gate = devContentGate({ contentDir: config.contentDir, base: config.base, lang: config.lang, strict: settings.strict, logger, onContent });
          // Not awaited: the server starts meanwhile, and the gate holds every page request
          // until this first validation is done.
          void gate.start();
          return;
        }
        const read = await readContent(config.contentDir, config.lang);
        const findings = validateContent(read.content, read.findings, { lang: config.lang, strict: settings.strict, iterations: 0 });
        saveScheduleFindings();
        const words = texts.cli;
        for (const finding of findings) {
          const line = findingLine(finding, words);
          if (finding.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        if (hasErrors(findings)) {
          const error = new Error(words.contentErrors(findings.filter((finding) => finding.severity === 'error').length));
          error.stack = error.message; // a stack trace would only hide the findings
          throw error;
        }
        content = read.content;
        linkGlossary(content);
      },
      'astro:build:start': async ({ logger }) => {
        if (!content) return;
        if (!renderAtBuild) {
          logger.warn("no Chromium found (set KICKOFF_CHROMIUM): diagrams will render in the reader's browser");
          return;
        }
        const report = await renderMermaidSources(allDiagramSources(content, config.lang, (id) => `${config.base}${paths.entry('phases', id)}`));
        logger.info(`diagrams: ${report.rendered} rendered, ${report.cached} from cache in ${report.seconds.toFixed(1)} s`);
        for (const failure of report.failed) logger.error(`diagram failed to render: ${failure.message}`);
        if (report.failed.length > 0) throw new Error(`${report.failed.length} diagram(s) failed to render`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Without a browser at build time the pages draw their diagrams themselves.
        if (!renderAtBuild) copyMermaidForClients(outDir);
        // The print compilation and the plans' binders put many documents on one page: their
        // heading ids are scoped (the compilation is no search result; binders are never indexed).
        const books = [paths.print, ...(content?.plans ?? []).map((plan) => paths.planBinder(plan.id))];
        for (const book of books) {
          const file = path.join(outDir, book, 'index.html');
          if (existsSync(file)) writeFileSync(file, scopeArticleIds(readFileSync(file, 'utf8')));
        }
        const result = await writeSearchIndex(outDir, { skip: [paths.printSegment] });
        logger.info(`search index: ${result.pages} page(s) indexed`);
      },
    },
  };
}
