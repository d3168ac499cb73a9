import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Translation } from '../i18n/translation.ts';
import { FRONT_MATTER, frontMatterParts, withoutBom } from './file-parts.ts';
import type { Finding } from './finding.ts';

/**
 * Whether the MDX compiler survives each text. The compiler (satteri, native code) has faults on
 * which it panics, and a panic ends the whole process past any `catch`: a body that `validate`
 * accepted made the page build abort with a Rust backtrace. So the texts are compiled in a child
 * process first, exactly as the build compiles them, and a text it ends on becomes a finding.
 */

const PROBE = fileURLToPath(new URL('./compile-probe.mjs', import.meta.url));
const DONE = 'done';

/** What one child did: compiled every text, ended on one (its index), or never began. */
export type ProbeRun = { ended: 'done' } | { ended: 'at'; index: number } | { ended: 'before-any' };

/**
 * The indices of the texts on which the compiler ends its process or does not finish. After such
 * a text, a new child compiles the texts after it. Where a child cannot even start, the texts not
 * yet compiled are taken as fine: the build would meet the same problem and report it.
 */
export function compilerCrashes(texts: readonly string[], run: (texts: readonly string[]) => ProbeRun = runProbe): number[] {
  const crashes: number[] = [];
  for (let start = 0; start < texts.length; ) {
    const outcome = run(texts.slice(start));
    if (outcome.ended !== 'at') break;
    crashes.push(start + outcome.index);
    start += outcome.index + 1;
  }
  return crashes;
}

/** A generous limit for one child: a text the compiler loops on counts as one it ends on. */
const timeLimit = (count: number) => 30_000 + 50 * count;

function runProbe(texts: readonly string[]): ProbeRun {
  const child = spawnSync(process.execPath, [PROBE], { input: JSON.stringify(texts), encoding: 'utf8', timeout: timeLimit(texts.length), maxBuffer: 64 * 1024 * 1024 });
  return probeOutcome(child.stdout ?? '');
}

/** The outcome of a child by what it printed: an index before each text, `done` at the end. */
export function probeOutcome(stdout: string): ProbeRun {
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  if (last === DONE) return { ended: 'done' };
  return /^\d+$/.test(last) ? { ended: 'at', index: Number(last) } : { ended: 'before-any' };
}

/** An entry file that parsed without errors and whose body has MDX syntax: the compiler gets to see it. */
export interface CompileCandidate {
  file: string;
  source: string;
}

/** The error of each candidate the compiler would end the build on (in the order given), else undefined. */
export function compilerFindings(candidates: readonly CompileCandidate[], t: Translation, run: (texts: readonly string[]) => ProbeRun = runProbe): (Finding | undefined)[] {
  const texts = candidates.map((candidate) => compiledText(candidate.source));
  const crashed = new Set(compilerCrashes(texts.map((text) => text.text), run));
  return candidates.map(({ file }, index) =>
    crashed.has(index) ? { severity: 'error', code: 'mdx-syntax', file, path: '', line: suspectLine(texts[index]), message: t.findings.mdxCompilerCrash } : undefined,
  );
}

/** The text the page build compiles: Astro blanks the front matter out with spaces, keeping its lines. */
function compiledText(source: string): { text: string; bodyLine: number } {
  const text = withoutBom(source);
  const match = FRONT_MATTER.exec(text);
  if (!match) return { text, bodyLine: 1 };
  const { body, bodyLine } = frontMatterParts(match, text);
  return { text: match[0].replace(/[^\r\n]/g, ' ') + body, bodyLine };
}

/** A list item holding a closing tag, the one construct known to end the compiler: where the finding points. */
const LIST_ITEM_WITH_CLOSING_TAG = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t].*<\//;

function suspectLine({ text, bodyLine }: { text: string; bodyLine: number }): number {
  const lines = text.split('\n');
  const found = lines.findIndex((line, index) => index >= bodyLine - 1 && LIST_ITEM_WITH_CLOSING_TAG.test(line));
  return found === -1 ? bodyLine : found + 1;
}
