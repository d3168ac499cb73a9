/**
 * The CSV and iCalendar exports of the sample starter plan (content/plans/kleiner-start.mdx),
 * pinned to dates worked out by hand from the plan's text, not to the program's own JSON.
 *
 * Baden-Württemberg, 2027: kick-off Monday 1 March; Good Friday 26 March and Easter Monday 29
 * March are holidays. All tasks are duration tasks, so people's capacity does not move them:
 * - kickoff: Mon 1 March. workshop (3 days): Tue 2 – Thu 4 March.
 * - artikelliste (8) and datenmodell (5) both start Fri 5 March: artikelliste ends Tue 16 March,
 *   datenmodell Thu 11 March; shop-export (4) follows it: Fri 12 – Wed 17 March.
 * - pilot (4) waits for both: Thu 18 – Tue 23 March; artikelliste has 1 day of float.
 * - import (6): Wed 24, Thu 25, Tue 30, Wed 31 March, Thu 1, Fri 2 April.
 * - schulung-abnahme (2): Mon 5 – Tue 6 April.
 * The go-live milestone, the buffer before it and the hypercare after it are not pinned here: the
 * plan now puts its buffer before the go-live (main, after these dates were worked out).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../../src/lib/content/parse-entry.ts';
import { formatScheduleCsv } from '../../../src/lib/export/schedule-csv.ts';
import { formatScheduleIcs } from '../../../src/lib/export/schedule-ics.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';

const file = path.resolve(import.meta.dirname, '../../../content/plans/kleiner-start.mdx');
const { parsed } = parseEntryFile('plans/kleiner-start.mdx', readFileSync(file, 'utf8'), translation('de'));
const plan = planSchema.parse(parsed?.data);
const result = schedulePlan('kleiner-start', plan, { iterations: 0 });
if (!result.ok) throw new Error('the sample starter plan does not schedule');
const schedule = result.schedule;

/** RFC 4180 rows, read here rather than by the module under test. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted && character === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && character === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += character;
    }
  }
  return rows;
}

describe('CSV of kleiner-start', () => {
  // Written inside each test: Stryker counts what runs while a file loads as covered by no test.
  const csvOf = () => {
    const csv = formatScheduleCsv(schedule);
    const [header, ...body] = csvRows(csv.replace(/^\uFEFF/, ''));
    const row = (id: string) => Object.fromEntries(header.map((column, i) => [column, body.find((cells) => cells[0] === id)?.[i]]));
    return { csv, body, row };
  };

  it('starts with a byte-order mark and has one row per task', () => {
    const { csv, body } = csvOf();
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    expect(body.map((cells) => cells[0])).toEqual(plan.tasks.map((task) => task.id));
  });

  it('pins a task with float, one across Easter and the one after it', () => {
    const { row } = csvOf();
    expect(row('artikelliste')).toMatchObject({ start: '2027-03-05', finish: '2027-03-16', critical: 'false', float: '1', workingDays: '8' });
    expect(row('import')).toMatchObject({ start: '2027-03-24', finish: '2027-04-02', critical: 'true', float: '0', workingDays: '6' });
    expect(row('schulung-abnahme')).toMatchObject({ start: '2027-04-05', finish: '2027-04-06', workingDays: '2' });
    expect(row('pilot')).toMatchObject({ title: 'Pilotfamilie Kletterausrüstung: importieren und im Shop prüfen', assignees: 'timo-schaefer jan-richter' });
  });
});

describe('iCalendar of kleiner-start', () => {
  // Written inside the test: Stryker counts what runs while a file loads as covered by no test.
  const byUid = (fragment: string) =>
    new ICAL.Component(ICAL.parse(formatScheduleIcs(schedule, { title: plan.title, lang: 'de' })))
      .getAllSubcomponents('vevent')
      .map((event) => ({
        uid: String(event.getFirstPropertyValue('uid')),
        start: String(event.getFirstPropertyValue('dtstart')),
        end: String(event.getFirstPropertyValue('dtend')),
      }))
      .filter((event) => event.uid.startsWith(`kleiner-start.${fragment}@`));

  it('has the kick-off and the go-live deadline as all-day events', () => {
    expect(byUid('kickoff')).toMatchObject([{ start: '2027-03-01', end: '2027-03-02' }]);
    expect(byUid('deadline.m-go-live')).toMatchObject([{ start: '2027-04-30', end: '2027-05-01' }]);
  });
});
