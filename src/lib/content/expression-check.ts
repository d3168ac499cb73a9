import { fileURLToPath } from 'node:url';
import type { Translation } from '../i18n/translation.ts';
import type { Finding } from './finding.ts';
import { expressionRunFinding, type PendingExpression } from './mdx-render-check.ts';
import { runProbeChild } from './probe-child.ts';
import { EXPRESSION_MEMORY_MB, EXPRESSION_TIME_LIMIT_MS, expressionFailure, type ExpressionFailure } from './render-expression.ts';

/**
 * Runs the expressions of the content's pages in a child process with a memory limit. Run in
 * `validate`'s own process, an expression that allocates gigabytes (`{Array(1e9).fill(0).length}`)
 * ends it, and the preview, with V8's out-of-memory crash after twenty seconds; a worker thread's
 * memory limit does not hold for it. A child that ends on an expression makes that expression's
 * failure (`memory`), and a new child runs the ones after it.
 */

const PROBE = fileURLToPath(new URL('./expression-probe.ts', import.meta.url));

export interface ExpressionJob {
  source: string;
  asText: boolean;
  frontmatterJson: string;
}

/**
 * What one child did: the failures of the expressions it ran, and how it ended: when all were
 * run, between two of them, on one (with the failure that makes), or before the first.
 */
export type ExpressionRun = { failures: (ExpressionFailure | undefined)[]; ended: 'done' | 'stopped' | 'before-any' | { failure: ExpressionFailure } };

export type RunExpressions = (jobs: readonly ExpressionJob[]) => Promise<ExpressionRun>;

/**
 * The failure of each expression, in order. Where a child cannot even start, the expressions it
 * did not run are run in this process, without the memory limit.
 */
export async function expressionFailures(jobs: readonly ExpressionJob[], run: RunExpressions = runProbe): Promise<(ExpressionFailure | undefined)[]> {
  const failures: (ExpressionFailure | undefined)[] = [];
  while (failures.length < jobs.length) {
    const { failures: answered, ended } = await run(jobs.slice(failures.length));
    failures.push(...answered);
    if (typeof ended === 'object') failures.push(ended.failure);
    else if (ended === 'before-any' || answered.length === 0) {
      for (const job of jobs.slice(failures.length)) failures.push(expressionFailure(job.source, job.frontmatterJson, { asText: job.asText }));
    }
  }
  return failures;
}

/**
 * Runs the expressions parsing left pending in each file's result, all in one child, and adds the
 * finding of each that fails to its file's findings.
 */
export async function runPendingExpressions(
  parsed: readonly { file: string; result: { findings: Finding[]; expressions?: PendingExpression[] } }[],
  t: Translation,
  run: RunExpressions = runProbe,
): Promise<void> {
  const pending = parsed.flatMap(({ file, result }) => (result.expressions ?? []).map((expression) => ({ file, result, expression })));
  if (pending.length === 0) return;
  const failures = await expressionFailures(
    pending.map(({ expression }) => expression),
    run,
  );
  pending.forEach(({ file, result, expression }, index) => {
    const failure = failures[index];
    if (failure) result.findings.push(expressionRunFinding(file, expression, failure, t));
  });
}

/**
 * How long a child may print nothing before it is taken to hang: the time limit, which the realm
 * keeps for code, plus room for the child's start, for built-ins that do not stop at it, and for
 * an allocation that grows its way to the memory limit (`Array(1e9).fill(0)` takes three seconds
 * on a quiet machine, and several times that on a busy one, where it must still read as memory).
 */
const SILENCE_LIMIT_MS = EXPRESSION_TIME_LIMIT_MS + 20_000;

/**
 * Runs jobs in a child process of `probe` (expression-probe.ts, or a stand-in in tests) under
 * the memory limit, killed once it has printed nothing for `silenceMs`.
 */
export const probeRunner =
  (probe: string, silenceMs: number): RunExpressions =>
  async (jobs) => {
    const { stdout, killed } = await runProbeChild(probe, JSON.stringify(jobsForProbe(jobs)), {
      limitMs: silenceMs,
      quiet: true,
      nodeFlags: [`--max-old-space-size=${EXPRESSION_MEMORY_MB}`],
    });
    return probeRun(stdout, killed);
  };

const runProbe = probeRunner(PROBE, SILENCE_LIMIT_MS);

/** The jobs as the child reads them, each front matter once. */
export function jobsForProbe(jobs: readonly ExpressionJob[]): { frontmatters: string[]; jobs: { source: string; asText: boolean; frontmatter: number }[] } {
  const frontmatters: string[] = [];
  const indexOf = new Map<string, number>();
  return {
    frontmatters,
    jobs: jobs.map(({ source, asText, frontmatterJson }) => {
      let frontmatter = indexOf.get(frontmatterJson);
      if (frontmatter === undefined) {
        frontmatter = frontmatters.push(frontmatterJson) - 1;
        indexOf.set(frontmatterJson, frontmatter);
      }
      return { source, asText, frontmatter };
    }),
  };
}

/**
 * What a child did, by what it printed: an index line before each expression and its failure
 * (JSON) after it, `done` at the end. An index without its failure is the expression the child
 * ended on: out of memory, or killed for printing nothing for too long (`hung`). A line cut short
 * by the child's end is no answer.
 */
export function probeRun(stdout: string, hung: boolean): ExpressionRun {
  const lines = stdout.split('\n').slice(0, -1);
  const failures: (ExpressionFailure | undefined)[] = [];
  for (let line = 0; line < lines.length; line += 2) {
    if (lines[line] === 'done') return { failures, ended: 'done' };
    if (line + 1 === lines.length) return { failures, ended: { failure: hung ? { kind: 'slow' } : { kind: 'memory' } } };
    failures.push((JSON.parse(lines[line + 1]) as ExpressionFailure | null) ?? undefined);
  }
  return { failures, ended: failures.length === 0 ? 'before-any' : 'stopped' };
}
