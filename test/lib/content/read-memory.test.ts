/**
 * Re-reading with a memory: a file whose time changed but whose text did not is not parsed again,
 * and a file that cannot be read is forgotten, so that it is read again once it is mended.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import type { EntryMemory } from '../../../src/lib/content/read-entry.ts';
import { writeTree } from '../../fixtures/content-tree.ts';

const DEV = 'roles/dev.mdx';

describe('readContent with a memory', () => {
  test('a file touched but unchanged: the remembered outcome, with the new time kept', async () => {
    const root = await writeTree();
    const memory: EntryMemory = new Map();
    await readContent(root, 'en', { memory });
    const remembered = memory.get(DEV)!;
    const later = new Date(remembered.mtimeMs + 60_000);
    await utimes(path.join(root, DEV), later, later);

    const second = await readContent(root, 'en', { memory });
    expect(memory.get(DEV)!.outcome).toBe(remembered.outcome);
    expect(memory.get(DEV)!.mtimeMs).toBe((await stat(path.join(root, DEV))).mtimeMs);
    expect(memory.get(DEV)!.mtimeMs).not.toBe(remembered.mtimeMs);
    expect(second.content.roles.find((role) => role.id === 'dev')?.data.title).toBe('Entwicklung');
  });

  test('a file of the same size and time is not even read', async () => {
    const root = await writeTree();
    const file = path.join(root, DEV);
    // A time in whole seconds, so that it can be put back exactly.
    await utimes(file, 1_800_000_000, 1_800_000_000);
    const memory: EntryMemory = new Map();
    await readContent(root, 'en', { memory });
    const text = await readFile(file, 'utf8');
    // The same number of characters, and the old time put back: taken for unchanged.
    await writeFile(file, text.replace('Entwicklung', 'Entwicklunk'));
    await utimes(file, 1_800_000_000, 1_800_000_000);
    const second = await readContent(root, 'en', { memory });
    expect(second.content.roles.find((role) => role.id === 'dev')?.data.title).toBe('Entwicklung');
    // Another time: read, and the new text parsed.
    await utimes(file, 1_800_000_001, 1_800_000_001);
    const third = await readContent(root, 'en', { memory });
    expect(third.content.roles.find((role) => role.id === 'dev')?.data.title).toBe('Entwicklunk');
  });

  test('a file that turns unreadable is forgotten; mended, it is parsed anew', async () => {
    const root = await writeTree();
    const memory: EntryMemory = new Map();
    await readContent(root, 'en', { memory });
    const file = path.join(root, DEV);
    const text = await readFile(file, 'utf8');
    const before = memory.get(DEV)!.outcome;

    await writeFile(file, Buffer.from([0x00, 0x01, 0x02]));
    const broken = await readContent(root, 'en', { memory });
    expect(broken.findings.filter((finding) => finding.file === DEV).map((finding) => finding.message)).toEqual(['a readable UTF-8 text file (found binary data)']);
    expect(memory.has(DEV)).toBe(false);

    await writeFile(file, text);
    const mended = await readContent(root, 'en', { memory });
    expect(mended.content.roles.map((role) => role.id).sort()).toEqual(['dev', 'lead']);
    expect(memory.get(DEV)!.outcome).not.toBe(before);
    expect(memory.get(DEV)!.source).toBe(text);
  });
});
