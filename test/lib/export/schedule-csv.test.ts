/**
 * The CSV export, byte for byte, of a small plan worked by hand (Berlin, June 2027, no public
 * holiday; kick-off Monday 7 June): RFC 4180 quoting, formula-like titles made harmless, numbers
 * (a negative slip among them) written as they are, empty cells for figures a task lacks.
 */
import { describe, expect, it } from 'vitest';
import { formatScheduleCsv } from '../../../src/lib/export/schedule-csv.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { person, schedule } from '../../helpers/plan.ts';
import { readStrictCsv } from '../../helpers/strict-csv.ts';

const base = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team: [person('p'), person('q')] };
// The baseline had `sum` take four days (7–10 June); it now takes two: 7–8 June, two days early.
const baseline = snapshotOf(schedule({ ...base, tasks: [{ id: 'sum', title: 'x', duration: 4, assignees: ['p', 'q'] }] }));
const current = schedule(
  {
    ...base,
    tasks: [
      { id: 'sum', title: '=SUM(A1)', duration: 2, assignees: ['p', 'q'] },
      { id: 'say', title: 'Say "hi", then go', duration: 1, dependsOn: ['sum'], deadline: '2027-06-09' },
      { id: 'plus', title: '+1 more', duration: 1, dependsOn: ['sum', 'say'] },
      { id: 'minus', title: '-1 less', milestone: true, dependsOn: ['plus'] },
      { id: 'at', title: '@home', duration: 1 },
    ],
  },
  { snapshots: [baseline] },
);

describe('formatScheduleCsv', () => {
  it('writes a byte-order mark, the header and one row per task, CR LF after each', () => {
    const header =
      'id,title,phase,start,finish,milestone,critical,float,workingDays,assignees,dependsOn,progress,deadline,deadlineMet,deadlineChance,criticality,state,actualStart,actualFinish,remaining,baselineStart,baselineFinish,slip';
    expect(formatScheduleCsv(current)).toBe(
      [
        `\uFEFF${header}`,
        // sum: 7–8 June, critical; two days before the baseline's 10 June: slip −2, a number, not prefixed.
        "sum,'=SUM(A1),,2027-06-07,2027-06-08,false,true,0,2,p q,,,,,,,planned,,,,2027-06-07,2027-06-10,-2",
        // say: 9 June, its deadline met; quoted for its comma and quotes. New since the baseline: no baseline dates.
        'say,"Say ""hi"", then go",,2027-06-09,2027-06-09,false,true,0,1,,sum,,2027-06-09,true,,,planned,,,,,,',
        "plus,'+1 more,,2027-06-10,2027-06-10,false,true,0,1,,sum say,,,,,,planned,,,,,,",
        "minus,'-1 less,,2027-06-10,2027-06-10,true,true,0,0,,plus,,,,,,planned,,,,,,",
        // at: 7 June, with three days of float to the finish on Thursday 10.
        "at,'@home,,2027-06-07,2027-06-07,false,false,3,1,,,,,,,,planned,,,,,,",
        '',
      ].join('\r\n'),
    );
  });

  it('writes every line break inside a field as CR LF, as the records end (RFC 4180)', () => {
    const titles = ['two\nlines', 'old\r\nMac\rand Unix\nbreaks'];
    const csv = formatScheduleCsv(schedule({ ...base, tasks: titles.map((title, index) => ({ id: `t${index}`, title, duration: 1 })) }));
    expect(csv.slice(csv.indexOf('\r\n') + 2)).toBe(
      [
        't0,"two',
        'lines",,2027-06-07,2027-06-07,false,true,0,1,,,,,,,,planned,,,,,,',
        't1,"old',
        'Mac',
        'and Unix',
        'breaks",,2027-06-07,2027-06-07,false,true,0,1,,,,,,,,planned,,,,,,',
        '',
      ].join('\r\n'),
    );
    expect(readStrictCsv(csv.slice(1)).map((row) => row[1])).toEqual(['title', 'two\r\nlines', 'old\r\nMac\r\nand Unix\r\nbreaks']);
  });
});
