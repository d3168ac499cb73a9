import type { Schedule } from '../schedule/schedule-plan.ts';

// Tracking columns come last, so that the columns of plans without a status date keep their places.
const COLUMNS = [
  'id',
  'title',
  'phase',
  'start',
  'finish',
  'milestone',
  'critical',
  'float',
  'workingDays',
  'assignees',
  'dependsOn',
  'progress',
  'deadline',
  'deadlineMet',
  'deadlineChance',
  'criticality',
  'state',
  'actualStart',
  'actualFinish',
  'remaining',
  'baselineStart',
  'baselineFinish',
  'slip',
] as const;

/**
 * RFC 4180 CSV, one row per task, comma-separated, CRLF line ends (inside fields too); lists joined by spaces. It
 * starts with a byte-order mark, so that spreadsheet apps read it as UTF-8 (umlauts intact).
 */
export function formatScheduleCsv(schedule: Schedule): string {
  const rows = [COLUMNS.join(',')];
  for (const task of schedule.tasks) {
    const values: Record<string, unknown> = {
      ...task,
      assignees: task.assignees.join(' '),
      dependsOn: task.dependsOn.join(' '),
    };
    rows.push(COLUMNS.map((column) => csvField(values[column])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  // A leading = + - @ would run as a formula in spreadsheet apps; quote-prefix it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  if (!/[",\r\n]/.test(safe)) return safe;
  // Line breaks inside a field end in CR LF like the records: a reader that splits records only
  // at CR LF (RFC 4180) then reads the field as written, whichever break the plan file had.
  return `"${safe.replace(/"/g, '""').replace(/\r\n|\r|\n/g, '\r\n')}"`;
}
