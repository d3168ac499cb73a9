/**
 * `kickoff validate` on a playbook large enough to share parsing and scheduling with a helper
 * thread prints exactly what it prints on one thread, cold and warm, and the schedule findings the
 * helper worked out, saved by the main thread, serve later runs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/kickoff.mjs');
const work = tempFolder('threads');

function validate(content: string, threads: string, caches: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KICKOFF_LANG: 'en',
    KICKOFF_THREADS: threads,
    KICKOFF_SCHEDULE_CACHE: path.join(caches, 'schedules'),
    KICKOFF_ENTRY_CACHE: path.join(caches, 'entries'),
  };
  delete env.KICKOFF_CONTENT;
  const result = spawnSync(BIN, ['validate', '--content', content], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('validate with a helper thread', { timeout: 300_000 }, () => {
  it('prints the same as on one thread, cold and warm', () => {
    const { dir, files } = generateContent({ phases: 50, roles: 50, checklists: 50, risks: 50, plans: 30, tasks: 12 }, { dir: path.join(work, 'content') });
    expect(files).toBeGreaterThan(200);
    const one = validate(dir, '1', path.join(work, 'one'));
    expect(one.stderr).toMatch(/\d+ warnings?/);
    const cold = validate(dir, '2', path.join(work, 'two'));
    expect(cold).toEqual(one);
    // Findings of every plan, whichever thread worked them out, kept in one file that the warm run reads.
    expect(readdirSync(path.join(work, 'two', 'schedules'))).toEqual(['schedule-findings.json']);
    const pack = readFileSync(path.join(work, 'two', 'schedules', 'schedule-findings.json'), 'utf8');
    expect((JSON.parse(pack.slice(pack.indexOf('\n') + 1)) as { entries: unknown[] }).entries).toHaveLength(30);
    expect(validate(dir, '2', path.join(work, 'two'))).toEqual(one);
  });
});
