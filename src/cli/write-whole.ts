import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Translation } from '../lib/i18n/translation.ts';
import { makeFolders } from '../lib/make-folders.ts';
import { UsageError } from './usage-error.ts';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed into place.
 * A full disk or a file size limit used to leave a cut-off plan, snapshot or export behind (and
 * replace a good export with it). The temporary name starts with a dot, which no collection
 * reads. Where writing fails, the command stops with a usage error naming the file and why.
 * With `keep`, an existing file is never replaced; with `makeFolder`, a missing folder is made.
 */
export function writeWhole(
  file: string,
  data: string | Uint8Array,
  shown: string,
  t: Translation,
  options: { keep?: boolean; makeFolder?: boolean } = {},
): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  // A file in the way of the folder is named by the command line (`cannot access FOLDER`).
  if (options.makeFolder) makeFolders(path.dirname(file));
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    // The command looked before; a file that appeared since is still kept.
    if (options.keep && existsSync(file)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    renameSync(temporary, file);
  } catch (error) {
    throw new UsageError(t.cli.cannotWrite(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  } finally {
    removeQuietly(temporary);
  }
}

/** Removes a file if it is there; a path through a file (ENOTDIR) has nothing to remove either. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing was made there
  }
}
