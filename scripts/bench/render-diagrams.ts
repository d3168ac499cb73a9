// Child process of the benchmark: renders diagrams through the project's own
// renderMermaidSources into the (empty) cache named by KICKOFF_DIAGRAM_CACHE and prints a JSON
// report on stdout. Run with the project copy as the working directory.
//   --content DIR   every diagram of that content, as the build's pre-render step computes them
//   --gantt N       N gantt diagrams of synthetic 50-task plans (one warm-up diagram first)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

if (!process.env.KICKOFF_DIAGRAM_CACHE) throw new Error('set KICKOFF_DIAGRAM_CACHE to an empty temporary folder');
const { values } = parseArgs({ options: { content: { type: 'string' }, gantt: { type: 'string' } } });
const root = process.cwd();
const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(root, file)).href) as Promise<T>;

type RenderReport = { rendered: number; cached: number; failed: { source: string; message: string }[]; browser: boolean; seconds: number };
// Imported only now: render-mermaid reads KICKOFF_DIAGRAM_CACHE when it is loaded.
const { renderMermaidSources, cachedSvg } = await load<{
  renderMermaidSources(sources: readonly string[]): Promise<RenderReport>;
  cachedSvg(source: string): string | undefined;
}>('src/render/render-mermaid.ts');
const { loadConfig } = await load<typeof import('../../src/lib/config.ts')>('src/lib/config.ts');
const config = loadConfig(root);

const summary = (sources: string[]) => ({
  sources: sources.length,
  unique: new Set(sources).size,
  totalChars: sources.reduce((sum, source) => sum + source.length, 0),
  maxChars: Math.max(0, ...sources.map((source) => source.length)),
});
/**
 * Mermaid does not fail on some problems but draws an error box instead: a source over its
 * `maxTextSize` (50,000 characters) becomes „Maximum text size in diagram exceeded“.
 */
const ERROR_SVG = /Maximum text size in diagram exceeded|Syntax error in text|Too many edges|Edge limit exceeded/;
const errorSvgs = (sources: string[]) =>
  [...new Set(sources)].flatMap((source) => {
    const svg = cachedSvg(source);
    const match = svg ? ERROR_SVG.exec(svg) : null;
    return match ? [{ message: match[0], chars: source.length, head: source.split('\n')[0].slice(0, 40) }] : [];
  });
const failures = (report: RenderReport) =>
  report.failed.map((failure) => ({ message: failure.message.slice(0, 300), chars: failure.source.length, head: failure.source.slice(0, 60) }));

if (values.content) {
  const { readContent } = await load<typeof import('../../src/lib/content/read-content.ts')>('src/lib/content/read-content.ts');
  const { allDiagramSources } = await load<typeof import('../../src/lib/site-diagrams.ts')>('src/lib/site-diagrams.ts');
  const { sitePaths } = await load<typeof import('../../src/lib/registry/site-paths.ts')>('src/lib/registry/site-paths.ts');
  const started = performance.now();
  const { content } = await readContent(path.resolve(values.content), config.lang);
  // The same sources (and links) as the integration's astro:build:start hook.
  const sources = allDiagramSources(content, config.lang, (id) => `${config.base}${sitePaths(config.lang).entry('phases', id)}`);
  const prepareSeconds = (performance.now() - started) / 1000;
  const report = await renderMermaidSources(sources);
  process.stdout.write(`${JSON.stringify({ ...summary(sources), prepareSeconds, ...report, failed: failures(report), errorSvgs: errorSvgs(sources) })}\n`);
} else if (values.gantt) {
  const count = Number(values.gantt);
  const { planSchema } = await load<typeof import('../../src/lib/schema/plan.ts')>('src/lib/schema/plan.ts');
  const { schedulePlan } = await load<typeof import('../../src/lib/schedule/schedule-plan.ts')>('src/lib/schedule/schedule-plan.ts');
  const { ganttDiagram } = await load<typeof import('../../src/lib/diagram/gantt.ts')>('src/lib/diagram/gantt.ts');
  const { syntheticPlan } = await import('./synthetic-plan.ts');
  const sources: string[] = [];
  for (let index = 0; index <= count; index++) {
    // Different plans (kick-off dates) so that every source is distinct: nothing comes from the cache.
    const input = {
      ...syntheticPlan(50, 8),
      kickoff: `2027-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
      title: `Plan ${index}`,
    };
    for (const person of input.team) person.role = 'projektleitung';
    const result = schedulePlan(`gantt-${index}`, planSchema.parse(input), { lang: config.lang, iterations: 0 });
    if (!result.ok) throw new Error(`synthetic plan ${index} does not schedule: ${JSON.stringify(result.findings[0])}`);
    sources.push(ganttDiagram(result.schedule, { title: input.title, lang: config.lang, phaseTitles: new Map() }).source);
  }
  // One diagram first: browser launch plus mermaid's first render, then the rest.
  const first = await renderMermaidSources(sources.slice(0, 1));
  const rest = await renderMermaidSources(sources.slice(1));
  process.stdout.write(
    `${JSON.stringify({ ...summary(sources.slice(1)), firstSeconds: first.seconds, ...rest, failed: [...failures(first), ...failures(rest)], errorSvgs: errorSvgs(sources) })}\n`,
  );
} else {
  throw new Error('--content DIR or --gantt N');
}
