/**
 * Running the expressions of the content in a child process with a memory limit: reading what a
 * child printed, going on after a child that ended, and the real child on what ends it.
 */
import { describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  expressionFailures,
  jobsForProbe,
  probeRun,
  probeRunner,
  runPendingExpressions,
  type ExpressionJob,
  type ExpressionRun,
} from '../../../src/lib/content/expression-check.ts';
import type { PendingExpression } from '../../../src/lib/content/mdx-render-check.ts';
import type { ExpressionFailure } from '../../../src/lib/content/render-expression.ts';
import type { Finding } from '../../../src/lib/content/finding.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const job = (source: string, frontmatterJson = '{"title":"Rolle"}'): ExpressionJob => ({ source, asText: true, frontmatterJson });
const throws = (error: string): ExpressionFailure => ({ kind: 'throws', error });

describe('probeRun', () => {
  test('an index line before each expression, its failure after it, done at the end', () => {
    const cases: [string, boolean, ExpressionRun][] = [
      ['0\nnull\n1\n{"kind":"function"}\ndone\n', false, { failures: [undefined, { kind: 'function' }], ended: 'done' }],
      ['done\n', false, { failures: [], ended: 'done' }],
      // Ended on the second expression: out of memory, or killed for its silence.
      ['0\nnull\n1\n', false, { failures: [undefined], ended: { failure: { kind: 'memory' } } }],
      ['0\nnull\n1\n', true, { failures: [undefined], ended: { failure: { kind: 'slow' } } }],
      ['0\n', false, { failures: [], ended: { failure: { kind: 'memory' } } }],
      // A failure cut short by the end is no answer.
      ['0\n{"kind":"thr', false, { failures: [], ended: { failure: { kind: 'memory' } } }],
      // Between two expressions, and before the first.
      ['0\nnull\n', false, { failures: [undefined], ended: 'stopped' }],
      ['', false, { failures: [], ended: 'before-any' }],
      ['0', false, { failures: [], ended: 'before-any' }],
    ];
    for (const [stdout, hung, run] of cases) expect(probeRun(stdout, hung), JSON.stringify(stdout)).toEqual(run);
  });
});

describe('jobsForProbe', () => {
  test('each front matter once, the jobs pointing to theirs', () => {
    expect(jobsForProbe([job('a', '{"x":1}'), { ...job('b', '{"x":2}'), asText: false }, job('c', '{"x":1}')])).toEqual({
      frontmatters: ['{"x":1}', '{"x":2}'],
      jobs: [
        { source: 'a', asText: true, frontmatter: 0 },
        { source: 'b', asText: false, frontmatter: 1 },
        { source: 'c', asText: true, frontmatter: 0 },
      ],
    });
  });
});

describe('expressionFailures', () => {
  test('after a child that ended on an expression, a new one runs those after it', async () => {
    const given: string[][] = [];
    const runs: ExpressionRun[] = [
      { failures: [undefined], ended: { failure: { kind: 'memory' } } },
      { failures: [], ended: { failure: { kind: 'slow' } } },
      { failures: [throws('E')], ended: 'stopped' },
      { failures: [undefined], ended: 'done' },
    ];
    const failures = await expressionFailures(['a', 'b', 'c', 'd', 'e'].map((source) => job(source)), async (jobs) => {
      given.push(jobs.map((item) => item.source));
      return runs.shift()!;
    });
    expect(failures).toEqual([undefined, { kind: 'memory' }, { kind: 'slow' }, throws('E'), undefined]);
    expect(given).toEqual([['a', 'b', 'c', 'd', 'e'], ['c', 'd', 'e'], ['d', 'e'], ['e']]);
  });

  test('where no child starts, or one answers nothing, the rest run in this process', async () => {
    const jobs = [job('frontmatter.title'), job('frontmatter.nope.x'), job('Math.max')];
    for (const ended of ['before-any', 'done', 'stopped'] as const) {
      let calls = 0;
      const failures = await expressionFailures(jobs, async () => {
        calls += 1;
        return { failures: [], ended };
      });
      expect(calls, ended).toBe(1);
      expect(failures, ended).toEqual([undefined, throws("TypeError: Cannot read properties of undefined (reading 'x')"), { kind: 'function' }]);
    }
    expect(await expressionFailures([], async () => ({ failures: [], ended: 'before-any' }))).toEqual([]);
  });

  test('the real child: what passes, what fails, and what ends it, in order', async () => {
    const failures = await expressionFailures([
      job('frontmatter.title'),
      job('new Array(3e7).fill(0.5).length'),
      job('frontmatter'),
      job('(Array.prototype.join = null, "")'),
      job('[1, 2].join("-")'),
    ]);
    expect(failures).toEqual([undefined, { kind: 'memory' }, { kind: 'object', printed: '[object Object]' }, { kind: 'builtIn', name: 'Array.prototype.join' }, undefined]);
  }, 30_000);
});

describe('probeRunner', () => {
  const folder = tempFolder('probes');
  /** A stand-in for the child: a script with the given body, which reads the jobs from its standard input first. */
  const probe = (name: string, body: string) => {
    const file = path.join(folder, `${name}.mjs`);
    writeFileSync(file, `import { readFileSync, writeSync } from 'node:fs';\nconst { jobs } = JSON.parse(readFileSync(0, 'utf8'));\n${body}\n`);
    return file;
  };

  test('the jobs reach the child with each front matter once; what it prints is the run', async () => {
    const echo = probe('echo', "writeSync(1, `0\\n${JSON.stringify({ kind: 'throws', error: JSON.stringify(jobs) })}\\ndone\\n`);");
    const run = await probeRunner(echo, 5000)([job('a', '{"x":1}'), job('b', '{"x":1}')]);
    expect(run).toEqual({
      failures: [throws(JSON.stringify([{ source: 'a', asText: true, frontmatter: 0 }, { source: 'b', asText: true, frontmatter: 0 }]))],
      ended: 'done',
    });
  });

  test('a child silent for too long is killed, and the expression it was on was too slow', async () => {
    const silent = probe('silent', "writeSync(1, '0\\nnull\\n1\\n'); setInterval(() => {}, 1000);");
    const started = Date.now();
    // The limit leaves the child's start (a few hundred milliseconds on a busy machine) room.
    expect(await probeRunner(silent, 2000)([job('a'), job('b')])).toEqual({ failures: [undefined], ended: { failure: { kind: 'slow' } } });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a child that prints keeps its time: the silence counts from the last line', async () => {
    // Six lines half a second apart: three seconds in all, longer than the limit of two.
    const chatty = probe('chatty', "let n = 0; const tick = setInterval(() => { writeSync(1, `${n}\\nnull\\n`); if (++n === 6) { writeSync(1, 'done\\n'); clearInterval(tick); } }, 500);");
    const run = await probeRunner(chatty, 2000)(['a', 'b', 'c', 'd', 'e', 'f'].map((source) => job(source)));
    expect(run).toEqual({ failures: Array(6).fill(undefined), ended: 'done' });
  });

  test('a child that ends on its own while on an expression: memory; one that never starts: before any', async () => {
    const aborts = probe('aborts', "writeSync(1, '0\\n'); process.abort();");
    expect(await probeRunner(aborts, 5000)([job('a')])).toEqual({ failures: [], ended: { failure: { kind: 'memory' } } });
    expect(await probeRunner(path.join(folder, 'missing.mjs'), 5000)([job('a')])).toEqual({ failures: [], ended: 'before-any' });
  });
});

describe('runPendingExpressions', () => {
  const en = translation('en');
  const pending = (source: string, line: number, column?: number): PendingExpression => ({ source, asText: true, frontmatterJson: '{}', line, ...(column ? { column } : {}) });

  test('the finding of each failed expression joins its own file’s findings, with its line and column', async () => {
    const earlier: Finding = { severity: 'warning', code: 'x', file: 'roles/a.mdx', path: '', message: 'earlier' };
    const a = { findings: [earlier], expressions: [pending('1', 3, 4), pending('Math.max', 5, 2)] };
    const b = { findings: [] as Finding[] };
    const c = { findings: [] as Finding[], expressions: [pending('new Array(3e7).fill(0.5).length', 9)] };
    const seen: string[] = [];
    await runPendingExpressions(
      [
        { file: 'roles/a.mdx', result: a },
        { file: 'roles/b.mdx', result: b },
        { file: 'roles/c.mdx', result: c },
      ],
      en,
      async (jobs) => {
        seen.push(...jobs.map((item) => item.source));
        return { failures: [undefined, { kind: 'function' }, { kind: 'memory' }], ended: 'done' };
      },
    );
    expect(seen).toEqual(['1', 'Math.max', 'new Array(3e7).fill(0.5).length']);
    expect(a.findings).toEqual([
      earlier,
      {
        severity: 'error',
        code: 'mdx-expression',
        file: 'roles/a.mdx',
        path: '',
        line: 5,
        column: 2,
        message: 'text or a number, such as `{frontmatter.title}` (found `{Math.max}`, a function, whose source code the page would show)',
      },
    ]);
    expect(b.findings).toEqual([]);
    expect(c.findings).toEqual([
      {
        severity: 'error',
        code: 'mdx-expression',
        file: 'roles/c.mdx',
        path: '',
        line: 9,
        message: 'an expression that needs no more than 128 MB of memory (found `{new Array(3e7).fill(0.5).length}`, which ended the process computing it; the build would end the same way)',
      },
    ]);
  });

  test('no child when nothing is pending', async () => {
    let calls = 0;
    await runPendingExpressions([{ file: 'roles/a.mdx', result: { findings: [], expressions: [] } }], en, async () => {
      calls += 1;
      return { failures: [], ended: 'done' };
    });
    expect(calls).toBe(0);
  });
});
