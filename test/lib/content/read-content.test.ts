// Which files are entries: validate must list exactly what Astro's glob loader will load, so that
// a linked folder is checked, a draft in a dot folder is not, and a link cycle neither hangs nor
// passes silently while the site build fails on it.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { glob } from 'tinyglobby';
import { entryPattern } from '../../../src/lib/content/entry-pattern.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import type { EntryMemory } from '../../../src/lib/content/read-entry.ts';
import { COLLECTION_NAMES } from '../../../src/lib/registry/collection-names.ts';
import { BASE, base, mdx, validateTree, writeTree } from '../../fixtures/content-tree.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const idsOf = async (root: string) => [...(await readContent(root, 'en')).content.ids.phases].sort();

describe('entry files', () => {
  test('a folder without a single entry file is one error: the wrong folder, whose site would be empty', async () => {
    const empty = tempFolder('empty');
    await mkdir(path.join(empty, 'phases'));
    await writeFile(path.join(empty, 'README.md'), '# not content\n');
    const { findings } = await readContent(empty, 'en');
    expect(findings).toEqual([
      {
        severity: 'error',
        code: 'folder',
        file: '.',
        path: '',
        message: expect.stringMatching(/^a content folder with entries in phases\/, roles\/, .*index\.mdx \(found not a single entry file; is it the right folder\?\)$/),
      },
    ]);
    // One entry anywhere is a playbook, if a small one.
    await writeFile(path.join(empty, 'phases', 'start.mdx'), mdx({ ...base('phases/start.mdx'), order: 1 }));
    expect((await readContent(empty, 'en')).findings.filter((finding) => finding.file === '.')).toEqual([]);
  });

  test('follows a linked folder, like the site does', async () => {
    const shared = tempFolder('shared');
    await writeFile(path.join(shared, 'shared-phase.mdx'), mdx({ ...base('phases/start.mdx'), title: 'Shared', order: 9 }));
    const root = await writeTree();
    await symlink(shared, path.join(root, 'phases', 'standard'));
    expect(await idsOf(root)).toContain('shared-phase');
    expect((await validateTree(root)).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  test('an error in a linked folder is reported under its path in the collection', async () => {
    const shared = tempFolder('shared');
    await writeFile(path.join(shared, 'broken.mdx'), 'no front matter\n');
    const root = await writeTree();
    await symlink(shared, path.join(root, 'phases', 'standard'));
    const findings = await validateTree(root);
    expect(findings.map((finding) => `${finding.file}: ${finding.code}`)).toContain('phases/standard/broken.mdx: front-matter');
  });

  test('skips dot folders and dot files, like the site does', async () => {
    const root = await writeTree({
      'phases/.drafts/draft.mdx': { ...base('phases/start.mdx'), order: 1 },
      'phases/.hidden.mdx': 'not even front matter',
    });
    expect(await idsOf(root)).not.toContain('draft');
    expect(await validateTree(root)).toEqual([]);
  });

  test('a link back up the tree ends in findings, not in a hang, and covers what the site would load', async () => {
    const root = await writeTree();
    await symlink('..', path.join(root, 'phases', 'loop'));
    const { content, findings } = await readContent(root, 'en');
    // The checklist reached through the loop is read as a phase: a schema error there.
    expect(findings.some((finding) => finding.severity === 'error' && finding.file.startsWith('phases/loop/checklists/'))).toBe(true);
    // Every file the glob loader lists is either an entry or has a finding.
    const seen = new Set([...content.phases.map((entry) => entry.file), ...findings.map((finding) => finding.file)]);
    const siteFiles = (await glob(entryPattern('mdx'), { cwd: path.join(root, 'phases'), expandDirectories: false })).map((file) => `phases/${file}`);
    expect(siteFiles.length).toBeGreaterThan(2);
    for (const file of siteFiles) expect(seen, file).toContain(file);
  });

  test('a broken link named x.mdx is a warning: the site would leave the entry out', async () => {
    const root = await writeTree();
    await symlink(path.join(root, 'gone.mdx'), path.join(root, 'phases', 'gone.mdx'));
    const findings = await validateTree(root);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'file', file: 'phases/gone.mdx' })]);
    expect(findings[0].message).toMatch(/broken link/);
  });

  test('a folder named x.mdx is no entry, for the site either', async () => {
    const root = await writeTree();
    await mkdir(path.join(root, 'phases', 'folder.mdx'));
    expect(await validateTree(root)).toEqual([]);
  });
});

describe('expressions run in a process of their own', () => {
  test('one that ends that process is a finding of its file on its line, and the others are still run, in every file', async () => {
    const body = '\nLine one.\n\nIt ends: {new Array(3e7).fill(0.5).length}, it changes: {(Math.max = 1, "")}, it is fine: {frontmatter.title}.\n';
    const root = await writeTree({
      'roles/lead.mdx': mdx(base('roles/lead.mdx'), body),
      'roles/dev.mdx': mdx(base('roles/dev.mdx'), '\nAfter the crash: {frontmatter.nope.x}\n'),
    });
    const findings = await validateTree(root);
    const lead = mdx(base('roles/lead.mdx'), '').split('\n').length;
    expect(findings.map(({ file, line, column, message }) => [file, line, column, message.split(' (found ')[0]])).toEqual([
      ['roles/dev.mdx', expect.any(Number), 18, 'an expression the page build can compute'],
      ['roles/lead.mdx', lead + 3, 57, 'an expression that changes no built-in'],
      ['roles/lead.mdx', lead + 3, 10, 'an expression that needs no more than 128 MB of memory'],
    ]);
  }, 30_000);
});

describe('re-reading with a memory', () => {
  test('parses only changed files, forgets removed ones, and gives what a fresh read gives', async () => {
    const root = await writeTree();
    const memory: EntryMemory = new Map();
    const first = await readContent(root, 'en', { memory });
    expect([...memory.keys()].sort()).toEqual(Object.keys(BASE).sort());
    const unchanged = memory.get('roles/dev.mdx')!.outcome;

    await writeFile(path.join(root, 'roles', 'lead.mdx'), mdx({ ...base('roles/lead.mdx'), title: 'Lead, renamed' }));
    await writeFile(path.join(root, 'risks', 'late.mdx'), '---\ntitle: [\n---\n');
    await rm(path.join(root, 'meetings', 'weekly.mdx'));
    const second = await readContent(root, 'en', { memory });
    // The same object: not parsed again.
    expect(memory.get('roles/dev.mdx')!.outcome).toBe(unchanged);
    expect(second.content.roles.find((role) => role.id === 'lead')?.data.title).toBe('Lead, renamed');
    expect(memory.has('meetings/weekly.mdx')).toBe(false);
    const fresh = await readContent(root, 'en');
    const comparable = (read: typeof fresh) => ({
      findings: read.findings,
      ids: Object.fromEntries(Object.entries(read.content.ids).map(([name, ids]) => [name, [...ids].sort()])),
      data: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, read.content[name].map((entry) => [entry.file, entry.data, entry.body])])),
    });
    expect(comparable(second)).toEqual(comparable(fresh));
    expect(comparable(second)).not.toEqual(comparable(first));
  });
});
