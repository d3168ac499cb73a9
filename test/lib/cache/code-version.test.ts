import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '../../../src/lib/cache/code-version.ts';

const lib = path.resolve(import.meta.dirname, '../../../src/lib');

/** Every `.ts` file below `dir`, as paths relative to `lib`, walked folder by folder. */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(lib, full)] : [];
  });
}

describe('codeVersion', () => {
  it('is the SHA-256 of the versions of the holiday data and its engine and of every .ts file below src/lib with its path and length, in path order', () => {
    const files = typeScriptFiles(lib).sort();
    // Files in sub-folders count, not only those directly in src/lib.
    expect(files).toContain(path.join('schedule', 'schedule-plan.ts'));
    // The data's version, and that of the engine date-holidays itself loads (found from its folder).
    const fromHere = createRequire(import.meta.url);
    const fromData = createRequire(fromHere.resolve('date-holidays/package.json'));
    const holidays = [
      (fromHere('date-holidays/package.json') as { version: string }).version,
      (fromData('date-holidays-parser/package.json') as { version: string }).version,
    ];
    expect(holidays.every((version) => /^\d+\.\d+\.\d+/.test(version))).toBe(true);
    // Each file's bytes behind its path and byte length: a file's end cannot pass for the next one's name.
    const parts = files.map((file) => {
      const bytes = readFileSync(path.join(lib, file));
      return Buffer.concat([Buffer.from(`\n${file}\n${bytes.length}\n`), bytes]);
    });
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from(JSON.stringify(holidays)), ...parts]))
      .digest('hex');
    expect(codeVersion()).toBe(expected);
  });

  it('gives the same version on every call', () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeVersion()).toBe(codeVersion());
  });
});
