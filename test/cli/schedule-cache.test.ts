/**
 * The schedule cache as the command uses it: an unchanged plan is read, a changed one (and only
 * that one) computed, an edit that does not concern a plan's schedule recomputes nothing, and no
 * output depends on whether the cache was empty, full or off.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/kickoff.mjs');
const work = tempFolder('cache-cli');

function kickoff(args: string[], cache: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, KICKOFF_LANG: 'en', KICKOFF_SCHEDULE_CACHE: cache };
  delete env.KICKOFF_CONTENT;
  const result = spawnSync(BIN, args, { cwd: ROOT, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Entry file → modification time. */
const entries = (dir: string) => new Map(readdirSync(dir).map((name) => [name, statSync(path.join(dir, name)).mtimeMs]));

/** The schedule findings the folder keeps, by key: all in one file. */
function packedFindings(dir: string): Map<string, string> {
  const text = readFileSync(path.join(dir, 'schedule-findings.json'), 'utf8');
  return new Map((JSON.parse(text.slice(text.indexOf('\n') + 1)) as { entries: [string, string][] }).entries);
}

describe('the schedule cache of the kickoff command', { timeout: 300_000 }, () => {
  it('schedules only the plan that changed', () => {
    const content = path.join(work, 'content');
    const cache = path.join(work, 'cache-validate');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const plans = readdirSync(path.join(content, 'plans')).length;

    expect(kickoff(['validate', '--content', content], cache).code).toBe(0);
    const first = entries(cache);
    expect([...first.keys()]).toEqual(['schedule-findings.json']);
    const findings = packedFindings(cache);
    expect(findings.size).toBe(plans);

    expect(kickoff(['validate', '--content', content], cache).code).toBe(0);
    expect(entries(cache)).toEqual(first);

    // A role not required at the kick-off and a phase no plan names concern no schedule.
    const role = path.join(content, 'roles/einkauf.mdx');
    writeFileSync(role, readFileSync(role, 'utf8').replace(/^title: .*$/m, 'title: Einkauf und Beschaffung'));
    expect(kickoff(['validate', '--content', content], cache).code).toBe(0);
    expect(entries(cache)).toEqual(first);

    const plan = path.join(content, 'plans/kleiner-start.mdx');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^title: .*$/m, 'title: Ein geänderter Plan'));
    expect(kickoff(['validate', '--content', content], cache).code).toBe(0);
    const after = packedFindings(cache);
    const added = [...after.keys()].filter((key) => !findings.has(key));
    expect(added).toHaveLength(1);
    for (const [key, text] of findings) expect(after.get(key), key).toBe(text);
  });

  it('prints the same with an empty cache, a full one and none', () => {
    const cache = path.join(work, 'cache-outputs');
    const commands = [
      ...['json', 'csv', 'ics', 'mermaid', 'tjp'].map((format) => ['schedule', 'musterhandel-pim', '--format', format]),
      ['status', 'musterhandel-pim'],
      ['status', 'kleiner-start'],
      ['validate', '--strict'],
    ];
    for (const args of commands) {
      const off = kickoff(args, 'off');
      const cold = kickoff(args, cache);
      const warm = kickoff(args, cache);
      expect(cold, args.join(' ')).toEqual(off);
      expect(warm, args.join(' ')).toEqual(off);
    }
    expect(readdirSync(cache).length).toBeGreaterThan(0);
  });
});
