/**
 * The workbook of a small tracked plan, cell by cell, as the writer builds it (the bytes and a
 * second reader are the business of schedule-xlsx.test.ts). Berlin, June 2027 (no public
 * holiday), kick-off Monday 7 June, status date Wednesday 9 June. The baseline: a 7–8 June,
 * milestone m on the 8th, b 9–11 June (Paula and Quentin), milestone n on the 11th. As of the
 * 9th: a done 7–8 June, m reached on the 8th, b started on the 9th and 40 % done, so
 * ceil(3 × 0.6) = 2 days left, Thursday 10 and Friday 11; the new milestone o after a falls on
 * the first day after the status date, Thursday 10.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scheduleWorkbook } from '../../../src/lib/export/schedule-xlsx.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const team = [
  person('p', {
    name: 'Paula',
    capacity: 0.5,
    absences: [
      { from: '2027-06-21', to: '2027-06-22', reason: 'vacation' },
      { from: '2027-07-05', to: '2027-07-05', reason: 'other', label: 'Dentist' },
    ],
  }),
  person('q', { name: 'Quentin', role: 'dev' }),
];
const base = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team, buffer: { method: 'fixed', value: 3 } };
const planned = [
  { id: 'a', title: 'A', phase: 'build', duration: 2 },
  { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
  { id: 'b', title: 'B', duration: 3, dependsOn: ['m'], assignees: ['p', 'q'], deadline: '2027-06-10' },
  { id: 'n', title: 'N', milestone: true, dependsOn: ['b'], deadline: '2027-06-30' },
];
const tracked = {
  ...base,
  statusDate: '2027-06-09',
  tasks: [
    { ...planned[0], actualStart: '2027-06-07', actualFinish: '2027-06-08' },
    { ...planned[1], actualFinish: '2027-06-08' },
    { ...planned[2], actualStart: '2027-06-09', progress: 40 },
    planned[3],
    { id: 'o', title: 'O', milestone: true, dependsOn: ['a'] },
  ],
};
const options = { title: 'Shop', lang: 'en' as const, phaseTitles: new Map([['build', 'Build']]), roleTitles: new Map([['it', 'IT']]) };
// Inside each test: Stryker counts what runs while a file loads as covered by no test.
const workbook = () => scheduleWorkbook(schedule(tracked, { snapshots: [snapshotOf(schedule({ ...base, tasks: planned }))] }), makePlan(tracked), options);

/** A row's first `count` cell values, dates as `YYYY-MM-DD`. */
const rowOf = (sheet: ExcelJS.Worksheet, row: number, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const value = sheet.getRow(row).getCell(index + 1).value;
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  });

describe('scheduleWorkbook', () => {
  it('lists every task with its dates, flags, people, predecessors, progress, deadline and tracking', () => {
    const sheet = workbook().getWorksheet('Schedule')!;
    expect(sheet.columnCount).toBe(21);
    expect(rowOf(sheet, 1, 21)).toEqual([
      'ID',
      'Task',
      'Phase',
      'Start',
      'Finish',
      'Working days',
      'Milestone',
      'Critical',
      'Float (WD)',
      'Assignees',
      'Predecessors',
      'Progress',
      'Deadline',
      'Deadline met',
      'Chance of deadline',
      'State',
      'Actual start',
      'Actual finish',
      'Baseline start',
      'Baseline finish',
      'Slip (WD)',
    ]);
    // Done work is fixed in the past: no float, not critical. Progress as a share (40 % is 0.4).
    expect([2, 3, 4, 5, 6].map((row) => rowOf(sheet, row, 21))).toEqual([
      [
        'a',
        'A',
        'Build',
        '2027-06-07',
        '2027-06-08',
        2,
        'no',
        'no',
        null,
        '',
        '',
        null,
        null,
        null,
        null,
        'done',
        '2027-06-07',
        '2027-06-08',
        '2027-06-07',
        '2027-06-08',
        0,
      ],
      [
        'm',
        'M',
        null,
        '2027-06-08',
        '2027-06-08',
        0,
        'yes',
        'no',
        null,
        '',
        'a',
        null,
        null,
        null,
        null,
        'done',
        null,
        '2027-06-08',
        '2027-06-08',
        '2027-06-08',
        0,
      ],
      [
        'b',
        'B',
        null,
        '2027-06-09',
        '2027-06-11',
        3,
        'no',
        'yes',
        0,
        'Paula, Quentin',
        'm',
        0.4,
        '2027-06-10',
        'no',
        null,
        'running',
        '2027-06-09',
        null,
        '2027-06-09',
        '2027-06-11',
        0,
      ],
      [
        'n',
        'N',
        null,
        '2027-06-11',
        '2027-06-11',
        0,
        'yes',
        'yes',
        0,
        '',
        'b',
        null,
        '2027-06-30',
        'yes',
        null,
        'planned',
        null,
        null,
        '2027-06-11',
        '2027-06-11',
        0,
      ],
      ['o', 'O', null, '2027-06-10', '2027-06-10', 0, 'yes', 'no', 1, '', 'a', null, null, null, null, 'planned', null, null, null, null, null],
    ]);
  });

  it('marks the critical rows in dark red on light red, across every column, and no other', () => {
    const sheet = workbook().getWorksheet('Schedule')!;
    for (const column of [1, 12, 21]) {
      expect(sheet.getRow(4).getCell(column).font).toEqual({ color: { argb: 'FF9B1C1C' }, bold: true });
      expect(sheet.getRow(4).getCell(column).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } });
    }
    expect(sheet.getRow(5).getCell(1).font?.color?.argb).toBe('FF9B1C1C');
    for (const row of [2, 3, 6]) {
      expect(sheet.getRow(row).getCell(1).font, `row ${row}`).toBeUndefined();
      expect(sheet.getRow(row).getCell(1).fill, `row ${row}`).toBeUndefined();
    }
  });

  it('formats date and per-cent columns, fits each width to its header or longest value, and freezes and filters the header', () => {
    const sheet = workbook().getWorksheet('Schedule')!;
    // Width: the header plus 3 (the filter button) or the longest value, plus 1, at most 60;
    // a date counts 10, a share 5. ID: 2 + 3 + 1; Start: 10 + 1; Assignees: "Paula, Quentin" 14 + 1;
    // Progress: 8 + 3 + 1; Working days: 12 + 3 + 1.
    expect([1, 4, 10, 12, 6].map((column) => sheet.getColumn(column).width)).toEqual([6, 11, 15, 12, 16]);
    expect([4, 5, 13, 17].map((column) => sheet.getColumn(column).numFmt)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd']);
    expect([12, 15].map((column) => sheet.getColumn(column).numFmt)).toEqual(['0%', '0%']);
    expect(sheet.getColumn(1).numFmt).toBeUndefined();
    expect(sheet.getRow(1).font).toEqual({ bold: true });
    expect(sheet.views).toEqual([{ state: 'frozen', xSplit: 0, ySplit: 1 }]);
    expect(sheet.autoFilter).toEqual({ from: { row: 1, column: 1 }, to: { row: 6, column: 21 } });
  });

  it('lists the team, one row per absence, with the role’s title and capacity as a share', () => {
    const sheet = workbook().getWorksheet('Team')!;
    expect([1, 2, 3, 4].map((row) => rowOf(sheet, row, 7))).toEqual([
      ['ID', 'Person', 'Role', 'Capacity', 'Absent from', 'Absent to', 'Reason'],
      ['p', 'Paula', 'IT', 0.5, '2027-06-21', '2027-06-22', 'vacation'],
      ['p', 'Paula', 'IT', 0.5, '2027-07-05', '2027-07-05', 'Dentist'],
      ['q', 'Quentin', 'dev', 1, null, null, null],
    ]);
    expect(sheet.autoFilter).toEqual({ from: { row: 1, column: 1 }, to: { row: 4, column: 7 } });
    // Reason: 6 + 3 + 1; Person: "Quentin" 7 or 6 + 3 = 9, + 1.
    expect([7, 2].map((column) => sheet.getColumn(column).width)).toEqual([10, 10]);
  });

  it('lists the milestones with their date, deadline and tracking, without the start columns', () => {
    const sheet = workbook().getWorksheet('Milestones')!;
    expect([1, 2, 3, 4].map((row) => rowOf(sheet, row, 10))).toEqual([
      ['Milestone', 'Date', 'Critical', 'Deadline', 'Deadline met', 'Chance of deadline', 'State', 'Actual finish', 'Baseline finish', 'Slip (WD)'],
      ['M', '2027-06-08', 'no', null, null, null, 'done', '2027-06-08', '2027-06-08', 0],
      ['N', '2027-06-11', 'yes', '2027-06-30', 'yes', null, 'planned', null, '2027-06-11', 0],
      ['O', '2027-06-10', 'no', null, null, null, 'planned', null, null, null],
    ]);
    expect(sheet.columnCount).toBe(10);
  });

  it('has the sheets in order, and the title, author and status date as its own', () => {
    const book = workbook();
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Schedule', 'Team', 'Milestones']);
    expect([book.creator, book.title, book.created.toISOString(), book.modified.toISOString()]).toEqual([
      'kickoff',
      'Shop',
      '2027-06-09T00:00:00.000Z',
      '2027-06-09T00:00:00.000Z',
    ]);
  });

  it('leaves the tracking columns out of a plan without status date or baseline, and dates it by its kick-off', () => {
    const book = scheduleWorkbook(schedule({ ...base, tasks: planned }), makePlan({ ...base, tasks: planned }), options);
    expect(book.getWorksheet('Schedule')!.columnCount).toBe(15);
    expect(book.getWorksheet('Milestones')!.columnCount).toBe(6);
    expect(book.created.toISOString()).toBe('2027-06-07T00:00:00.000Z');
  });
});
