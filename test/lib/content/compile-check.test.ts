/**
 * The MDX compiler's faults that end its process: each text is compiled in a child process as
 * the page build compiles it, and a body it ends on is an error of its file, not an abort.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compilerCrashes, compilerFindings, probeOutcome, type ProbeRun } from '../../../src/lib/content/compile-check.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { base, mdx, removeTrees, writeTree } from '../../fixtures/content-tree.ts';

afterAll(removeTrees);

/** Bodies the compiler of satteri 0.10.5 ends its process on (found by fuzzing the build's compile). */
const ENDS_COMPILER = ['<details>\n<summary>Mehr</summary>\n\n- Punkt 1\n- </details>\n', '<div>\nx\n\n1. </div>'];

describe('probeOutcome', () => {
  it('reads what a child printed: done, the index it ended on, or nothing at all', () => {
    expect(probeOutcome('0\n1\n2\ndone\n')).toEqual({ ended: 'done' });
    expect(probeOutcome('0\n1\n')).toEqual({ ended: 'at', index: 1 });
    expect(probeOutcome('0\n1\n12')).toEqual({ ended: 'at', index: 12 });
    expect(probeOutcome('')).toEqual({ ended: 'before-any' });
    expect(probeOutcome('node: bad option\n')).toEqual({ ended: 'before-any' });
    expect(probeOutcome('0\n1x\n')).toEqual({ ended: 'before-any' });
  });
});

describe('compilerCrashes', () => {
  /** A stand-in child: ends on the texts named `crash`, and records what it was given. */
  const fakeChild = (calls: string[][]) => (texts: readonly string[]): ProbeRun => {
    calls.push([...texts]);
    const index = texts.indexOf('crash');
    return index === -1 ? { ended: 'done' } : { ended: 'at', index };
  };

  it('gives the index of each text the compiler ends on, going on after it in a new child', () => {
    const calls: string[][] = [];
    expect(compilerCrashes(['a', 'crash', 'b', 'crash', 'crash', 'c'], fakeChild(calls))).toEqual([1, 3, 4]);
    expect(calls).toEqual([['a', 'crash', 'b', 'crash', 'crash', 'c'], ['b', 'crash', 'crash', 'c'], ['crash', 'c'], ['c']]);
  });

  it('needs no child for no texts, and one for texts that all compile; a crash on the last text ends it', () => {
    const calls: string[][] = [];
    expect(compilerCrashes([], fakeChild(calls))).toEqual([]);
    expect(compilerCrashes(['a', 'b'], fakeChild(calls))).toEqual([]);
    expect(compilerCrashes(['a', 'crash'], fakeChild(calls))).toEqual([1]);
    expect(calls).toEqual([['a', 'b'], ['a', 'crash']]);
  });

  it('takes the texts as fine where a child cannot start', () => {
    expect(compilerCrashes(['a', 'b'], () => ({ ended: 'before-any' }))).toEqual([]);
  });

  it('runs the compiler the build runs: it ends on the known faults and compiles the rest, syntax errors too', () => {
    expect(compilerCrashes(['# Fine\n\n<div>\nx\n</div>\n', ENDS_COMPILER[0], 'Text { broken', ENDS_COMPILER[1], '- a\n- b\n'])).toEqual([1, 3]);
  });
});

describe('compilerFindings', () => {
  const t = translation('en');
  const file = (body: string) => `---\ntitle: X\nsummary: Y\n---\n${body}`;

  it('an error on the line of the list item that holds the closing tag, counted in the whole file', () => {
    const found = compilerFindings(
      [
        { file: 'risks/a.mdx', source: file(`Intro.\n\n${ENDS_COMPILER[0]}`) },
        { file: 'risks/b.mdx', source: file('Fine <b>bold</b>.\n') },
        { file: 'risks/c.mdx', source: `\uFEFF${file(ENDS_COMPILER[1])}` },
      ],
      t,
    );
    expect(found).toEqual([
      { severity: 'error', code: 'mdx-syntax', file: 'risks/a.mdx', path: '', line: 11, message: t.findings.mdxCompilerCrash },
      undefined,
      { severity: 'error', code: 'mdx-syntax', file: 'risks/c.mdx', path: '', line: 8, message: t.findings.mdxCompilerCrash },
    ]);
  });

  it('points at the first line of the body where no list item holds a closing tag', () => {
    const ends = (): ProbeRun => ({ ended: 'at', index: 0 });
    expect(compilerFindings([{ file: 'r.mdx', source: file('- a </b>\n') }], t, ends)[0]?.line).toBe(5);
    expect(compilerFindings([{ file: 'r.mdx', source: file('Text </b>\n\n* x\n  10) y </i>\n') }], t, ends)[0]?.line).toBe(8);
    expect(compilerFindings([{ file: 'r.mdx', source: file('Text </b>\n-x </b>\n') }], t, ends)[0]?.line).toBe(5);
    expect(compilerFindings([{ file: 'r.mdx', source: '---\n- </b>\n---\nText\n' }], t, ends)[0]?.line).toBe(4);
  });
});

describe('reading content', () => {
  it('reports a body the compiler would end the build on as an error of its file; a file with errors of its own is not compiled', async () => {
    const dev = mdx(base('roles/dev.mdx'), `\nIntro.\n\n${ENDS_COMPILER[0]}`);
    const root = await writeTree({
      'roles/dev.mdx': dev,
      'roles/lead.mdx': mdx({ ...base('roles/lead.mdx'), title: '' }, `\n${ENDS_COMPILER[0]}`),
    });
    const { findings } = await readContent(root, 'en');
    expect(findings.filter((finding) => finding.code.startsWith('mdx')).map(({ file, line, code }) => ({ file, line, code }))).toEqual([
      { file: 'roles/dev.mdx', line: dev.split('\n').indexOf('- </details>') + 1, code: 'mdx-syntax' },
    ]);
    expect(findings.find((finding) => finding.file === 'roles/lead.mdx')?.code).toBe('schema');
  });
});
