import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderStore, sha256 } from '../../../src/lib/cache/folder-store.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const KEY_A = sha256('a');
const KEY_B = sha256('b');

describe('sha256', () => {
  it('is the hex SHA-256 of the text as UTF-8 (FIPS 180-2 test vectors, and one worked out with Python)', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('Größe ä')).toBe('773cda47f568fb03afbce5896b750bbcf3f9d9d4b2bfb82388fc33d2f9a0c1bd');
  });

  it('gives a text and its UTF-8 bytes the same digest', () => {
    expect(sha256(Buffer.from('Größe ä', 'utf8'))).toBe('773cda47f568fb03afbce5896b750bbcf3f9d9d4b2bfb82388fc33d2f9a0c1bd');
    expect(sha256(new Uint8Array([0x61, 0x62, 0x63]))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('folderStore', () => {
  it('reads back what was written, and nothing under another key', () => {
    const store = folderStore(path.join(tempFolder('store'), 'nested', 'cache'));
    expect(store.read(KEY_A)).toBeUndefined();
    store.write(KEY_A, '{"x":1}\nsecond line');
    expect(store.read(KEY_A)).toBe('{"x":1}\nsecond line');
    expect(store.read(KEY_B)).toBeUndefined();
  });

  it('writes a header line with the key and the digest of the body as UTF-8, then the body', () => {
    const dir = tempFolder('store');
    const store = folderStore(dir);
    store.write(KEY_A, 'Größe ä\n€');
    const bytes = readFileSync(path.join(dir, `${KEY_A}.json`));
    expect(bytes.toString('utf8')).toBe(`kickoff-cache/1 ${KEY_A} ${sha256('Größe ä\n€')}\nGröße ä\n€`);
    expect(store.read(KEY_A)).toBe('Größe ä\n€');
    // An entry whose first line is empty has no header.
    writeFileSync(path.join(dir, `${KEY_B}.json`), `\nkickoff-cache/1 ${KEY_B} ${sha256('x')}\nx`);
    expect(store.read(KEY_B)).toBeUndefined();
  });

  it('overwrites an entry and leaves no temporary file', () => {
    const dir = tempFolder('store');
    const store = folderStore(dir);
    store.write(KEY_A, 'first');
    store.write(KEY_A, 'second');
    expect(store.read(KEY_A)).toBe('second');
    expect(readdirSync(dir)).toEqual([`${KEY_A}.json`]);
  });

  it('never trusts a truncated, edited, foreign or older-format entry', () => {
    const dir = tempFolder('store');
    const store = folderStore(dir);
    const file = (key: string) => path.join(dir, `${key}.json`);
    store.write(KEY_A, 'the body of a');
    const written = readFileSync(file(KEY_A), 'utf8');

    writeFileSync(file(KEY_A), written.slice(0, -3));
    expect(store.read(KEY_A), 'truncated').toBeUndefined();
    writeFileSync(file(KEY_A), written.replace('body', 'bode'));
    expect(store.read(KEY_A), 'edited body').toBeUndefined();
    writeFileSync(file(KEY_B), written);
    expect(store.read(KEY_B), 'entry of another key').toBeUndefined();
    writeFileSync(file(KEY_A), written.replace('kickoff-cache/1', 'kickoff-cache/0'));
    expect(store.read(KEY_A), 'other format').toBeUndefined();
    writeFileSync(file(KEY_A), 'the body of a');
    expect(store.read(KEY_A), 'no header').toBeUndefined();

    store.write(KEY_A, 'the body of a');
    expect(store.read(KEY_A), 'rewritten').toBe('the body of a');
  });

  it('removes its temporary file when the entry cannot take its place', () => {
    // A folder where the entry's file should be: the temporary file is written, the rename fails.
    const dir = tempFolder('store');
    mkdirSync(path.join(dir, `${KEY_A}.json`));
    const store = folderStore(dir);
    expect(() => store.write(KEY_A, 'x')).not.toThrow();
    expect(readdirSync(dir)).toEqual([`${KEY_A}.json`]);
    expect(store.read(KEY_A)).toBeUndefined();
  });

  it('does not fail when the folder cannot be written', () => {
    // A file where the folder should be: no user, root included, can create the folder.
    const blocker = path.join(tempFolder('store'), 'blocker');
    writeFileSync(blocker, '');
    const store = folderStore(path.join(blocker, 'cache'));
    expect(() => store.write(KEY_A, 'x')).not.toThrow();
    expect(store.read(KEY_A)).toBeUndefined();
  });
});
