/**
 * The child process of expression-check.ts. It runs each expression of the JSON list on its
 * standard input as `validate` does in its own process, and prints the expression's index before
 * running it and the failure (JSON, `null` for none) after: when the process ends in between,
 * out of memory, the last index printed names the expression it ended on.
 */
import { readFileSync, writeSync } from 'node:fs';
import { expressionFailure } from './render-expression.ts';

interface Job {
  source: string;
  asText: boolean;
  /** Index into `frontmatters`: the expressions of one file share their front matter. */
  frontmatter: number;
}

const { frontmatters, jobs } = JSON.parse(readFileSync(0, 'utf8')) as { frontmatters: string[]; jobs: Job[] };
for (const [index, job] of jobs.entries()) {
  writeSync(1, `${index}\n`);
  writeSync(1, `${JSON.stringify(expressionFailure(job.source, frontmatters[job.frontmatter], { asText: job.asText }) ?? null)}\n`);
}
writeSync(1, 'done\n');
