import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { lineMatch, lineTime, runMeasured, type Measured } from './measure.ts';
import { cleanBuildCaches } from './project-copy.ts';

export type DiagramMode = 'cold' | 'warm' | 'off';

export interface BuildResult {
  label: string;
  kind: 'kickoff' | 'bare';
  diagrams?: DiagramMode;
  run: Measured;
  ok: boolean;
  /** HTML pages in dist/ (Astro's count includes other routes: exports, sitemap). */
  htmlPages: number;
  /** Routes Astro reports as built. */
  routes?: number;
  /**
   * Phases of the build, ms, from the arrival times of its log lines: validate (kickoff's own),
   * config (Node start, Astro config, integrations' config hooks), sync (content layer, types),
   * diagrams (kickoff's astro:build:start hook: diagram sources and cache), bundle (Vite/rolldown
   * compiling pages and MDX), prerender (every route to HTML), search (pagefind), rest.
   */
  phases: { validate?: number; config?: number; sync?: number; diagrams?: number; bundle?: number; prerender?: number; search?: number; rest?: number };
  /** Total size of the HTML files, bytes. */
  htmlBytes: number;
  /** `diagrams: R rendered, C from cache in S s` of the integration. */
  diagramLine?: { rendered: number; cached: number; seconds: number };
  /** Routes with the largest render time, from Astro's per-route log. */
  slowestRoutes: { route: string; ms: number }[];
  prerenderSumMs?: number;
  distDir: string;
}

/** Milliseconds between two log timestamps, or undefined when one is missing. */
const span = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined && to >= from ? to - from : undefined);

function analyse(run: Measured, kind: BuildResult['kind']): Omit<BuildResult, 'label' | 'kind' | 'diagrams' | 'run' | 'distDir' | 'htmlPages' | 'htmlBytes'> {
  const validated = kind === 'kickoff' ? lineTime(run, /: \d+ error\(s\), \d+ warning\(s\)$/) : 0;
  const syncStart = lineTime(run, /\[content\] Syncing content/);
  const typesDone = lineTime(run, /\[types\] Generated/);
  const hookDone = kind === 'kickoff' ? lineTime(run, /\[kickoff-playbook\] (diagrams:|no Chromium)/) : undefined;
  const bundleStart = lineTime(run, /Building static entrypoints/);
  const routesStart = lineTime(run, /generating static routes/);
  const routesEnd = routesStart === undefined ? undefined : run.lines.find((line) => line.ms >= routesStart && /✓ Completed in/.test(line.text))?.ms;
  const searchDone = kind === 'kickoff' ? lineTime(run, /\[kickoff-playbook\] search index/) : undefined;
  const phases: BuildResult['phases'] = {
    validate: kind === 'kickoff' ? validated : undefined,
    config: span(validated, syncStart),
    sync: span(syncStart, typesDone),
    diagrams: kind === 'kickoff' ? span(typesDone, hookDone) : undefined,
    bundle: span(bundleStart, routesStart),
    prerender: span(routesStart, routesEnd),
    search: kind === 'kickoff' ? span(routesEnd, searchDone) : undefined,
  };
  const known = Object.values(phases).reduce<number>((sum, value) => sum + (value ?? 0), 0);
  phases.rest = Math.max(0, run.wallMs - known);
  const routeTimes: { route: string; ms: number }[] = [];
  for (const line of run.lines) {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line.text);
    if (match) routeTimes.push({ route: match[1], ms: Number(match[2]) * (match[3] === 's' ? 1000 : 1) });
  }
  const diagrams = lineMatch(run, /diagrams: (\d+) rendered, (\d+) from cache in ([\d.]+) s/);
  const routes = lineMatch(run, /\[build\] (\d+) page\(s\) built in/);
  return {
    ok: run.exitCode === 0,
    routes: routes ? Number(routes[1]) : undefined,
    phases,
    diagramLine: diagrams ? { rendered: Number(diagrams[1]), cached: Number(diagrams[2]), seconds: Number(diagrams[3]) } : undefined,
    slowestRoutes: [...routeTimes].sort((a, b) => b.ms - a.ms).slice(0, 5),
    prerenderSumMs: routeTimes.length > 0 ? routeTimes.reduce((sum, route) => sum + route.ms, 0) : undefined,
  };
}

export function htmlFiles(dir: string): { count: number; bytes: number } {
  if (!existsSync(dir)) return { count: 0, bytes: 0 };
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'));
  return { count: files.length, bytes: files.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0) };
}

/** `kickoff build --content DIR` in the project copy, PDFs off, with Astro's debug log for the phases. */
export async function buildKickoff(options: {
  label: string;
  projectDir: string;
  contentDir: string;
  diagrams: DiagramMode;
  diagramCache: string;
  logDir: string;
  nodeArgs?: string[];
}): Promise<BuildResult> {
  cleanBuildCaches(options.projectDir);
  const env: NodeJS.ProcessEnv = {
    KICKOFF_PDF: 'off',
    KICKOFF_LOG_LEVEL: 'debug',
    KICKOFF_DIAGRAM_CACHE: options.diagramCache,
    KICKOFF_CONTENT: options.contentDir,
  };
  if (options.diagrams === 'off') env.KICKOFF_CHROMIUM = 'off';
  const run = await runMeasured({
    label: options.label,
    command: process.execPath,
    args: [...(options.nodeArgs ?? []), 'bin/kickoff.mjs', 'build', '--content', options.contentDir],
    cwd: options.projectDir,
    env,
    logDir: options.logDir,
  });
  const distDir = path.join(options.projectDir, 'dist');
  const html = htmlFiles(distDir);
  return {
    label: options.label,
    kind: 'kickoff',
    diagrams: options.diagrams,
    run,
    distDir,
    htmlPages: html.count,
    htmlBytes: html.bytes,
    ...analyse(run, 'kickoff'),
  };
}

/** The bare Astro baseline's build (same programmatic `build()`, same log level). */
export async function buildBare(options: { label: string; projectDir: string; logDir: string; nodeArgs?: string[] }): Promise<BuildResult> {
  cleanBuildCaches(options.projectDir);
  const run = await runMeasured({
    label: options.label,
    command: process.execPath,
    args: [...(options.nodeArgs ?? []), 'build.mjs'],
    cwd: options.projectDir,
    env: { BARE_LOG_LEVEL: 'debug' },
    logDir: options.logDir,
  });
  const distDir = path.join(options.projectDir, 'dist');
  const html = htmlFiles(distDir);
  return { label: options.label, kind: 'bare', run, distDir, htmlPages: html.count, htmlBytes: html.bytes, ...analyse(run, 'bare') };
}
