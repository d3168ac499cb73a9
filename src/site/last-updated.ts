import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { config } from './site-data.ts';

/**
 * The day each content file was last committed, from one `git log` over the content folder (a `git`
 * process per page cost ~20 ms each, a third of the build time at 2,000 pages). Files outside
 * git, or not committed yet, have no date.
 */
let lastCommitDays: Map<string, string> | undefined;

function readGitHistory(folder: string): Map<string, string> {
  const days = new Map<string, string>();
  try {
    const options = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 };
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { ...options, cwd: folder }).trim();
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--no-renames', '--', folder], { ...options, cwd: top });
    let day = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) day = line.slice(1);
      else if (line && !days.has(path.join(top, line))) days.set(path.join(top, line), day);
    }
  } catch {
    // not a git checkout, or git missing: pages simply show no date
  }
  return days;
}

/** The day `filePath`, a file of the content folder, was last committed. */
export function lastUpdated(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  lastCommitDays ??= readGitHistory(config.contentDir);
  return lastCommitDays.get(path.resolve(filePath));
}
