/**
 * The Excel workbook of a plan, read back with SheetJS (an independent reader, not the writer).
 *
 * Excel stores a date as the number of days since 30 December 1899: 1 January 2027 is 46388
 * (45658 for 1 January 2025, + 365 + 365), so 1 March 2027 is 46388 + 31 + 28 = 46447. The dates of
 * the sample starter plan are worked out by hand in sample-plan-exports.test.ts: artikelliste
 * Fri 5 – Tue 16 March (46451 – 46462, 1 day of float), import Wed 24 March – Fri 2 April
 * (46470 – 46479, across Easter, critical).
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { formatScheduleXlsx } from '../../../src/lib/export/schedule-xlsx.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';
import { sampleSchedules, type SamplePlan } from '../../helpers/sample-schedules.ts';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const isoOf = (serial: number) => new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);

let plans: SamplePlan[];
const sample = (id: string) => plans.find((plan) => plan.id === id)!;
const workbookOf = async (plan: SamplePlan, lang: 'de' | 'en' = 'de') =>
  formatScheduleXlsx(plan.schedule, plan.plan, { title: plan.plan.title, lang, phaseTitles: plan.phaseTitles });
const read = (bytes: Uint8Array) => XLSX.read(bytes, { bookFiles: true, cellNF: true });
/** The rows of a sheet as objects keyed by the header row, raw cell values. */
const rowsOf = (sheet: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: true });
/** The XML of a sheet inside the archive, for what SheetJS does not parse (the frozen pane). */
const sheetXml = (book: XLSX.WorkBook, index: number) =>
  String((book as unknown as { files: Record<string, { content: Uint8Array }> }).files[`xl/worksheets/sheet${index}.xml`].content.toString());

beforeAll(async () => {
  plans = (await sampleSchedules('de')).plans;
});

describe('the workbook of kleiner-start', () => {
  it('has the schedule, team and milestone sheets with real date cells in the German format', async () => {
    const book = read(await workbookOf(sample('kleiner-start')));
    expect(book.SheetNames).toEqual(['Zeitplan', 'Team', 'Meilensteine']);
    const sheet = book.Sheets.Zeitplan;
    expect([sheet.A1.v, sheet.D1.v, sheet.E1.v, sheet.H1.v]).toEqual(['ID', 'Anfang', 'Ende', 'Kritisch']);
    const row = rowsOf(sheet).findIndex((cells) => cells.ID === 'artikelliste') + 2;
    expect(sheet[`D${row}`]).toMatchObject({ t: 'n', v: 46451, z: 'dd.mm.yyyy' });
    expect(sheet[`E${row}`]).toMatchObject({ t: 'n', v: 46462, z: 'dd.mm.yyyy' });
    expect(sheet[`H${row}`].v).toBe('nein');
    expect(sheet[`I${row}`]).toMatchObject({ t: 'n', v: 1 });
    const imported = rowsOf(sheet).find((cells) => cells.ID === 'import');
    expect(imported).toMatchObject({ Anfang: 46470, Ende: 46479, Kritisch: 'ja', Arbeitstage: 6 });
  });

  it('freezes the header row and filters every sheet over all its rows', async () => {
    const book = read(await workbookOf(sample('kleiner-start')));
    const tasks = sample('kleiner-start').plan.tasks.length;
    expect(book.Sheets.Zeitplan['!autofilter']).toEqual({ ref: `A1:O${tasks + 1}` });
    for (const index of [1, 2, 3]) expect(sheetXml(book, index)).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    expect(book.Sheets.Team['!autofilter']).toEqual({ ref: 'A1:G6' });
  });

  it('marks critical rows in red and fits the task column to the longest title', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookOf(sample('kleiner-start'))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Zeitplan')!;
    const rowOf = (id: string) => sheet.getColumn(1).values.indexOf(id);
    expect(sheet.getRow(rowOf('import')).getCell(2).font?.color?.argb).toBe('FF9B1C1C');
    expect(sheet.getRow(rowOf('artikelliste')).getCell(2).font?.color).toBeUndefined();
    // 'Pilotfamilie Kletterausrüstung: importieren und im Shop prüfen' is 62 characters: capped at 60.
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getColumn(4).width).toBe(11);
  });

  it('lists capacity as a percentage and the milestones with their dates', async () => {
    const book = read(await workbookOf(sample('kleiner-start')));
    const team = rowsOf(book.Sheets.Team);
    expect(team.find((person) => person.ID === 'timo-schaefer')).toMatchObject({ Person: 'Timo Schäfer', Kapazität: 0.6 });
    expect(book.Sheets.Team.D4).toMatchObject({ v: 0.6, z: '0 %' });
    const milestones = rowsOf(book.Sheets.Meilensteine);
    expect(milestones.length).toBe(sample('kleiner-start').plan.tasks.filter((task) => task.milestone).length);
    expect(milestones.length).toBeGreaterThan(0);
  });

  it('speaks English with ISO dates for an English site', async () => {
    const book = read(await workbookOf(sample('kleiner-start'), 'en'));
    expect(book.SheetNames).toEqual(['Schedule', 'Team', 'Milestones']);
    expect(book.Sheets.Schedule.D2).toMatchObject({ t: 'n', v: 46447, z: 'yyyy-mm-dd' });
    expect(book.Sheets.Team.D2.z).toBe('0%');
  });

  it('is byte-identical for the same schedule', async () => {
    const first = await workbookOf(sample('kleiner-start'));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip time stamps have a 2-second grain
    expect(Buffer.from(await workbookOf(sample('kleiner-start'))).equals(Buffer.from(first))).toBe(true);
  });
});

describe('the workbook of every sample plan', () => {
  it('holds real dates equal to the schedule, task by task and milestone by milestone', async () => {
    for (const plan of plans) {
      const book = read(await workbookOf(plan));
      const rows = rowsOf(book.Sheets.Zeitplan);
      expect(rows.map((row) => row.ID)).toEqual(plan.schedule.tasks.map((task) => task.id));
      plan.schedule.tasks.forEach((task, index) => {
        expect(book.Sheets.Zeitplan[`D${index + 2}`].t).toBe('n');
        expect([isoOf(rows[index].Anfang as number), isoOf(rows[index].Ende as number)], `${plan.id} ${task.id}`).toEqual([task.start, task.finish]);
      });
      const milestones = rowsOf(book.Sheets.Meilensteine).map((row) => [row.Meilenstein, isoOf(row.Termin as number)]);
      expect(milestones).toEqual(plan.schedule.tasks.filter((task) => task.milestone).map((task) => [task.title, task.finish]));
    }
  });
});

describe('the workbook of a tracked plan (musterhandel-pim, status date 20 August 2027)', () => {
  it('adds state, actual and baseline dates and the slip', async () => {
    const plan = sample('musterhandel-pim');
    const book = read(await workbookOf(plan));
    const rows = rowsOf(book.Sheets.Zeitplan);
    // projektauftrag: recorded in the plan as done from Tue 2 to Thu 4 February 2027 (46420 – 46422).
    expect(rows.find((row) => row.ID === 'projektauftrag')).toMatchObject({ Zustand: 'erledigt', 'Ist-Anfang': 46420, 'Ist-Ende': 46422 });
    for (const [index, task] of plan.schedule.tasks.entries()) {
      const row = rows[index];
      expect(row['Basislinie Ende'] === undefined ? null : isoOf(row['Basislinie Ende'] as number), task.id).toBe(task.baselineFinish);
      expect(row['Verzug (AT)'] ?? null, task.id).toBe(task.slip);
    }
    expect(plan.schedule.tasks.some((task) => task.slip !== null && task.slip !== 0)).toBe(true);
  });
});

describe('the workbook of a plan with texts longer than a cell holds', () => {
  it('shortens them to 32,767 UTF-16 units, the last an ellipsis, never splitting an emoji', async () => {
    // 32,765 units of x, then emoji of two units each: with the ellipsis the first would make 32,768, so it goes whole.
    const title = `${'x'.repeat(32_765)}😀😀`;
    const name = 'N'.repeat(40_000);
    const input = {
      kickoff: '2027-06-07',
      calendar: { region: 'DE-BE' },
      team: [person('ann', { name })],
      tasks: [{ id: 'a', title, duration: 1, assignees: ['ann'] }],
    };
    const book = read(await formatScheduleXlsx(schedule(input), makePlan(input), { title: 'T', lang: 'en' }));
    const cases: [cell: string, text: unknown, expected: string][] = [
      ['Schedule!B2 (task)', book.Sheets.Schedule.B2.v, `${'x'.repeat(32_765)}…`],
      ['Schedule!J2 (assignees)', book.Sheets.Schedule.J2.v, `${'N'.repeat(32_766)}…`],
      ['Team!B2 (person)', book.Sheets.Team.B2.v, `${'N'.repeat(32_766)}…`],
    ];
    for (const [cell, text, expected] of cases) expect(text, cell).toBe(expected);
  });
});
