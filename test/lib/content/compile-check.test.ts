/**
 * The MDX compiler's faults that end its process: each body is compiled in a child process as
 * the page build compiles it, and a body it ends on is an error of its file, not an abort.
 */
import { describe, expect, it } from 'vitest';
import { compilerCrashes, compilerEndsFinding, filesEndingCompiler, probeOutcome, type ProbeRun } from '../../../src/lib/content/compile-check.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { base, mdx, writeTree } from '../../fixtures/content-tree.ts';

/** Bodies the compiler of satteri 0.10.5 ends its process on (found by fuzzing the build's compile). */
const ENDS_COMPILER = ['<details>\n<summary>Mehr</summary>\n\n- Punkt 1\n- </details>\n', '<div>\nx\n\n1. </div>', `${'> '.repeat(20_000)}x\n`];

describe('probeOutcome', () => {
  it('reads what a child printed: done, the index it ended on, or nothing at all', () => {
    expect(probeOutcome('0\n1\n2\ndone\n')).toEqual({ ended: 'done' });
    expect(probeOutcome('0\n1\n')).toEqual({ ended: 'at', index: 1 });
    expect(probeOutcome('0\n1\n12')).toEqual({ ended: 'at', index: 12 });
    expect(probeOutcome('')).toEqual({ ended: 'before-any' });
    expect(probeOutcome('node: bad option\n')).toEqual({ ended: 'before-any' });
    expect(probeOutcome('0\n1x\n')).toEqual({ ended: 'before-any' });
    expect(probeOutcome('0\nerror 12\n')).toEqual({ ended: 'before-any' });
  });
});

/** A stand-in child: ends on the texts named `crash`, and records what it was given. */
const fakeChild =
  (calls: string[][]) =>
  (texts: readonly string[]): Promise<ProbeRun> => {
    calls.push([...texts]);
    const index = texts.findIndex((text) => text.includes('crash'));
    return Promise.resolve(index === -1 ? { ended: 'done' } : { ended: 'at', index });
  };

describe('compilerCrashes', () => {
  it('gives the index of each text the compiler ends on, going on after it in a new child', async () => {
    const calls: string[][] = [];
    expect(await compilerCrashes(['a', 'crash', 'b', 'crash', 'crash', 'c'], fakeChild(calls))).toEqual([1, 3, 4]);
    expect(calls).toEqual([['a', 'crash', 'b', 'crash', 'crash', 'c'], ['b', 'crash', 'crash', 'c'], ['crash', 'c'], ['c']]);
  });

  it('needs no child for no texts, and one for texts that all compile; a crash on the last text ends it', async () => {
    const calls: string[][] = [];
    expect(await compilerCrashes([], fakeChild(calls))).toEqual([]);
    expect(await compilerCrashes(['a', 'b'], fakeChild(calls))).toEqual([]);
    expect(await compilerCrashes(['a', 'crash'], fakeChild(calls))).toEqual([1]);
    expect(calls).toEqual([['a', 'b'], ['a', 'crash']]);
  });

  it('takes the texts as fine where a child cannot start', async () => {
    expect(await compilerCrashes(['a', 'b'], () => Promise.resolve({ ended: 'before-any' }))).toEqual([]);
  });

  it('runs the compiler the build runs: it ends on the known faults and compiles the rest, syntax errors too', async () => {
    const texts = ['# Fine\n\n<div>\nx\n</div>\n', ENDS_COMPILER[0], 'Text { broken', ENDS_COMPILER[1], '- a\n- b\n', ENDS_COMPILER[2], 'end'];
    expect(await compilerCrashes(texts)).toEqual([1, 3, 5]);
  });
});

describe('filesEndingCompiler and its finding', () => {
  const t = translation('en');
  const file = (body: string) => `---\ntitle: X\nsummary: Y\n---\n${body}`;

  it('compiles, with the front matter blanked out as Astro does, the bodies with MDX syntax or of over 4,000 characters', async () => {
    const calls: string[][] = [];
    const long = 'x'.repeat(4001);
    const sources = [file('<b>crash</b>'), 'Text first, crash\n---\ntitle: X\n---\n<b>crash</b>', file('plain, crash'), `\uFEFF${file('{fine}')}`, file(`crash ${long}`), file('x'.repeat(4000))];
    expect([...(await filesEndingCompiler(sources, fakeChild(calls)))]).toEqual([0, 4]);
    const blank = `   \n${' '.repeat('title: X'.length)}\n${' '.repeat('summary: Y'.length)}\n   \n`;
    expect(calls[0]).toEqual([`${blank}<b>crash</b>`, `${blank}{fine}`, `${blank}crash ${long}`]);
  });

  it('an error on the line of the list item that holds the closing tag, counted in the whole file', () => {
    expect(compilerEndsFinding('risks/a.mdx', file(`Intro.\n\n${ENDS_COMPILER[0]}`), t)).toEqual({
      severity: 'error',
      code: 'mdx-syntax',
      file: 'risks/a.mdx',
      path: '',
      line: 11,
      message: t.findings.mdxCompilerCrash,
    });
    expect(compilerEndsFinding('r.mdx', `\uFEFF${file(ENDS_COMPILER[1])}`, t).line).toBe(8);
  });

  it('points at the first line of the body where no list item holds a closing tag', () => {
    expect(compilerEndsFinding('r.mdx', file('- a </b>\n'), t).line).toBe(5);
    expect(compilerEndsFinding('r.mdx', file('Text </b>\n\n* x\n  10) y </i>\n'), t).line).toBe(8);
    expect(compilerEndsFinding('r.mdx', file('Text </b>\n-x </b>\n'), t).line).toBe(5);
    expect(compilerEndsFinding('r.mdx', '---\n- </b>\n---\nText\n', t).line).toBe(4);
    expect(compilerEndsFinding('r.mdx', file(ENDS_COMPILER[2]), t).line).toBe(5);
  });
});

describe('reading content', () => {
  it('reports a body the compiler would end the build on as an error of its file, also plain Markdown', async () => {
    const dev = mdx(base('roles/dev.mdx'), `\nIntro.\n\n${ENDS_COMPILER[0]}`);
    // The last one would end this process in the MDX parser itself (a segmentation fault): it is never parsed here.
    const deepExpression = `\n{${'('.repeat(10_000)}1${')'.repeat(10_000)}}\n`;
    const lead = mdx(base('roles/lead.mdx'), `\n${ENDS_COMPILER[2]}`);
    const root = await writeTree({ 'roles/dev.mdx': dev, 'roles/lead.mdx': lead, 'checklists/prep.mdx': mdx(base('checklists/prep.mdx'), deepExpression) });
    const { findings } = await readContent(root, 'en');
    expect(findings.filter((finding) => finding.code.startsWith('mdx')).map(({ file, line, code }) => ({ file, line, code }))).toEqual([
      { file: 'roles/dev.mdx', line: dev.split('\n').indexOf('- </details>') + 1, code: 'mdx-syntax' },
      { file: 'roles/lead.mdx', line: lead.split('\n').indexOf('') + 1, code: 'mdx-syntax' },
      { file: 'checklists/prep.mdx', line: expect.any(Number) as number, code: 'mdx-syntax' },
    ]);
  });
});
