import type { KeyedStore } from './folder-store.ts';

/** A store whose entries live in memory and go to disk together, as one entry of another store. */
export interface PackedStore extends KeyedStore {
  /** Writes the entries to the underlying store when they changed since it was read or last saved. Never fails. */
  save(): void;
}

/**
 * Many small texts kept as one entry (`packKey`) of `store`: read on first use, written by `save`.
 * One file instead of hundreds matters where each file written costs about a millisecond (a new
 * file and a rename: 400 schedule findings took 0.3 s to write one by one, 4 ms as one pack).
 *
 * At most `limit` entries are kept; past that the one least recently read or written goes. A pack
 * that does not read as one (damaged, foreign, of another layout) reads as empty and is replaced
 * by the next save. Two processes saving at once cost entries, never correctness: the last whole
 * pack written wins.
 */
export function packedStore(store: KeyedStore, packKey: string, limit: number): PackedStore {
  let entries: Map<string, string> | undefined;
  let changed = false;
  const loaded = () => (entries ??= readPack(store.read(packKey)));
  /** Moves `key` to the end: the most recently used. */
  const touch = (map: Map<string, string>, key: string, text: string) => {
    map.delete(key);
    map.set(key, text);
  };
  return {
    read(key) {
      const map = loaded();
      const text = map.get(key);
      if (text !== undefined) touch(map, key, text);
      return text;
    },
    write(key, text) {
      const map = loaded();
      if (map.get(key) === text) return;
      touch(map, key, text);
      while (map.size > limit) map.delete(map.keys().next().value as string);
      changed = true;
    },
    save() {
      if (!changed || entries === undefined) return;
      store.write(packKey, JSON.stringify({ format: PACK_FORMAT, entries: [...entries] }));
      changed = false;
    },
  };
}

/** Layout of a pack: entries oldest first. */
const PACK_FORMAT = 'kickoff-pack/1';

function readPack(text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  try {
    const pack = JSON.parse(text) as { format?: unknown; entries?: unknown };
    const pairs = pack.format === PACK_FORMAT && Array.isArray(pack.entries) ? pack.entries : [];
    return new Map(
      pairs.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string'),
    );
  } catch {
    return new Map();
  }
}
