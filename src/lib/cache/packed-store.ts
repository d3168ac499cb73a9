import type { KeyedStore } from './folder-store.ts';

/** A store whose entries live in memory and go to disk together, as one entry of another store. */
export interface PackedStore extends KeyedStore {
  /**
   * Adds the entries written since the last save to the pack as it is on disk now, and writes
   * it. Writes nothing when nothing was written. Never fails.
   */
  save(): void;
}

/**
 * Many small texts kept as one entry (`packKey`) of `store`, read on first use and written by
 * `save`: one file instead of hundreds, where every file written costs a new file and a rename.
 *
 * At most `limit` entries are kept; past that the least recently used go (read or written in
 * this process; what other processes read does not count, since a read never writes). Processes
 * share the pack: a save lays this process's new entries over what the others saved meanwhile,
 * so an entry is lost only when two saves overlap exactly, and then it is computed again. A pack
 * that does not read as one (damaged, foreign, of another layout) reads as empty and is
 * replaced by the next save.
 */
export function packedStore(store: KeyedStore, packKey: string, limit: number): PackedStore {
  let entries: Map<string, string> | undefined;
  /** Keys written since the last save. */
  const written = new Set<string>();
  const loaded = () => (entries ??= readPack(store.read(packKey)));
  return {
    read(key) {
      const map = loaded();
      const text = map.get(key);
      if (text !== undefined) moveToEnd(map, key, text);
      return text;
    },
    write(key, text) {
      const map = loaded();
      if (map.get(key) === text) return;
      moveToEnd(map, key, text);
      keepAtMost(map, limit);
      written.add(key);
    },
    save() {
      if (written.size === 0 || entries === undefined) return;
      const merged = readPack(store.read(packKey));
      // In this process's order of use; what it wrote and has dropped since stays dropped.
      for (const [key, text] of entries) if (written.has(key)) moveToEnd(merged, key, text);
      keepAtMost(merged, limit);
      store.write(packKey, JSON.stringify({ format: PACK_FORMAT, entries: [...merged] }));
      entries = merged;
      written.clear();
    },
  };
}

/** Layout of a pack: entries oldest first. */
const PACK_FORMAT = 'kickoff-pack/1';

/** Sets `key` as the most recently used entry. */
function moveToEnd(map: Map<string, string>, key: string, text: string): void {
  map.delete(key);
  map.set(key, text);
}

/** Drops the oldest entries beyond `limit`. */
function keepAtMost(map: Map<string, string>, limit: number): void {
  while (map.size > limit) map.delete(map.keys().next().value as string);
}

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
