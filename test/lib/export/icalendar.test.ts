/**
 * The RFC 5545 text the calendar exports share, written out line by line: the calendar's header,
 * an event's all-day dates (DTEND the day after the last), TEXT escapes, busy and free time, and
 * the folding of lines longer than 75 octets, never inside a UTF-8 sequence.
 */
import { describe, expect, it } from 'vitest';
import { icalendar } from '../../../src/lib/export/icalendar.ts';

const lines = (text: string) => text.split('\r\n');

describe('icalendar', () => {
  it('writes the header and each event with CR LF line ends, the stamp of the given day', () => {
    const text = icalendar(
      'Plan',
      [
        { uid: 'one@x', date: '2027-02-26', last: '2027-02-28', summary: 'Three days', busy: true, description: 'Work' },
        { uid: 'two@x', date: '2027-12-31', summary: 'New Year’s Eve' },
      ],
      '2027-02-01',
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines(text)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//kickoff-playbook//schedule//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Plan',
      'BEGIN:VEVENT',
      'UID:one@x',
      'DTSTAMP:20270201T000000Z',
      'DTSTART;VALUE=DATE:20270226',
      'DTEND;VALUE=DATE:20270301',
      'SUMMARY:Three days',
      'DESCRIPTION:Work',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:two@x',
      'DTSTAMP:20270201T000000Z',
      'DTSTART;VALUE=DATE:20271231',
      'DTEND;VALUE=DATE:20280101',
      'SUMMARY:New Year’s Eve',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('escapes backslash, semicolon, comma and every kind of line break in names, summaries and descriptions', () => {
    const text = icalendar('A\\B;C,D', [{ uid: 'u', date: '2027-03-01', summary: 'x;y,z', description: 'one\r\ntwo\nthree\rfour' }], '2027-03-01');
    expect(lines(text)).toContain('X-WR-CALNAME:A\\\\B\\;C\\,D');
    expect(lines(text)).toContain('SUMMARY:x\\;y\\,z');
    expect(lines(text)).toContain('DESCRIPTION:one\\ntwo\\nthree\\nfour');
  });

  it('folds lines longer than 75 octets: 75 on the first line, 74 after the leading space of each further one', () => {
    const summaryLines = (summary: string) => {
      const all = lines(icalendar('P', [{ uid: 'u', date: '2027-03-01', summary }], '2027-03-01'));
      const first = all.findIndex((line) => line.startsWith('SUMMARY:'));
      return all.slice(first, all.indexOf('TRANSP:TRANSPARENT'));
    };
    // "SUMMARY:" is 8 octets: 67 more make 75, kept on one line; 68 more make 76, folded.
    expect(summaryLines('x'.repeat(67))).toEqual([`SUMMARY:${'x'.repeat(67)}`]);
    expect(summaryLines('x'.repeat(68))).toEqual([`SUMMARY:${'x'.repeat(67)}`, ' x']);
    expect(summaryLines('x'.repeat(67 + 74 + 1))).toEqual([`SUMMARY:${'x'.repeat(67)}`, ` ${'x'.repeat(74)}`, ' x']);
  });

  it('never folds inside a character of several octets', () => {
    // 8 + 66 = 74 octets, then "ä" (2 octets) would make 76: it opens the next line whole.
    expect(lines(icalendar('P', [{ uid: 'u', date: '2027-03-01', summary: `${'x'.repeat(66)}äb` }], '2027-03-01'))).toContain(' äb');
    // 8 + 65 + 2 = 75 octets exactly: one line.
    expect(lines(icalendar('P', [{ uid: 'u', date: '2027-03-01', summary: `${'x'.repeat(65)}ä` }], '2027-03-01'))).toContain(`SUMMARY:${'x'.repeat(65)}ä`);
  });
});
