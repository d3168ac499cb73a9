/**
 * `kickoff dev --port N` with N taken: an error naming the port (exit 2), not a preview on N+1
 * that the user does not know about, and the command ends instead of hanging.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portInUse } from '../../src/cli/port-in-use.ts';
import { runKickoff } from '../helpers/run-kickoff.ts';

let holder: Server;
let port: number;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, resolve));
  port = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

describe('portInUse', () => {
  it('is true for a port a program listens on, false once it is free again', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, resolve));
    const freed = (other.address() as { port: number }).port;
    await new Promise<void>((resolve) => other.close(() => resolve()));
    expect([await portInUse(port), await portInUse(freed)]).toEqual([true, false]);
  });
});

describe('kickoff dev --port', { timeout: 120_000 }, () => {
  it('refuses a port that is in use, in the chosen language', async () => {
    const [english, german] = await Promise.all([runKickoff(['dev', '--port', String(port)]), runKickoff(['dev', '--port', String(port), '--lang', 'de'])]);
    expect([english.code, english.stderr]).toEqual([
      2,
      `kickoff: --port ${port}: the port is in use (by another program or preview); choose another, or leave out --port to take the next free one\n`,
    ]);
    expect([german.code, german.stderr]).toEqual([
      2,
      `kickoff: --port ${port}: der Port ist belegt (von einem anderen Programm oder einer Vorschau); einen anderen wählen oder --port weglassen, dann wird der nächste freie genommen\n`,
    ]);
  });
});
