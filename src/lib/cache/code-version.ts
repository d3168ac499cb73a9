import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { holidaySourceVersions } from '../calendar/public-holidays.ts';

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
  // Fed as bytes, each file behind its name and length, so that no two different trees hash alike.
  const digest = createHash('sha256').update(JSON.stringify(holidaySourceVersions()));
  for (const file of files) {
    const bytes = readFileSync(path.join(lib, file));
    digest.update(`\n${file}\n${bytes.length}\n`).update(bytes);
  }
  computed = digest.digest('hex');
  return computed;
}
