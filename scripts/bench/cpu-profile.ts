// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by package/module and by
// function, and inclusive time of chosen functions.
//   node scripts/bench/cpu-profile.ts FILE.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by package (`astro`, `@astrojs/mdx`, `project src/lib/…`, `node:internal`, `(gc)`, …). */
  byModule: { name: string; ms: number }[];
  /** Self time by function. */
  byFunction: { name: string; where: string; ms: number }[];
  /** Inclusive time (the function or anything it calls) by function, top entries. */
  inclusive: { name: string; where: string; ms: number }[];
}

/** `…/node_modules/@astrojs/mdx/dist/x.js` → `@astrojs/mdx`; project files by folder. */
export function moduleOf(url: string, projectRoot?: string): string {
  if (!url) return '(native/vm)';
  const clean = url.replace(/^file:\/\//, '');
  const nodeModules = clean.lastIndexOf('/node_modules/');
  if (nodeModules >= 0) {
    const parts = clean.slice(nodeModules + 14).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (clean.startsWith('node:')) return clean.startsWith('node:internal') ? 'node:internal' : clean;
  const src = clean.indexOf('/src/');
  if (src >= 0 && (!projectRoot || clean.startsWith(projectRoot))) {
    const rest = clean.slice(src + 5).split('/');
    return `project src/${rest.length > 2 ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  // Vite-bundled server chunks of the site itself (prerender): dist/.prerender/chunks/…
  if (/\.prerender\/|\/chunks\//.test(clean)) return 'site bundle (prerender chunks)';
  return clean.split('/').slice(-2).join('/');
}

const shortUrl = (url: string) => {
  const clean = url.replace(/^file:\/\//, '');
  const nodeModules = clean.lastIndexOf('/node_modules/');
  if (nodeModules >= 0) return clean.slice(nodeModules + 14);
  const src = clean.indexOf('/src/');
  return src >= 0 ? clean.slice(src + 1) : clean.split('/').slice(-3).join('/');
};

export function summariseProfile(file: string, options: { top?: number; projectRoot?: string } = {}): ProfileSummary {
  const top = options.top ?? 25;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByNode = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000; // the delta after a sample belongs to it
    selfByNode.set(profile.samples[index], (selfByNode.get(profile.samples[index]) ?? 0) + delta);
  }
  const keyOf = (node: ProfileNode) => {
    const frame = node.callFrame;
    const name = frame.functionName || '(anonymous)';
    return { key: `${name}|${frame.url}|${frame.lineNumber}`, name, where: frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '' };
  };
  const modules = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; ms: number }>();
  const inclusive = new Map<string, { name: string; where: string; ms: number }>();
  for (const [id, ms] of selfByNode) {
    const node = byId.get(id) as ProfileNode;
    const special = /^\((garbage collector|program|idle|root)\)$/.test(node.callFrame.functionName);
    const module = special ? node.callFrame.functionName : moduleOf(node.callFrame.url, options.projectRoot);
    modules.set(module, (modules.get(module) ?? 0) + ms);
    const { key, name, where } = keyOf(node);
    const entry = functions.get(key) ?? { name, where, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
    // Inclusive: every distinct function on the stack gets the sample's time once.
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current) as ProfileNode;
      if (/^\((root|program|idle|garbage collector)\)$/.test(frame.callFrame.functionName)) continue;
      const info = keyOf(frame);
      if (seen.has(info.key)) continue;
      seen.add(info.key);
      const total = inclusive.get(info.key) ?? { name: info.name, where: info.where, ms: 0 };
      total.ms += ms;
      inclusive.set(info.key, total);
    }
  }
  const sorted = <T extends { ms: number }>(values: Iterable<T>) => [...values].sort((a, b) => b.ms - a.ms);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    byModule: sorted([...modules].map(([name, ms]) => ({ name, ms }))).slice(0, top),
    byFunction: sorted(functions.values()).slice(0, top),
    inclusive: sorted(inclusive.values())
      .filter((entry) => entry.name !== '(anonymous)' && entry.where !== '')
      .slice(0, top * 2),
  };
}

export function formatProfile(summary: ProfileSummary, top = 25): string {
  const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1)} %`;
  const lines = [`Main-thread profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled`, '', '| self time by module | ms | share |', '| --- | ---: | ---: |'];
  for (const entry of summary.byModule.slice(0, top)) lines.push(`| ${entry.name} | ${entry.ms.toFixed(0)} | ${pct(entry.ms)} |`);
  lines.push('', '| self time by function | where | ms | share |', '| --- | --- | ---: | ---: |');
  for (const entry of summary.byFunction.slice(0, top)) lines.push(`| \`${entry.name}\` | ${entry.where} | ${entry.ms.toFixed(0)} | ${pct(entry.ms)} |`);
  lines.push('', '| inclusive time (function and its callees) | where | ms | share |', '| --- | --- | ---: | ---: |');
  for (const entry of summary.inclusive.slice(0, top * 2)) lines.push(`| \`${entry.name}\` | ${entry.where} | ${entry.ms.toFixed(0)} | ${pct(entry.ms)} |`);
  return lines.join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (!positionals[0]) throw new Error('usage: node scripts/bench/cpu-profile.ts FILE.cpuprofile [--top N]');
  const top = Number(values.top);
  process.stdout.write(`${formatProfile(summariseProfile(positionals[0], { top }), top)}\n`);
}
