import { formatIsoDay, toDay } from '../dates.ts';

/** One all-day event; `last` is its last day (inclusive), the first when absent. */
export interface CalendarEvent {
  uid: string;
  date: string;
  last?: string;
  summary: string;
  description?: string;
  /** Busy time in the subscriber's calendar (work, absence) rather than a date to know. */
  busy?: boolean;
}

/** Every event of a plan's calendars has its UID in this domain. */
export const UID_DOMAIN = 'kickoff-playbook.invalid';

/**
 * An RFC 5545 calendar of all-day events. `stamp` is the DTSTAMP of every event, a fixed day
 * (the kick-off) so that two builds of the same content are byte-identical.
 */
export function icalendar(name: string, events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kickoff-playbook//schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  const compact = (iso: string) => iso.replace(/-/g, '');
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      // DTEND of an all-day event is the day after its last.
      `DTEND;VALUE=DATE:${compact(formatIsoDay(toDay(event.last ?? event.date) + 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      `TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
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
