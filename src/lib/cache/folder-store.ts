import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Texts kept between runs under a key; a store may forget anything at any time. */
export interface KeyedStore {
  /** The text written under `key`, or undefined when there is none or it cannot be trusted. */
  read(key: string): string | undefined;
  /** Keeps `text` under `key`; never fails (a cache that cannot be written only makes runs slower). */
  write(key: string, text: string): void;
}

/** First word of every entry: entries of another layout are ignored. */
const FORMAT = 'kickoff-cache/1';

/**
 * Hex SHA-256 of a text: cache keys and the check of an entry's body. The one-shot `hash` skips
 * the Hash object `createHash` builds each time: about half the time for a small file.
 */
export const sha256 = (text: string) => hash('sha256', text, 'hex');

/**
 * One file per key in `dir`. Each file names its key and the hash of its body in a first line, so
 * that a truncated, edited or foreign file is never trusted: it reads as missing and is
 * overwritten by the next write. Writes go to a temporary file that is then renamed, so that a
 * reader in another process never sees half an entry.
 */
export function folderStore(dir: string): KeyedStore {
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  return {
    read(key) {
      let text: string;
      try {
        text = readFileSync(fileOf(key), 'utf8');
      } catch {
        return undefined;
      }
      const newline = text.indexOf('\n');
      const body = text.slice(newline + 1);
      return newline > 0 && text.slice(0, newline) === `${FORMAT} ${key} ${sha256(body)}` ? body : undefined;
    },
    write(key, text) {
      const file = fileOf(key);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, `${FORMAT} ${key} ${sha256(text)}\n${text}`);
        renameSync(temporary, file);
      } catch {
        removeQuietly(temporary);
      }
    },
  };
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing was written, or the folder is gone
  }
}
