import { fileURLToPath } from 'node:url';
import type { Translation } from '../i18n/translation.ts';
import { entryParts } from './file-parts.ts';
import type { Finding } from './finding.ts';
import { hasMdxSyntax } from './mdx-syntax.ts';
import { runProbeChild } from './probe-child.ts';

/**
 * Whether the MDX compiler survives each text. The compiler (satteri, native code) has faults on
 * which it panics, and a panic ends the whole process past any `catch`: a body that `validate`
 * accepted made the page build abort with a Rust backtrace (a closing tag on a list item's line),
 * or end with a segmentation fault (block quotes nested 20,000 deep). So the bodies are compiled
 * in a child process, exactly as the build compiles them, before this process parses them, and a
 * body the child ends on becomes an error of its file.
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
export async function compilerCrashes(texts: readonly string[], run: (texts: readonly string[]) => Promise<ProbeRun> = runProbe): Promise<number[]> {
  const crashes: number[] = [];
  for (let start = 0; start < texts.length; ) {
    const outcome = await run(texts.slice(start));
    if (outcome.ended !== 'at') break;
    crashes.push(start + outcome.index);
    start += outcome.index + 1;
  }
  return crashes;
}

/** A generous limit for one child: a text the compiler loops on counts as one it ends on. */
const timeLimit = (count: number) => 30_000 + 50 * count;

async function runProbe(texts: readonly string[]): Promise<ProbeRun> {
  const { stdout } = await runProbeChild(PROBE, JSON.stringify(texts), { limitMs: timeLimit(texts.length) });
  return probeOutcome(stdout);
}

/** The outcome of a child by what it printed: an index before each text, `done` at the end. */
export function probeOutcome(stdout: string): ProbeRun {
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  if (last === DONE) return { ended: 'done' };
  return /^\d+$/.test(last) ? { ended: 'at', index: Number(last) } : { ended: 'before-any' };
}

/**
 * The bodies worth compiling: every other kind has never ended the compiler. Its faults found so
 * far need MDX syntax (the closing tag on a list item's line) or nesting thousands of levels deep
 * (block quotes, list markers, emphasis), which takes 8,000 characters at the least; half of that
 * leaves a margin. Compiling every body cost 0.5 s per 2,000 pages of 2.7 KB.
 */
const LONG_BODY = 4000;
const mayEndCompiler = (body: string) => body.length > LONG_BODY || hasMdxSyntax(body);

/**
 * Which of the entry files (their whole text) the compiler would end the build on, by index.
 * A file without front matter is not compiled: it is refused as it is.
 */
export async function filesEndingCompiler(sources: readonly string[], run: (texts: readonly string[]) => Promise<ProbeRun> = runProbe): Promise<Set<number>> {
  const compiled = sources.flatMap((source, index) => {
    const parts = entryParts(source);
    return parts && mayEndCompiler(parts.body) ? [{ index, text: compiledText(parts) }] : [];
  });
  const crashes = await compilerCrashes(
    compiled.map((item) => item.text),
    run,
  );
  return new Set(crashes.map((position) => compiled[position].index));
}

/** The error of a file whose body the compiler ends on, on the line of the suspect list item. */
export function compilerEndsFinding(file: string, source: string, t: Translation): Finding {
  const parts = entryParts(source);
  return { severity: 'error', code: 'mdx-syntax', file, path: '', line: parts ? suspectLine(parts) : 1, message: t.findings.mdxCompilerCrash };
}

/** The text the page build compiles: Astro blanks the front matter out with spaces, keeping its lines. */
const compiledText = ({ frontMatter, body }: { frontMatter: string; body: string }) => frontMatter.replace(/[^\r\n]/g, ' ') + body;

/** A list item holding a closing tag, the one construct known to end the compiler: where the finding points. */
const LIST_ITEM_WITH_CLOSING_TAG = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t].*<\//;

function suspectLine({ body, bodyLine }: { body: string; bodyLine: number }): number {
  const found = body.split('\n').findIndex((line) => LIST_ITEM_WITH_CLOSING_TAG.test(line));
  return found === -1 ? bodyLine : bodyLine + found;
}
