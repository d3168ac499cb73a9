import type { Translation } from '../i18n/translation.ts';
import type { StatusReport } from './status-report.ts';

/** The status report as plain text for the terminal (`kickoff status`), in the table's language. */
export function formatStatusText(report: StatusReport, t: Translation): string {
  const words = t.status;
  const date = t.format.shortDate;
  const people = (names: string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');
  const section = (title: string, lines: string[]) => ['', title, ...(lines.length > 0 ? lines.map((line) => `  ${line}`) : [`  ${words.none}`])];
  const lines = [
    `${report.title}: ${report.statusDate ? words.asOf(date(report.statusDate)) : words.noStatusDate}`,
    '',
    `${words.forecast}: ${date(report.finish)}${report.slip !== null ? ` (${words.slip(report.slip)})` : ''}`,
    `${words.committed}: ${date(report.committedFinish)}${report.baseline ? ` (${words.baselineOf(date(report.baseline.date))})` : ''}`,
    report.buffer.remaining === null
      ? `${words.buffer}: ${words.bufferDays(report.buffer.days)}`
      : `${words.buffer}: ${words.bufferLeft(report.buffer.remaining, report.buffer.days)}`,
  ];
  if (report.zone !== null && report.consumption !== null && report.completion !== null) {
    lines.push(
      `${words.zone}: ${t.ui.zones[report.zone]} (${words.consumptionAt(t.format.percent(report.consumption, 1), t.format.percent(report.completion, 1))})`,
    );
  }
  lines.push(
    ...section(
      report.doneSince.since ? words.doneSince(date(report.doneSince.since)) : words.done,
      report.doneSince.tasks.map((task) => `${task.title}: ${date(task.finish)}`),
    ),
    ...section(
      words.active,
      report.active.map((task) => `${task.title}${people(task.people)}: ${words.left(task.remaining ?? 0, task.unit)}, ${words.until(date(task.finish))}`),
    ),
    ...section(
      words.upcoming,
      report.upcoming.map((task) => `${date(task.start)} ${task.title}${people(task.people)}`),
    ),
    ...section(
      words.late,
      report.late.map((task) => `${task.title}${people(task.people)}: ${words.lateBy(date(task.baselineFinish), date(task.finish))}`),
    ),
    ...section(
      words.deadlines,
      report.deadlines.map(
        (task) =>
          `${task.met ? '✓' : '✗'} ${task.title}: ${words.deadlineVersus(date(task.deadline), date(task.finish))}${task.chance !== undefined ? `, ${words.chance(t.format.percent(task.chance * 100))}` : ''}`,
      ),
    ),
  );
  return `${lines.join('\n')}\n`;
}
