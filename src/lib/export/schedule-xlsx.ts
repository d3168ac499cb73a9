import ExcelJS from 'exceljs';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Plan } from '../schema/plan.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';
import { shortened } from './shortened.ts';
import { withZipDates } from './zip-dates.ts';

export interface WorkbookOptions {
  title: string;
  lang: Lang;
  /** Phase and role titles by id, shown instead of the ids where known. */
  phaseTitles?: ReadonlyMap<string, string>;
  roleTitles?: ReadonlyMap<string, string>;
}

type Kind = 'text' | 'date' | 'number' | 'percent';
type Value = string | number | boolean | Date | null | undefined;

/** One column of a sheet: its header, the kind of its cells and how a row fills it. */
interface Column<Row> {
  header: string;
  kind: Kind;
  value: (row: Row) => Value;
}

/** Tracking colours: critical rows in dark red on a light red ground, headers bold. */
const CRITICAL_FONT = { color: { argb: 'FF9B1C1C' }, bold: true };
const CRITICAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };

/** A calendar day as an Excel date cell: midnight UTC, which exceljs writes as the day's serial number. */
const dayCell = (iso: string | null | undefined): Date | undefined => (iso ? new Date(`${iso}T00:00:00Z`) : undefined);

/**
 * A plan's schedule as an Excel workbook: the schedule (one row per task, critical tasks marked),
 * the team (capacity, one row per absence) and the milestones; with a status date or a baseline
 * also actual and baseline dates and the slip. Dates are real date cells in the language's date
 * format; every sheet has a frozen header row, an auto filter and widths fitted to its content.
 */
export function scheduleWorkbook(schedule: Schedule, plan: Plan, options: WorkbookOptions): ExcelJS.Workbook {
  const words = translation(options.lang).spreadsheet;
  const names = new Map(plan.team.map((person) => [person.id, person.name]));
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? words.yes : words.no);
  const percent = (value: number | undefined) => (value === undefined ? undefined : value / 100);
  const tracked = schedule.statusDate !== undefined || schedule.baseline !== null;
  const c = words.columns;

  const tracking: Column<ScheduledTask>[] = [
    { header: c.state, kind: 'text', value: (task) => translation(options.lang).tracking.state[task.state] },
    { header: c.actualStart, kind: 'date', value: (task) => dayCell(task.actualStart) },
    { header: c.actualFinish, kind: 'date', value: (task) => dayCell(task.actualFinish) },
    { header: c.baselineStart, kind: 'date', value: (task) => dayCell(task.baselineStart) },
    { header: c.baselineFinish, kind: 'date', value: (task) => dayCell(task.baselineFinish) },
    { header: c.slip, kind: 'number', value: (task) => task.slip },
  ];
  const scheduleColumns: Column<ScheduledTask>[] = [
    { header: c.id, kind: 'text', value: (task) => task.id },
    { header: c.task, kind: 'text', value: (task) => task.title },
    { header: c.phase, kind: 'text', value: (task) => (task.phase ? (options.phaseTitles?.get(task.phase) ?? task.phase) : undefined) },
    { header: c.start, kind: 'date', value: (task) => dayCell(task.start) },
    { header: c.finish, kind: 'date', value: (task) => dayCell(task.finish) },
    { header: c.workingDays, kind: 'number', value: (task) => task.workingDays },
    { header: c.milestone, kind: 'text', value: (task) => flag(task.milestone) },
    { header: c.critical, kind: 'text', value: (task) => flag(task.critical) },
    { header: c.float, kind: 'number', value: (task) => task.float },
    { header: c.assignees, kind: 'text', value: (task) => task.assignees.map((id) => names.get(id) ?? id).join(', ') },
    { header: c.dependsOn, kind: 'text', value: (task) => task.dependsOn.join(', ') },
    { header: c.progress, kind: 'percent', value: (task) => percent(task.progress) },
    { header: c.deadline, kind: 'date', value: (task) => dayCell(task.deadline) },
    { header: c.deadlineMet, kind: 'text', value: (task) => flag(task.deadlineMet) },
    { header: c.deadlineChance, kind: 'percent', value: (task) => task.deadlineChance },
    ...(tracked ? tracking : []),
  ];
  const milestoneColumns: Column<ScheduledTask>[] = [
    { header: c.milestone, kind: 'text', value: (task) => task.title },
    { header: c.date, kind: 'date', value: (task) => dayCell(task.finish) },
    { header: c.critical, kind: 'text', value: (task) => flag(task.critical) },
    { header: c.deadline, kind: 'date', value: (task) => dayCell(task.deadline) },
    { header: c.deadlineMet, kind: 'text', value: (task) => flag(task.deadlineMet) },
    { header: c.deadlineChance, kind: 'percent', value: (task) => task.deadlineChance },
    ...(tracked ? tracking.filter((column) => column.header !== c.actualStart && column.header !== c.baselineStart) : []),
  ];
  type TeamRow = { person: Plan['team'][number]; absence?: NonNullable<Plan['team'][number]['absences']>[number] };
  const teamColumns: Column<TeamRow>[] = [
    { header: c.id, kind: 'text', value: ({ person }) => person.id },
    { header: c.person, kind: 'text', value: ({ person }) => person.name },
    { header: c.role, kind: 'text', value: ({ person }) => options.roleTitles?.get(person.role) ?? person.role },
    { header: c.capacity, kind: 'percent', value: ({ person }) => person.capacity },
    { header: c.absentFrom, kind: 'date', value: ({ absence }) => dayCell(absence?.from) },
    { header: c.absentTo, kind: 'date', value: ({ absence }) => dayCell(absence?.to) },
    {
      header: c.reason,
      kind: 'text',
      value: ({ absence }) => (absence ? (absence.label ?? translation(options.lang).ui.reasons[absence.reason]) : undefined),
    },
  ];
  // Every absence its own row, so that the filter finds who is away when.
  const teamRows: TeamRow[] = plan.team.flatMap((person) =>
    person.absences && person.absences.length > 0 ? person.absences.map((absence) => ({ person, absence })) : [{ person }],
  );

  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${schedule.statusDate ?? schedule.kickoff}T00:00:00Z`);
  workbook.creator = 'kickoff';
  workbook.title = options.title;
  workbook.created = stamp;
  workbook.modified = stamp;
  const formats = { dateFormat: words.dateFormat, percentFormat: words.percentFormat };
  const scheduleSheet = addSheet(workbook, words.sheets.schedule, scheduleColumns, schedule.tasks, formats);
  schedule.tasks.forEach((task, index) => {
    if (!task.critical) return;
    scheduleSheet.getRow(index + 2).eachCell({ includeEmpty: true }, (cell) => {
      cell.font = CRITICAL_FONT;
      cell.fill = CRITICAL_FILL;
    });
  });
  addSheet(workbook, words.sheets.team, teamColumns, teamRows, formats);
  addSheet(
    workbook,
    words.sheets.milestones,
    milestoneColumns,
    schedule.tasks.filter((task) => task.milestone),
    formats,
  );
  return workbook;
}

/** The workbook as the bytes of an `.xlsx` file, the same bytes for the same schedule. */
export async function formatScheduleXlsx(schedule: Schedule, plan: Plan, options: WorkbookOptions): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await scheduleWorkbook(schedule, plan, options).xlsx.writeBuffer();
  const fixed = withZipDates(new Uint8Array(buffer as ArrayBuffer), schedule.statusDate ?? schedule.kickoff);
  if (!fixed.ok) throw new Error(`the workbook of ${schedule.plan} is not a readable ZIP archive: ${fixed.problem}`);
  return fixed.bytes;
}

/**
 * Excel holds at most 32,767 characters in a cell, counted in UTF-16 units, and reports a longer
 * text as a damaged file it has to repair.
 */
const EXCEL_CELL_LIMIT = 32_767;

const cellValue = (value: Value) => (typeof value === 'string' ? shortened(value, EXCEL_CELL_LIMIT, 'utf16') : (value ?? null));

function addSheet<Row>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  formats: { dateFormat: string; percentFormat: string },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: columnWidth(column, rows),
    ...(column.kind === 'date' ? { style: { numFmt: formats.dateFormat } } : column.kind === 'percent' ? { style: { numFmt: formats.percentFormat } } : {}),
  }));
  for (const row of rows) sheet.addRow(columns.map((column) => cellValue(column.value(row))));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  return sheet;
}

/** Wide enough for the header (plus the filter button) and the longest value, at most 60 characters. */
function columnWidth<Row>(column: Column<Row>, rows: readonly Row[]): number {
  const valueWidth = (row: Row) => {
    const value = column.value(row);
    if (column.kind === 'date') return 10;
    if (column.kind === 'percent') return 5;
    return value === null || value === undefined ? 0 : String(value).length;
  };
  return Math.min(60, Math.max(column.header.length + 3, ...rows.map(valueWidth)) + 1);
}
