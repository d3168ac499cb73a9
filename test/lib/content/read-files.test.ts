/**
 * Files and folders that cannot be read as entries: each is a finding with the reason in the
 * author's words (and the line where a file stops being UTF-8), never an exception.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionFiles, readContent } from '../../../src/lib/content/read-content.ts';
import { MAX_ENTRY_BYTES, readEntries } from '../../../src/lib/content/read-entry.ts';
import { writeTree } from '../../fixtures/content-tree.ts';

const problemsOf = (findings: { file: string; code: string; line?: number; message: string; severity: string }[]) =>
  findings.map(({ file, code, line, message, severity }) => ({ file, code, line, message, severity }));

describe('files that are no UTF-8 text', () => {
  test('binary data, a Windows-1252 umlaut on line 3, a byte of 0x80 written with two digits', async () => {
    const root = await writeTree();
    await writeFile(path.join(root, 'roles', 'binary.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    await writeFile(path.join(root, 'roles', 'latin.mdx'), Buffer.concat([Buffer.from('---\ntitle: x\nsummary: Pr'), Buffer.from([0xfc]), Buffer.from('fung\n---\n')]));
    await writeFile(path.join(root, 'roles', 'euro.mdx'), Buffer.from([0x41, 0x0a, 0x80]));
    const [binary, latin, euro] = await readEntries(
      root,
      [
        { name: 'roles', relative: 'binary.mdx' },
        { name: 'roles', relative: 'latin.mdx' },
        { name: 'roles', relative: 'euro.mdx' },
      ],
      'en',
    );
    expect(problemsOf(binary.findings)).toEqual([
      { file: 'roles/binary.mdx', code: 'file', line: undefined, message: 'a readable UTF-8 text file (found binary data)', severity: 'error' },
    ]);
    expect(problemsOf(latin.findings)).toEqual([
      {
        file: 'roles/latin.mdx',
        code: 'file',
        line: 3,
        message: 'a readable UTF-8 text file (found the byte 0xFC, which is „ü“ in Windows-1252; save the file as UTF-8)',
        severity: 'error',
      },
    ]);
    expect(euro.findings.map((finding) => finding.message)).toEqual(['a readable UTF-8 text file (found the byte 0x80, which is „€“ in Windows-1252; save the file as UTF-8)']);
    expect([binary.entry, latin.entry, euro.entry]).toEqual([undefined, undefined, undefined]);
    expect([binary.id, latin.id, euro.id]).toEqual(['binary', 'latin', 'euro']);
  });

  test('a sequence cut short by the end of the file is where it stops being UTF-8, in German too', async () => {
    const root = await writeTree();
    await writeFile(path.join(root, 'roles', 'cut.mdx'), Buffer.from([0x41, 0x0a, 0x41, 0xc3]));
    const [cut] = await readEntries(root, [{ name: 'roles', relative: 'cut.mdx' }], 'de');
    expect(cut.findings.map((finding) => [finding.line, finding.message])).toEqual([[2, expect.stringContaining('0xC3')]]);
    expect(cut.findings[0].message).toContain('„Ã“');
  });
});

describe('files that vanish or are no files', () => {
  test('a file gone before it is read is a broken link; a folder read as a file cannot be read', async () => {
    const root = await writeTree();
    await mkdir(path.join(root, 'roles', 'folder.mdx'));
    const [gone, folder] = await readEntries(
      root,
      [
        { name: 'roles', relative: 'gone.mdx' },
        { name: 'roles', relative: 'folder.mdx' },
      ],
      'en',
    );
    expect(problemsOf(gone.findings)).toEqual([{ file: 'roles/gone.mdx', code: 'file', line: undefined, message: 'a readable UTF-8 text file (found a broken link)', severity: 'error' }]);
    expect(problemsOf(folder.findings)).toEqual([
      { file: 'roles/folder.mdx', code: 'file', line: undefined, message: 'a readable UTF-8 text file (cannot be read: EISDIR)', severity: 'error' },
    ]);
  });

  test('a device, a pipe and a file too large are findings, read without waiting', async () => {
    const root = await writeTree();
    await symlink('/dev/zero', path.join(root, 'roles', 'zero.mdx'));
    execFileSync('mkfifo', [path.join(root, 'roles', 'pipe.mdx')]);
    // Sparse: its size without its disk space.
    await writeFile(path.join(root, 'roles', 'huge.mdx'), '');
    await truncate(path.join(root, 'roles', 'huge.mdx'), MAX_ENTRY_BYTES + 1024 * 1024);
    await writeFile(path.join(root, 'roles', 'over.mdx'), '');
    await truncate(path.join(root, 'roles', 'over.mdx'), MAX_ENTRY_BYTES + 1);
    await writeFile(path.join(root, 'roles', 'largest.mdx'), Buffer.alloc(MAX_ENTRY_BYTES, 0x41));
    const jobs = ['zero', 'pipe', 'huge', 'over', 'largest'].map((id) => ({ name: 'roles' as const, relative: `${id}.mdx` }));
    const [zero, pipe, huge, over, largest] = await readEntries(root, jobs, 'en');
    const device = 'a readable UTF-8 text file (found a device file, pipe or socket instead of a regular file)';
    expect(problemsOf(zero.findings)).toEqual([{ file: 'roles/zero.mdx', code: 'file', line: undefined, message: device, severity: 'error' }]);
    expect(pipe.findings.map((finding) => finding.message)).toEqual([device]);
    expect(huge.findings.map((finding) => finding.message)).toEqual(['a readable UTF-8 text file (found 11 MB; at most 10 MB)']);
    expect(over.findings.map((finding) => finding.message)).toEqual(['a readable UTF-8 text file (found 10.1 MB; at most 10 MB)']);
    // Exactly the limit is read (and has no front matter).
    expect(largest.findings.map((finding) => finding.code)).toEqual(['front-matter']);
  });

  test('UTF-16 text, with either byte order mark or without one, is named as such', async () => {
    const root = await writeTree();
    const text = '---\ntitle: Datenqualität\n---\n';
    await writeFile(path.join(root, 'roles', 'le.mdx'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await writeFile(path.join(root, 'roles', 'be.mdx'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    await writeFile(path.join(root, 'roles', 'plain.mdx'), Buffer.from(text, 'utf16le'));
    const jobs = ['le', 'be', 'plain'].map((id) => ({ name: 'roles' as const, relative: `${id}.mdx` }));
    const outcomes = await readEntries(root, jobs, 'de');
    expect(outcomes.map((outcome) => outcome.findings.map((finding) => finding.message))).toEqual(
      Array(3).fill(['eine lesbare UTF-8-Textdatei (gefunden: UTF-16-Text; die Datei als UTF-8 speichern)']),
    );
  });

  test('the home page is one file at the root: its job names it without a folder', async () => {
    const root = await writeTree({ 'index.mdx': '---\ntitle: [\n---\n' });
    const [home] = await readEntries(root, [{ name: 'home', relative: 'index.mdx' }], 'en');
    expect(home.file).toBe('index.mdx');
    expect(home.id).toBe('index');
    expect(home.findings.map((finding) => finding.code)).toEqual(['yaml-syntax']);
  });

  test('a file name that is no kebab-case id is an error, and the entry is still read', async () => {
    const root = await writeTree({ 'roles/Dev_Team.mdx': '---\ntitle: Dev\nside: vendor\nsummary: Builds.\n---\n' });
    const [outcome] = await readEntries(root, [{ name: 'roles', relative: 'Dev_Team.mdx' }], 'en');
    expect(problemsOf(outcome.findings)).toEqual([
      {
        file: 'roles/Dev_Team.mdx',
        code: 'file-name',
        line: undefined,
        message: 'a file name in lowercase kebab case, which becomes the id, such as `data-steward.mdx` (found `Dev_Team.mdx`)',
        severity: 'error',
      },
    ]);
    expect(outcome.entry?.data).toMatchObject({ title: 'Dev', side: 'vendor' });
  });
});

describe('collection folders', () => {
  test('a collection folder that is a file', async () => {
    const root = await writeTree({ 'phases/start.mdx': null, 'phases/build.mdx': null });
    await rm(path.join(root, 'phases'), { recursive: true, force: true });
    await writeFile(path.join(root, 'phases'), 'not a folder');
    const { findings } = await readContent(root, 'en');
    expect(problemsOf(findings.filter((finding) => finding.file === 'phases'))).toEqual([
      { file: 'phases', code: 'folder', line: undefined, message: 'a folder of .mdx files (found a file)', severity: 'error' },
    ]);
    expect(await collectionFiles(root, 'phases')).toEqual([]);
  });

  test('a content root that is a file: every collection folder cannot be read', async () => {
    const root = await writeTree();
    const file = path.join(root, 'roles', 'dev.mdx');
    const { findings, content } = await readContent(file, 'en');
    expect(findings.find((finding) => finding.file === 'roles')).toEqual({
      severity: 'error',
      code: 'folder',
      file: 'roles',
      path: '',
      message: 'a folder of .mdx files (cannot be read: ENOTDIR)',
    });
    expect(content.roles).toEqual([]);
  });

  test('a missing collection folder is an empty collection, without a finding', async () => {
    const root = await writeTree({ 'meetings/weekly.mdx': null });
    await rm(path.join(root, 'meetings'), { recursive: true, force: true });
    const { findings, content } = await readContent(root, 'en');
    expect(findings.filter((finding) => finding.file.startsWith('meetings'))).toEqual([]);
    expect(content.meetings).toEqual([]);
    expect(content.ids.meetings).toEqual(new Set());
    expect(await collectionFiles(root, 'meetings')).toEqual([]);
  });

  test('the entry files of a collection, sorted, below the content root; the home page alone', async () => {
    const root = await writeTree({ 'phases/later/extra.mdx': '---\ntitle: x\n---\n', 'phases/notes.txt': 'x', 'index.mdx': '---\ntitle: Home\n---\n' });
    expect(await collectionFiles(root, 'phases')).toEqual(['phases/build.mdx', 'phases/later/extra.mdx', 'phases/start.mdx']);
    expect(await collectionFiles(root, 'home')).toEqual(['index.mdx']);
    const { content } = await readContent(root, 'en');
    expect([...content.ids.phases].sort()).toEqual(['build', 'extra', 'start']);
    expect(content.root).toBe(root);
  });

  test('broken links: named like an entry, outside dot folders; for the home page only its one file', async () => {
    const root = await writeTree();
    const gone = path.join(root, 'gone');
    await mkdir(path.join(root, 'phases', '.drafts'));
    await mkdir(path.join(root, 'phases', 'sub'));
    await symlink(gone, path.join(root, 'phases', 'sub', 'deep.mdx'));
    await symlink(gone, path.join(root, 'phases', '.drafts', 'draft.mdx'));
    await symlink(gone, path.join(root, 'phases', '.hidden.mdx'));
    await symlink(gone, path.join(root, 'phases', 'notes.txt'));
    await symlink(gone, path.join(root, 'index.mdx'));
    await symlink(gone, path.join(root, 'other.mdx'));
    const { findings } = await readContent(root, 'en');
    const warned = findings.filter((finding) => finding.severity === 'warning').map((finding) => [finding.file, finding.code, finding.message]);
    expect(warned).toEqual([
      ['phases/sub/deep.mdx', 'file', 'a link to an existing file (found a broken link; the site leaves this entry out)'],
      ['index.mdx', 'file', 'a link to an existing file (found a broken link; the site leaves this entry out)'],
    ]);
  });
});
