import { formatIsoDay, toDay } from '../dates.ts';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Schedule } from '../schedule/schedule-plan.ts';

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description?: string;
}

/**
 * The plan's key dates as an RFC 5545 calendar of all-day events: kick-off, milestones,
 * deadlines and the end of the buffer. UIDs derive from plan and task ids, so a calendar app
 * that subscribed once updates the same events when the plan moves; DTSTAMP derives from the
 * kick-off so that two builds of the same content are byte-identical.
 */
export function formatScheduleIcs(schedule: Schedule, options: { title: string; lang: Lang }): string {
  const labels = translation(options.lang).calendar;
  const domain = 'kickoff-playbook.invalid';
  const events: CalendarEvent[] = [{ uid: `${schedule.plan}-kickoff@${domain}`, date: schedule.kickoff, summary: `${labels.kickoff}: ${options.title}` }];
  for (const task of schedule.tasks) {
    if (task.milestone) {
      // A tracked milestone says whether it was reached, and where the baseline had it.
      const tracking = [task.state === 'done' ? labels.reached : '', task.baselineFinish ? `${labels.baseline}: ${task.baselineFinish}` : '']
        .filter(Boolean)
        .join(' · ');
      events.push({
        uid: `${schedule.plan}-milestone-${task.id}@${domain}`,
        date: task.finish,
        summary: `${labels.milestone}: ${task.title}`,
        ...(tracking ? { description: tracking } : {}),
      });
    }
    if (task.deadline) {
      const status = task.deadlineMet ? labels.met : labels.missed;
      events.push({
        uid: `${schedule.plan}-deadline-${task.id}@${domain}`,
        date: task.deadline,
        summary: `${labels.deadline}: ${task.title}`,
        description: `${labels.planned}: ${task.finish} (${status})`,
      });
    }
  }
  if (schedule.buffer.finish) {
    events.push({ uid: `${schedule.plan}-buffer-end@${domain}`, date: schedule.buffer.finish, summary: `${labels.bufferEnd} (${options.title})` });
  }
  const stamp = `${schedule.kickoff.replace(/-/g, '')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kickoff-playbook//schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.title)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${event.date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${formatIsoDay(toDay(event.date) + 1).replace(/-/g, '')}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
