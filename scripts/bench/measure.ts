import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs one command in a fresh child process and measures it: wall time, peak resident memory
 * of the largest process (GNU `time -v`, or a preloaded hook that reports Node's own maxRSS
 * when `time` is missing), and the peak of the whole process tree's summed RSS (sampled from
 * /proc every 200 ms: Astro builds in-process, but Chromium and pagefind run as children).
 */
export interface Measured {
  label: string;
  exitCode: number;
  wallMs: number;
  /** Peak RSS of the largest single process, KB. */
  maxRssKb?: number;
  /** Peak of the summed RSS of the process tree, KB (sampled). */
  treePeakKb?: number;
  /** At that peak: RSS by program name, KB (e.g. node, chromium, pagefind). */
  treePeakParts?: Record<string, number>;
  /** User + system CPU time of the process and its children, ms. */
  cpuMs?: number;
  /** 1-minute load average at the start and the end of the run. */
  load: [number, number];
  /** stdout and stderr lines with their arrival time in ms since the start. */
  lines: { ms: number; text: string }[];
  logFile: string;
}

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-rss.ts')).href;

export interface RunOptions {
  label: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Folder for the full output of the run. */
  logDir: string;
  /** Progress to stderr every this many ms (default 30 s). */
  heartbeatMs?: number;
}

let runCounter = 0;

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export async function runMeasured(options: RunOptions): Promise<Measured> {
  const index = ++runCounter;
  const safe = options.label
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const logFile = path.join(options.logDir, `${String(index).padStart(2, '0')}-${safe}.log`);
  const timeFile = path.join(options.logDir, `${String(index).padStart(2, '0')}-${safe}.time`);
  const rssFile = path.join(options.logDir, `${String(index).padStart(2, '0')}-${safe}.rss`);
  const useTime = hasGnuTime();
  const isNode = path.basename(options.command).startsWith('node');
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, options.command, ...options.args]]
    : [options.command, isNode ? ['--import', RSS_HOOK, ...options.args] : options.args];
  const env = { ...process.env, ...options.env, ...(useTime ? {} : { BENCH_RSS_FILE: rssFile }) };

  process.stderr.write(`  ▶ ${options.label} …\n`);
  const loadBefore = os.loadavg()[0];
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Measured['lines'] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ ms, text });
    });
    stream.on('end', () => {
      if (rest) lines.push({ ms: performance.now() - started, text: rest });
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  let treePeakKb = 0;
  let treePeakParts: Record<string, number> | undefined;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const tree = treeRss(child.pid);
    if (tree.total > treePeakKb) {
      treePeakKb = tree.total;
      treePeakParts = tree.parts;
    }
  }, 200);
  const heartbeat = setInterval(() => {
    const last = lines.at(-1)?.text.trim().slice(0, 100) ?? '';
    process.stderr.write(
      `    … ${((performance.now() - started) / 1000).toFixed(0)} s, ${(treePeakKb / 1024).toFixed(0)} MB so far${last ? ` | ${last}` : ''}\n`,
    );
  }, options.heartbeatMs ?? 30_000);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearInterval(heartbeat);

  let maxRssKb: number | undefined;
  let cpuMs: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const number = (pattern: RegExp) => Number(pattern.exec(report)?.[1] ?? Number.NaN);
    maxRssKb = number(/Maximum resident set size \(kbytes\): (\d+)/);
    cpuMs = 1000 * (number(/User time \(seconds\): ([\d.]+)/) + number(/System time \(seconds\): ([\d.]+)/));
    rmSync(timeFile, { force: true });
  } else if (existsSync(rssFile)) {
    const report = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpuMs: number };
    maxRssKb = report.maxRSS;
    cpuMs = report.cpuMs;
    rmSync(rssFile, { force: true });
  }
  writeFileSync(logFile, lines.map((line) => `${(line.ms / 1000).toFixed(3).padStart(9)} ${line.text}`).join('\n'));
  const peak = Math.max(maxRssKb ?? 0, treePeakKb);
  process.stderr.write(
    `  ${exitCode === 0 ? '✓' : '✗'} ${options.label}: ${(wallMs / 1000).toFixed(1)} s, peak ${(peak / 1024).toFixed(0)} MB${exitCode === 0 ? '' : ` — exit ${exitCode}, see ${logFile}`}\n`,
  );
  return {
    label: options.label,
    exitCode,
    wallMs,
    maxRssKb,
    treePeakKb: treePeakKb || undefined,
    treePeakParts,
    cpuMs,
    load: [loadBefore, os.loadavg()[0]],
    lines,
    logFile,
  };
}

/**
 * Sum of the RSS of `root` and all its descendants, KB, and the share of each program; zeros
 * where /proc is not available. Shared pages (libraries, Chromium's shared memory) count once per
 * process, so the sum overstates what the tree needs when many processes share memory.
 */
function treeRss(root: number): { total: number; parts: Record<string, number> } {
  const empty = { total: 0, parts: {} };
  if (os.platform() !== 'linux') return empty;
  const processes = new Map<number, { parent: number; rss: number; name: string }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return empty;
  }
  const pageKb = 4; // Linux x64 page size; /proc/PID/stat counts RSS in pages
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 2 (comm) may contain spaces; the fields after the closing parenthesis are fixed.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(name), {
        parent: Number(after[1]),
        rss: Number(after[21]) * pageKb,
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      });
    } catch {
      /* the process ended meanwhile */
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, info] of processes) children.set(info.parent, [...(children.get(info.parent) ?? []), pid]);
  let total = 0;
  const parts: Record<string, number> = {};
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    stack.push(...(children.get(pid) ?? []));
    const info = processes.get(pid);
    if (!info) continue;
    // Node names its main thread, and so the process, "MainThread".
    const program = info.name === 'MainThread' ? 'node' : info.name.replace(/^(node|chromium|chrome)\b.*$/i, '$1');
    if (pid === root) {
      // GNU time, or the command itself when there is no GNU time
      total += info.rss;
      parts[program] = (parts[program] ?? 0) + info.rss;
      continue;
    }
    // A child between fork and exec is a copy of its parent (same command line) and seems to hold
    // all of the parent's memory (copy-on-write): `kickoff build` forks for every `git log` and
    // for pagefind. Count a process only when it is its own program, read consistently: command
    // line, then RSS, then the command line again (an exec in between drops the sample).
    const before = cmdline(pid);
    const rss = statRssKb(pid);
    const after = cmdline(pid);
    if (before === undefined || rss === undefined || before !== after) continue;
    if (processes.has(info.parent) && before === cmdline(info.parent)) continue;
    total += rss;
    parts[program] = (parts[program] ?? 0) + rss;
  }
  return { total, parts };
}

function statRssKb(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * 4;
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Time of the first line matching `pattern`, ms since the start of the run. */
export function lineTime(run: Measured, pattern: RegExp): number | undefined {
  return run.lines.find((line) => pattern.test(line.text))?.ms;
}

export function lineMatch(run: Measured, pattern: RegExp): RegExpExecArray | undefined {
  for (const line of run.lines) {
    const match = pattern.exec(line.text);
    if (match) return match;
  }
  return undefined;
}
