import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Page weight of one built page: its HTML, the stylesheets it links, and the JavaScript that
 * runs without user interaction — `<script src>` modules, `modulepreload` links and their static
 * imports, transitively, plus inline scripts. Dynamic `import()`s (search bundle, mermaid) are
 * followed separately: they are what the page *can* load on demand.
 */
export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight & { files: string[] };
  /** External module scripts loaded at start-up, with their static imports. */
  js: Weight & { files: string[] };
  /** Inline `<script>` bodies (part of the HTML bytes too). */
  inlineJs: Weight;
  /** Files reachable only through dynamic imports (loaded on demand). */
  onDemand: Weight & { files: string[] };
  /** Mermaid files among the start-up and on-demand files. */
  mermaid: { startup: string[]; onDemand: string[] };
  /** Diagrams on the page: pre-rendered SVGs, and sources left for the browser to draw. */
  diagrams: { svg: number; clientSide: number };
}

const weight = (buffers: Buffer[]): Weight => ({
  raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
  // Files travel separately, so each is compressed on its own.
  gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
});

/** Mermaid's own bundle and the diagram chunks it lazy-loads (named after mermaid's modules). */
const MERMAID_FILE = /mermaid|Diagram-|diagram-[A-Z0-9]{6,}|dagre|cytoscape|elk-|katex|cose-bilkent|gantt|timeline-definition|flowDb|chunk-[A-Z0-9]{8}\./i;

export function isMermaidFile(file: string, text: string): boolean {
  return MERMAID_FILE.test(path.basename(file)) || /mermaid/i.test(text.slice(0, 20_000));
}

export function pageWeight(distDir: string, page: string, base = '/'): PageWeight {
  // Each script is read once, however many of the graphs below visit it.
  const sources = new Map<string, string>();
  const read = (file: string) => sources.get(file) ?? sources.set(file, readFileSync(file, 'utf8')).get(file)!;
  const htmlFile = path.join(distDir, page);
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const resolveUrl = (url: string, from: string): string | undefined => {
    if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // other origins
    const clean = url.split(/[?#]/)[0];
    const file = clean.startsWith('/') ? path.join(distDir, clean.slice(base.length - 1)) : path.join(path.dirname(from), clean);
    return existsSync(file) ? file : undefined;
  };
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((value) => value !== undefined);

  const cssFiles: string[] = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const file = resolveUrl(attr(tag, 'href') ?? '', htmlFile);
    if (file && !cssFiles.includes(file)) cssFiles.push(file);
  }

  const entryScripts: string[] = [];
  const inline: Buffer[] = [];
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(`<script ${match[1]}>`, 'src');
    if (src) {
      const file = resolveUrl(src, htmlFile);
      if (file) entryScripts.push(file);
    } else if (!/type\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i.test(match[1]) && match[2].trim()) {
      inline.push(Buffer.from(match[2]));
      // Inline module scripts may import files too.
      for (const url of staticImports(match[2])) {
        const file = resolveUrl(url, htmlFile);
        if (file) entryScripts.push(file);
      }
    }
  }
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const file = resolveUrl(attr(tag, 'href') ?? '', htmlFile);
    if (file) entryScripts.push(file);
  }

  // Start-up graph: static imports only. On-demand graph: everything reachable from dynamic imports.
  const startup = closure(entryScripts, read, (file, source) => staticImports(source).map((url) => resolveUrl(url, file)));
  const dynamicRoots = [...startup].flatMap((file) => dynamicImports(read(file)).map((url) => resolveUrl(url, file)));
  const reachable = closure(
    dynamicRoots.filter((file): file is string => file !== undefined),
    read,
    (file, source) => [...staticImports(source), ...dynamicImports(source)].map((url) => resolveUrl(url, file)),
  );
  const onDemand = [...reachable].filter((file) => !startup.has(file));
  const mermaidIn = (files: Iterable<string>) => [...files].filter((file) => isMermaidFile(file, read(file))).map((file) => path.relative(distDir, file));

  return {
    page,
    html: weight([html]),
    css: { ...weight(cssFiles.map((file) => readFileSync(file))), files: cssFiles.map((file) => path.relative(distDir, file)) },
    js: { ...weight([...startup].map((file) => readFileSync(file))), files: [...startup].map((file) => path.relative(distDir, file)) },
    inlineJs: weight(inline),
    onDemand: { ...weight(onDemand.map((file) => readFileSync(file))), files: onDemand.map((file) => path.relative(distDir, file)) },
    mermaid: { startup: mermaidIn(startup), onDemand: mermaidIn(onDemand) },
    diagrams: {
      svg: (text.match(/class="diagram__svg"/g) ?? []).length,
      clientSide: (text.match(/data-mermaid/g) ?? []).length,
    },
  };
}

function closure(roots: string[], read: (file: string) => string, edges: (file: string, source: string) => (string | undefined)[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    for (const next of edges(file, read(file))) if (next && !seen.has(next)) stack.push(next);
  }
  return seen;
}

/** `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"` in (minified) ES modules. */
export function staticImports(source: string): string[] {
  const urls: string[] = [];
  for (const match of source.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)) urls.push(match[1]);
  return urls;
}

/**
 * `import("./a.js")` with a literal specifier, and the file lists of Vite's `__vite__mapDeps`
 * (the chunks a dynamic import preloads). Specifiers built at run time (the search bundle's
 * `${base}pagefind/…`) cannot be followed and are not counted.
 */
export function dynamicImports(source: string): string[] {
  const urls: string[] = [];
  for (const match of source.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g)) urls.push(match[1]);
  const deps = /__vite__mapDeps\s*=[^\n]*?\[((?:\s*["'`][^"'`]+["'`]\s*,?)+)\]/.exec(source);
  if (deps) for (const match of deps[1].matchAll(/["'`]([^"'`]+)["'`]/g)) urls.push(`/${match[1].replace(/^\//, '')}`);
  return urls;
}

/** The sample site's template pages, by what they show. */
export function templatePages(distDir: string, plans: string[]): { template: string; page: string }[] {
  const first = (folder: string) => {
    const dir = path.join(distDir, folder);
    if (!existsSync(dir)) return undefined;
    const entries = readdirSorted(dir).filter((name) => existsSync(path.join(dir, name, 'index.html')));
    return entries[0] ? `${folder}/${entries[0]}/index.html` : undefined;
  };
  const pages: { template: string; page: string | undefined }[] = [
    { template: 'home', page: 'index.html' },
    { template: 'phase', page: first('phasen') },
    { template: 'role', page: first('rollen') },
    { template: 'checklist', page: first('checklisten') },
    { template: 'risk register', page: 'risiken/index.html' },
    ...plans.map((plan) => ({ template: `plan (${plan})`, page: `plaene/${plan}/index.html` })),
    { template: 'print (all)', page: 'druck/index.html' },
  ];
  return pages.filter((entry): entry is { template: string; page: string } => entry.page !== undefined && existsSync(path.join(distDir, entry.page)));
}

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}
