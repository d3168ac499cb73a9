import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fitGanttLabels } from '../lib/diagram/fit-gantt-labels.ts';
import { mermaidConfig } from '../lib/diagram/mermaid-config.ts';
import { launchBrowser } from './browser.ts';

/**
 * Build-time rendering of mermaid sources to SVG in one headless Chromium, cached on disk by a
 * hash of the source (and mermaid's version), so unchanged diagrams are never rendered twice.
 */
const require = createRequire(import.meta.url);
const MERMAID_VERSION: string = require('mermaid/package.json').version;

const DIAGRAM_CACHE = path.resolve(process.env.KICKOFF_DIAGRAM_CACHE ?? 'node_modules/.cache/kickoff-diagrams');

/**
 * The label fitter as a script for the rendering page. Bundlers that keep function names wrap
 * inner functions in `__name(…)`, which the page does not have: it gets a stand-in.
 */
const FIT_LABELS_SCRIPT = `var __name = (target) => target; globalThis.fitGanttLabels = ${fitGanttLabels.toString()};`;

/**
 * The label fitter's source file, for the cache key. Not `fitGanttLabels.toString()`: the build
 * loads this module twice (integration and pages), transformed differently, and both must agree
 * on every key. Read from the working folder, which is the tool's folder during a build, as for
 * DIAGRAM_CACHE.
 */
const FIT_LABELS_FILE = path.resolve('src/lib/diagram/fit-gantt-labels.ts');
const FIT_LABELS_SOURCE = existsSync(FIT_LABELS_FILE) ? readFileSync(FIT_LABELS_FILE, 'utf8') : '';

/** The cache key: the source, mermaid's version, the configuration it draws with and the label fitter. */
function diagramKey(source: string): string {
  return createHash('sha256')
    .update(`${MERMAID_VERSION}\n${JSON.stringify(mermaidConfig())}\n${FIT_LABELS_SOURCE}\n${source}`)
    .digest('hex')
    .slice(0, 24);
}

const cacheFile = (source: string) => path.join(DIAGRAM_CACHE, `${diagramKey(source)}.svg`);

/** The cached SVG of a source, or undefined when it was not rendered (no browser). */
export function cachedSvg(source: string): string | undefined {
  const file = cacheFile(source);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export interface RenderReport {
  rendered: number;
  cached: number;
  failed: { source: string; message: string }[];
  browser: boolean;
  seconds: number;
}

/** Renders every source that is not cached yet. Without a browser it renders nothing. */
export async function renderMermaidSources(sources: readonly string[]): Promise<RenderReport> {
  const started = performance.now();
  const unique = [...new Set(sources)];
  const missing = unique.filter((source) => !existsSync(cacheFile(source)));
  const report: RenderReport = { rendered: 0, cached: unique.length - missing.length, failed: [], browser: true, seconds: 0 };
  if (missing.length === 0) return { ...report, seconds: (performance.now() - started) / 1000 };
  const browser = await launchBrowser();
  if (!browser) return { ...report, browser: false, seconds: (performance.now() - started) / 1000 };
  mkdirSync(DIAGRAM_CACHE, { recursive: true });
  try {
    const page = await browser.context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    await page.addScriptTag({ content: FIT_LABELS_SCRIPT });
    await page.evaluate(`mermaid.initialize(${JSON.stringify(mermaidConfig())})`);
    for (const [index, source] of missing.entries()) {
      const result = (await page.evaluate(
        async ({ id, text }) => {
          try {
            const scope = globalThis as unknown as {
              mermaid: { render(id: string, text: string): Promise<{ svg: string }> };
              fitGanttLabels(svg: SVGSVGElement): void;
            };
            const { svg } = await scope.mermaid.render(id, text);
            // Gantt labels are fitted where they are laid out: in the page, at the chart's size.
            const holder = document.createElement('div');
            holder.innerHTML = svg;
            const chart = holder.querySelector<SVGSVGElement>('svg[aria-roledescription="gantt"]');
            if (!chart) return { svg };
            document.body.append(holder);
            scope.fitGanttLabels(chart);
            holder.remove();
            return { svg: holder.innerHTML };
          } catch (error) {
            return { error: String((error as Error)?.message ?? error) };
          }
        },
        { id: `kd${diagramKey(source)}`, text: source },
      )) as { svg?: string; error?: string };
      if (result.svg) {
        const file = cacheFile(source);
        writeFileSync(`${file}.tmp${index}`, result.svg);
        renameSync(`${file}.tmp${index}`, file);
        report.rendered++;
      } else report.failed.push({ source, message: result.error ?? 'unknown error' });
    }
  } finally {
    await browser.close();
  }
  return { ...report, seconds: (performance.now() - started) / 1000 };
}
