import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
/**
 * Makes a folder and the missing ones above it, one level at a time. Node's recursive mkdir
 * never returns for a path in a file system that refuses new folders, such as /proc.
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); !existsSync(current); current = path.dirname(current)) missing.unshift(current);
  if (missing.length === 0 && !statSync(dir).isDirectory()) {
    // What a recursive mkdir says of a file in the way, which the command line names as it is.
    throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${dir}'`), { code: 'EEXIST', syscall: 'mkdir', path: dir });
  }
  for (const folder of missing) mkdirSync(folder);
}
