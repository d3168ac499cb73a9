import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Puts a markdown `section` (starting with its `## ` heading) into `text` in place of the
 * section with the same heading, or at the end: each benchmark rewrites only its own part of
 * bench-results.md.
 */
export function spliceSection(text: string, section: string): string {
  const heading = section.split('\n', 1)[0];
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  const next = text.indexOf('\n## ', start + 1);
  return `${text.slice(0, start + 1)}${section.trimEnd()}\n${next < 0 ? '' : text.slice(next)}`;
}

/**
 * `text` with every section of `previous` that `text` has no section of its own for added at its
 * end: a full benchmark run rewrites the sections it measures and keeps those other benchmarks
 * wrote (binders, large plans).
 */
export function keepOtherSections(previous: string, text: string): string {
  const starts = [...previous.matchAll(/^## .*$/gm)].map((match) => match.index);
  let result = text;
  starts.forEach((start, index) => {
    const section = previous.slice(start, starts[index + 1] ?? previous.length);
    const heading = section.split('\n', 1)[0];
    if (!result.includes(`\n${heading}\n`)) result = spliceSection(result, section);
  });
  return result;
}

/**
 * Writes `section` into the results file `output` (created when missing) in place of its own
 * older version, and shows it on standard output: the end of every single benchmark.
 */
export function writeSection(output: string, section: string): void {
  let existing = '';
  try {
    existing = readFileSync(output, 'utf8');
  } catch {
    // a new report
  }
  writeFileSync(output, spliceSection(existing, section));
  process.stdout.write(`${section}\n`);
}
