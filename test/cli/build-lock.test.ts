import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from '../../src/cli/build-lock.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const folder = tempFolder('lock');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the build lock', () => {
  it('lets one build run at a time; the second waits, says for whom, and runs after', async () => {
    const lock = path.join(folder, 'a.lock');
    const events: string[] = [];
    const waits: number[] = [];
    const first = withBuildLock(
      lock,
      async () => {
        events.push('first starts');
        await sleep(600);
        events.push('first ends');
      },
      () => events.push('first waited'),
    );
    await sleep(50);
    const second = withBuildLock(
      lock,
      async () => events.push('second runs'),
      (pid) => waits.push(pid),
    );
    await Promise.all([first, second]);
    expect(events).toEqual(['first starts', 'first ends', 'second runs']);
    expect(waits).toEqual([process.pid]);
  });

  it('releases the lock when the build fails', async () => {
    const lock = path.join(folder, 'b.lock');
    await expect(
      withBuildLock(
        lock,
        async () => Promise.reject(new Error('broken')),
        () => {},
      ),
    ).rejects.toThrow('broken');
    await expect(
      withBuildLock(
        lock,
        async () => 'next',
        () => {},
      ),
    ).resolves.toBe('next');
  });

  it('takes over the lock of a process that has died, and of a taker that never wrote its pid', async () => {
    const dead = path.join(folder, 'c.lock');
    mkdirSync(dead);
    // Beyond any process id Linux hands out.
    writeFileSync(path.join(dead, 'pid'), '4194305');
    const waits: number[] = [];
    await expect(
      withBuildLock(
        dead,
        async () => 'ran',
        (pid) => waits.push(pid),
      ),
    ).resolves.toBe('ran');
    expect(waits).toEqual([]);

    const silent = path.join(folder, 'd.lock');
    mkdirSync(silent);
    const old = new Date(Date.now() - 60_000);
    utimesSync(silent, old, old);
    await expect(
      withBuildLock(
        silent,
        async () => 'ran too',
        () => {},
      ),
    ).resolves.toBe('ran too');
  });

  it('waits for a lock being taken this instant rather than breaking it', async () => {
    const fresh = path.join(folder, 'e.lock');
    mkdirSync(fresh);
    let ran = false;
    const waiting = withBuildLock(
      fresh,
      async () => (ran = true),
      () => {},
    );
    await sleep(400);
    expect(ran).toBe(false);
    rmSync(fresh, { recursive: true });
    await waiting;
    expect(ran).toBe(true);
  });
});
