import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holidaySourceVersions } from '../calendar/public-holidays.ts';
import { sha256 } from './folder-store.ts';

let computed: string | undefined;

/**
 * What every computed result depends on besides its inputs: the source of the pure core
 * (`src/lib`, rules and wording) and the versions of the holiday data and its engine. A change to any makes
 * every cached result stale. Hashing the sources rather than trusting the package version keeps
 * the cache honest while the code is being edited.
 */
export function codeVersion(): string {
  if (computed !== undefined) return computed;
  const lib = fileURLToPath(new URL('..', import.meta.url));
  const files = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const sources = files.map((file) => `${file}\n${readFileSync(path.join(lib, file), 'utf8')}`);
  computed = sha256(JSON.stringify([holidaySourceVersions(), sources]));
  return computed;
}
