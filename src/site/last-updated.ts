import { execFileSync } from 'node:child_process';
import path from 'node:path';

const cache = new Map<string, string | undefined>();

/** The day a file was last committed (`YYYY-MM-DD`), or undefined outside git or when uncommitted. */
export function lastUpdated(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const absolute = path.resolve(filePath);
  if (!cache.has(absolute)) {
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', absolute], { cwd: path.dirname(absolute), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      cache.set(absolute, out || undefined);
    } catch {
      cache.set(absolute, undefined);
    }
  }
  return cache.get(absolute);
}
