import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentChunkPlugin } from './content-chunk.ts';
import { scopeArticleIds } from '../lib/html/scope-article-ids.ts';
import { loadConfig } from '../lib/config.ts';
import { formatFinding, hasErrors } from '../lib/content/finding.ts';
import { takeValidatedContent } from '../lib/content/content-handoff.ts';
import { readContent, type Content } from '../lib/content/read-content.ts';
import { allDiagramSources } from '../lib/site-diagrams.ts';
import { validateContent } from '../lib/validate/validate-content.ts';
import { findChromium } from '../render/find-chromium.ts';
import { copyMermaidForClients } from '../render/mermaid-vendor.ts';
import { renderMermaidSources } from '../render/render-mermaid.ts';
import { writeSearchIndex } from '../render/search-index.ts';
import { pagePaths } from '../site/page-paths.ts';

/** The print compilation's folder: its heading ids are scoped afterwards, and it is no search result. */
const PRINT_FOLDER = pagePaths.print.replace(/\/$/, '');

/**
 * Makes `astro build` fail on the same content errors as `kickoff validate` (Astro itself only
 * logs a broken reference), renders all diagrams in one browser before the pages are built,
 * and writes the search index afterwards.
 */
export function kickoffIntegration(options: { strict?: boolean } = {}): AstroIntegration {
  const config = loadConfig();
  // Decided once per build: with a browser the diagrams become SVG now, else readers draw them.
  const renderAtBuild = findChromium() !== undefined;
  let content: Content | undefined;
  return {
    name: 'kickoff-playbook',
    hooks: {
      'astro:config:setup': async ({ logger, command, updateConfig }) => {
        updateConfig({ vite: { plugins: [contentChunkPlugin()] } });
        if (command !== 'build' && command !== 'dev') return;
        // `kickoff build` has read and validated the content already; a bare `astro build` does it here.
        content = takeValidatedContent(config.contentDir);
        if (content) return;
        const read = await readContent(config.contentDir);
        const findings = validateContent(read.content, read.findings, { lang: config.lang, strict: options.strict || process.env.KICKOFF_STRICT === '1', iterations: 0 });
        for (const finding of findings) {
          const line = `${finding.severity}: ${formatFinding(finding)}`;
          if (finding.severity === 'error') logger.error(line);
          else logger.warn(line);
        }
        if (hasErrors(findings)) {
          const error = new Error(`the content has ${findings.filter((finding) => finding.severity === 'error').length} error(s); see the findings above`);
          error.stack = error.message; // a stack trace would only hide the findings
          throw error;
        }
        content = read.content;
      },
      'astro:build:start': async ({ logger }) => {
        if (!content) return;
        if (!renderAtBuild) {
          logger.warn('no Chromium found (set KICKOFF_CHROMIUM): diagrams will render in the reader\'s browser');
          return;
        }
        const base = config.base;
        const report = await renderMermaidSources(allDiagramSources(content, config.lang, (id) => `${base}${pagePaths.phase(id)}`));
        logger.info(`diagrams: ${report.rendered} rendered, ${report.cached} from cache in ${report.seconds.toFixed(1)} s`);
        for (const failure of report.failed) logger.error(`diagram failed to render: ${failure.message}`);
        if (report.failed.length > 0) throw new Error(`${report.failed.length} diagram(s) failed to render`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Without a browser at build time the pages draw their diagrams themselves.
        if (!renderAtBuild) copyMermaidForClients(outDir);
        const printPage = path.join(outDir, PRINT_FOLDER, 'index.html');
        if (existsSync(printPage)) writeFileSync(printPage, scopeArticleIds(readFileSync(printPage, 'utf8')));
        const result = await writeSearchIndex(outDir, { skip: [PRINT_FOLDER] });
        logger.info(`search index: ${result.pages} page(s) indexed`);
      },
    },
  };
}
