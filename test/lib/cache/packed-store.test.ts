import { describe, expect, it } from 'vitest';
import type { KeyedStore } from '../../../src/lib/cache/folder-store.ts';
import { packedStore } from '../../../src/lib/cache/packed-store.ts';

/** A store in memory that counts its reads and writes. */
function memoryStore(initial: Record<string, string> = {}) {
  const texts = new Map(Object.entries(initial));
  const counts = { reads: 0, writes: 0 };
  const store: KeyedStore = {
    read: (key) => {
      counts.reads++;
      return texts.get(key);
    },
    write: (key, text) => {
      counts.writes++;
      texts.set(key, text);
    },
  };
  return { store, texts, counts };
}

const packOf = (entries: unknown) => JSON.stringify({ format: 'kickoff-pack/1', entries });

describe('packedStore', () => {
  it('reads nothing it was not given, and back what was written', () => {
    const { store } = memoryStore();
    const pack = packedStore(store, 'p', 10);
    expect(pack.read('a')).toBeUndefined();
    pack.write('a', 'text of a');
    pack.write('b', '');
    expect(pack.read('a')).toBe('text of a');
    expect(pack.read('b')).toBe('');
    expect(pack.read('c')).toBeUndefined();
  });

  it('reads the underlying entry once, on first use, and writes it only on save', () => {
    const { store, texts, counts } = memoryStore();
    const pack = packedStore(store, 'p', 10);
    expect(counts.reads).toBe(0);
    pack.write('a', '1');
    pack.write('b', '2');
    pack.read('a');
    expect(counts).toEqual({ reads: 1, writes: 0 });
    pack.save();
    expect(counts.writes).toBe(1);
    // Least recently used first: `a` was read after `b` was written.
    expect(JSON.parse(texts.get('p') as string)).toEqual({
      format: 'kickoff-pack/1',
      entries: [
        ['b', '2'],
        ['a', '1'],
      ],
    });
    // A save reads the pack again, to keep what other processes saved meanwhile.
    expect(counts.reads).toBe(2);
  });

  it('saves only after a change: a read, or a write of the text already there, changes nothing', () => {
    const { store, counts } = memoryStore({ p: packOf([['a', '1']]) });
    const pack = packedStore(store, 'p', 10);
    pack.save();
    pack.read('a');
    pack.write('a', '1');
    pack.save();
    expect(counts.writes).toBe(0);
    pack.write('a', '2');
    pack.save();
    pack.save();
    expect(counts.writes).toBe(1);
  });

  it('is read back by a later store over the same entry', () => {
    const { store } = memoryStore();
    const first = packedStore(store, 'p', 10);
    first.write('a', 'one');
    first.write('b', 'two');
    first.save();
    const later = packedStore(store, 'p', 10);
    expect([later.read('a'), later.read('b'), later.read('c')]).toEqual(['one', 'two', undefined]);
  });

  it('keeps at most `limit` entries, dropping the one least recently read or written', () => {
    const { store, texts } = memoryStore();
    const pack = packedStore(store, 'p', 3);
    for (const key of ['a', 'b', 'c']) pack.write(key, key.toUpperCase());
    pack.read('a');
    pack.write('b', 'B2');
    pack.write('d', 'D');
    expect(['a', 'b', 'c', 'd'].map((key) => pack.read(key))).toEqual(['A', 'B2', undefined, 'D']);
    pack.save();
    // Least recently used first: in the order of the reads just above.
    expect(JSON.parse(texts.get('p') as string).entries).toEqual([
      ['a', 'A'],
      ['b', 'B2'],
      ['d', 'D'],
    ]);
  });

  it('keeps the limit also over a pack read from disk that holds more', () => {
    const { store } = memoryStore({
      p: packOf([
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
      ]),
    });
    const pack = packedStore(store, 'p', 2);
    pack.write('d', '4');
    expect(['a', 'b', 'c', 'd'].map((key) => pack.read(key))).toEqual([undefined, undefined, '3', '4']);
  });

  it('reads a pack of another layout, or one it cannot read, as empty, and replaces it on save', () => {
    for (const text of [
      'not json',
      'null',
      '[]',
      packOf({ a: '1' }),
      JSON.stringify({ format: 'kickoff-pack/2', entries: [['a', '1']] }),
      JSON.stringify({ entries: [['a', '1']] }),
    ]) {
      const { store, texts } = memoryStore({ p: text });
      const pack = packedStore(store, 'p', 10);
      expect(pack.read('a'), text).toBeUndefined();
      pack.write('b', '2');
      pack.save();
      expect(JSON.parse(texts.get('p') as string), text).toEqual({ format: 'kickoff-pack/1', entries: [['b', '2']] });
    }
  });

  it('leaves out entries that are not a pair of texts and keeps the others', () => {
    const { store } = memoryStore({ p: packOf([['a', '1'], ['b'], ['c', 3], [4, 'd'], 'e', null, ['f', '6', 'extra'], ['g', '7']]) });
    const pack = packedStore(store, 'p', 10);
    expect(['a', 'b', 'c', 'f', 'g'].map((key) => pack.read(key))).toEqual(['1', undefined, undefined, undefined, '7']);
    expect(pack.read('4')).toBeUndefined();
  });

  it('uses only its own entry of the underlying store', () => {
    const { store, texts } = memoryStore({ other: 'untouched' });
    const pack = packedStore(store, 'mine', 10);
    pack.write('other', 'x');
    pack.save();
    expect(texts.get('other')).toBe('untouched');
    expect([...texts.keys()].sort()).toEqual(['mine', 'other']);
  });
});

describe('packedStore shared by processes', () => {
  it('keeps what another process saved since this one read the pack, and adds its own', () => {
    const { store } = memoryStore();
    const preview = packedStore(store, 'p', 10);
    const validate = packedStore(store, 'p', 10);
    preview.write('edited', 'from the preview');
    validate.write('strict', 'from validate --strict');
    validate.save();
    preview.write('edited again', 'from the preview, later');
    preview.save();
    const later = packedStore(store, 'p', 10);
    expect(['edited', 'strict', 'edited again'].map((key) => later.read(key))).toEqual([
      'from the preview',
      'from validate --strict',
      'from the preview, later',
    ]);
  });

  it('writes its own text over another process’s for the same key, and then reads what was merged', () => {
    const { store } = memoryStore({
      p: packOf([
        ['shared', 'old'],
        ['theirs', 'kept'],
      ]),
    });
    const mine = packedStore(store, 'p', 10);
    mine.write('shared', 'new');
    const theirs = packedStore(store, 'p', 10);
    theirs.write('also theirs', 'x');
    theirs.save();
    mine.save();
    expect(['shared', 'theirs', 'also theirs'].map((key) => mine.read(key))).toEqual(['new', 'kept', 'x']);
  });

  it('keeps the limit over the merged pack, dropping the oldest of the others’ entries first', () => {
    const { store, texts } = memoryStore({
      p: packOf([
        ['old', '1'],
        ['older?', '2'],
      ]),
    });
    const pack = packedStore(store, 'p', 2);
    pack.write('mine', '3');
    pack.save();
    expect(JSON.parse(texts.get('p') as string).entries).toEqual([
      ['older?', '2'],
      ['mine', '3'],
    ]);
  });
});
