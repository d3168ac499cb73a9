import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How often a waiting build looks whether the other one has finished. */
const POLL_MS = 250;
/** Longer than taking a lock (a folder and a small file) can ever take. */
const TAKING_MS = 5000;

/**
 * Runs `build` while holding the tool's build lock. Every site build runs Astro in the tool's
 * folder, whose `.astro/` holds the content module lists and the server side of the build: two
 * builds at once (two playbooks, or a build next to the test suite) would overwrite each
 * other's. A second build waits, says so once, and takes over a lock whose process has died.
 */
export async function withBuildLock<T>(lockDir: string, build: () => Promise<T>, onWait: (pid: number) => void): Promise<T> {
  let told = false;
  for (;;) {
    if (takeLock(lockDir)) break;
    const holder = lockHolder(lockDir);
    // A lock without a pid is being taken this instant, unless it is old: then its taker died.
    const abandoned = holder === undefined ? ageMs(lockDir) > TAKING_MS : !isAlive(holder);
    if (abandoned) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (holder !== undefined && !told) {
      onWait(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Creating a folder is atomic: exactly one of several processes succeeds. */
function takeLock(lockDir: string): boolean {
  try {
    mkdirSync(path.dirname(lockDir), { recursive: true });
    mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
  return true;
}

/** The process holding the lock; undefined while its folder has no pid yet or none that can be read. */
function lockHolder(lockDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function ageMs(lockDir: string): number {
  try {
    return Date.now() - statSync(lockDir).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
