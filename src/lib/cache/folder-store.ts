import { hash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { makeFolders } from '../make-folders.ts';
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
 * Hex SHA-256 of a text or of bytes (a text's UTF-8 bytes give the same digest as the text):
 * cache keys and the check of an entry's body. The one-shot `hash` skips the Hash object
 * `createHash` builds each time: about half the time for a small file.
 */
export const sha256 = (data: string | Uint8Array) => hash('sha256', data, 'hex');

const NEWLINE = 0x0a;

/**
 * One file per key in `dir`. Each file names its key and the hash of its body in a first line, so
 * that a truncated, edited or foreign file is never trusted: it reads as missing and is
 * overwritten by the next write. Writes go to a temporary file that is then renamed, so that a
 * reader in another process never sees half an entry.
 */
export function folderStore(dir: string): KeyedStore {
  const fileOf = (key: string) => path.join(dir, `${key}.json`);
  return {
    // Bytes, not text, are hashed and written: an entry can be megabytes (the entry pack of a
    // large playbook), and so it is encoded or decoded once, not once more for its hash.
    read(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(fileOf(key));
      } catch {
        return undefined;
      }
      const newline = bytes.indexOf(NEWLINE);
      if (newline <= 0) return undefined;
      const body = bytes.subarray(newline + 1);
      return bytes.toString('utf8', 0, newline) === `${FORMAT} ${key} ${sha256(body)}` ? body.toString('utf8') : undefined;
    },
    write(key, text) {
      const file = fileOf(key);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        makeFolders(dir);
        const body = Buffer.from(text, 'utf8');
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${FORMAT} ${key} ${sha256(body)}\n`, 'utf8'), body]));
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
