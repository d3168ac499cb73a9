/** `kickoff import FILE.xml --plan ID` as a user runs it, on a copy of the sample content. */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runKickoff } from '../helpers/run-kickoff.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const FOREIGN = path.join(ROOT, 'test/fixtures/mspdi/foreign.xml');
const temp = tempFolder('import');
const content = path.join(temp, 'content');
beforeAll(() => cp(path.join(ROOT, 'content'), content, { recursive: true }));

describe('kickoff import', { timeout: 120_000 }, () => {
  it('writes a plan that validates, names what it could not express, and never overwrites it', async () => {
    const run = await runKickoff(['import', FOREIGN, '--plan', 'shop-relaunch', '--content', content]);
    expect(run.code, run.stderr).toBe(0);
    const findings = run.stderr.trim().split('\n');
    expect(findings.length).toBe(11);
    expect(findings.every((line) => line.startsWith('import: '))).toBe(true);
    expect(findings).toContain('import: task “Texte schreiben”: the SS link from “Auftakt vorbereiten” is left out: a plan has finish-to-start links only');
    expect(run.stdout).toMatch(
      /^wrote .*content\/plans\/shop-relaunch\.mdx with 11 finding\(s\) above: what the plan cannot express; check it with: npx kickoff validate\n$/,
    );
    expect(await readFile(path.join(content, 'plans/shop-relaunch.mdx'), 'utf8')).toMatch(/^---\ntitle: Shop-Relaunch\n/);

    const validate = await runKickoff(['validate', '--content', content]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).not.toMatch(/shop-relaunch\.mdx.*error/);

    const again = await runKickoff(['import', FOREIGN, '--plan', 'shop-relaunch', '--content', content]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^kickoff: .*content\/plans\/shop-relaunch\.mdx exists already; import refuses to overwrite a plan/);
  });

  it('writes nothing where the file or the plan would have errors: a working day of no minutes, a link cycle', async () => {
    const exported = await runKickoff(['schedule', 'kleiner-start', '--format', 'mspdi']);
    const noMinutes = path.join(temp, 'no-minutes.xml');
    await writeFile(noMinutes, exported.stdout.replace('<MinutesPerDay>480</MinutesPerDay>', '<MinutesPerDay>0</MinutesPerDay>'));
    const run = await runKickoff(['import', noMinutes, '--plan', 'ohne-minuten', '--content', content]);
    expect(run.code).toBe(1);
    // Refused at the element, not later by the plan's durations of .inf days.
    const line = exported.stdout.slice(0, exported.stdout.indexOf('<MinutesPerDay>')).split('\n').length;
    expect(run.stderr).toBe(`kickoff: ${noMinutes}:${line}: <MinutesPerDay> is “0”; expected a positive number of minutes (480 for working days of 8 hours)\n`);
    // A link back from the first task to the last: a cycle, which MS Project would refuse too.
    const cycle = path.join(temp, 'cycle.xml');
    const firstTask = exported.stdout.indexOf('<Task>', exported.stdout.indexOf('<Task>') + 1);
    const links = '<PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink>';
    const withCycle = exported.stdout.slice(0, firstTask) + exported.stdout.slice(firstTask).replace('<ExtendedAttribute>', `${links}<ExtendedAttribute>`);
    await writeFile(cycle, withCycle);
    const cycled = await runKickoff(['import', cycle, '--plan', 'im-kreis', '--content', content]);
    expect(cycled.code, cycled.stderr).toBe(1);
    expect(cycled.stderr).toMatch(/^error: plans\/im-kreis\.mdx:\d+: /m);
    expect(cycled.stderr).toMatch(/kickoff: .*cycle\.xml would give a plan .*plans\/im-kreis\.mdx with the (error|\d+ errors) above; nothing written/);
    expect(hasStackTrace(cycled)).toBe(false);
    await expect(readFile(path.join(content, 'plans/ohne-minuten.mdx'))).rejects.toThrow();
    await expect(readFile(path.join(content, 'plans/im-kreis.mdx'))).rejects.toThrow();
  });

  it('brings our own export back to the same dates', async () => {
    const exported = await runKickoff(['schedule', 'kleiner-start', '--format', 'mspdi']);
    const file = path.join(temp, 'kleiner-start.xml');
    await writeFile(file, exported.stdout);
    const run = await runKickoff(['import', file, '--plan', 'kleiner-start-copy', '--content', content]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const [original, copy] = await Promise.all([
      runKickoff(['schedule', 'kleiner-start', '--content', content]),
      runKickoff(['schedule', 'kleiner-start-copy', '--content', content]),
    ]);
    const dates = (json: string) =>
      (JSON.parse(json) as { tasks: { id: string; start: string; finish: string }[] }).tasks.map(({ id, start, finish }) => [id, start, finish]);
    expect(dates(copy.stdout)).toEqual(dates(original.stdout));
    // Hand-worked: the go-live after the 5-day buffer on Tuesday 13 April 2027.
    expect(dates(copy.stdout)).toContainEqual(['m-go-live', '2027-04-13', '2027-04-13']);
  });

  it('refuses a file that is no MS Project XML with a message naming it, without a stack trace', async () => {
    const file = path.join(temp, 'plan.csv');
    await writeFile(file, 'Task;Start\nA;2027-03-01\n');
    const run = await runKickoff(['import', file, '--plan', 'from-csv', '--content', content]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kickoff: .*plan\.csv: not well-formed XML \(line 1: .*\); expected an MS Project XML file \(MSPDI\)\n$/);
    expect(hasStackTrace(run)).toBe(false);
    const missing = await runKickoff(['import', path.join(temp, 'nothing.xml'), '--plan', 'nothing', '--content', content]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^kickoff: cannot read .*nothing\.xml: ENOENT\n$/);
    const noPlan = await runKickoff(['import', FOREIGN, '--content', content]);
    expect(noPlan.code).toBe(2);
    expect(noPlan.stderr).toBe('kickoff: usage: kickoff import FILE.xml --plan ID\n');
  });
});
