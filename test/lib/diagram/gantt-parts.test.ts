/**
 * The small parts of a gantt source: the axis chosen by the chart's span (with the days at each
 * boundary counted by hand), the frontmatter that widens the title column, and the header lines.
 */
import { describe, expect, test } from 'vitest';
import { diagramText, headerLines } from '../../../src/lib/diagram/diagram-source.ts';
import { ganttAxisLines } from '../../../src/lib/diagram/gantt-axis.ts';
import { ganttFrontmatter } from '../../../src/lib/diagram/gantt-frontmatter.ts';

describe('ganttAxisLines', () => {
  // 1 January to 30 April 2027 is 31 + 28 + 31 + 30 = 120 days, first and last counted.
  test('up to 120 days: weekly ticks on Mondays, day and month', () => {
    expect(ganttAxisLines('2027-01-01', '2027-01-01', 'de')).toEqual(['axisFormat %d.%m.', 'tickInterval 1week', 'weekday monday']);
    expect(ganttAxisLines('2027-01-01', '2027-04-30', 'de')).toEqual(['axisFormat %d.%m.', 'tickInterval 1week', 'weekday monday']);
    expect(ganttAxisLines('2027-01-01', '2027-04-30', 'en')).toEqual(['axisFormat %b %d', 'tickInterval 1week', 'weekday monday']);
  });

  // 1 January 2027 to 3 July 2028: 365 days of 2027 and 31 + 29 + 31 + 30 + 31 + 30 + 3 = 185 of 2028, 550.
  test('121 to 550 days: monthly ticks', () => {
    expect(ganttAxisLines('2027-01-01', '2027-05-01', 'de')).toEqual(['axisFormat %m.%Y', 'tickInterval 1month']);
    expect(ganttAxisLines('2027-01-01', '2028-07-03', 'en')).toEqual(['axisFormat %b %Y', 'tickInterval 1month']);
  });

  // 1 January 2027 to 8 February 2031: 365 + 366 + 365 + 365 days, then 31 + 8: 1,500.
  test('551 to 1,500 days: quarterly ticks', () => {
    expect(ganttAxisLines('2027-01-01', '2028-07-04', 'de')).toEqual(['axisFormat %m.%Y', 'tickInterval 3month']);
    expect(ganttAxisLines('2027-01-01', '2031-02-08', 'en')).toEqual(['axisFormat %b %Y', 'tickInterval 3month']);
  });

  test('longer: yearly ticks, the year alone in both languages', () => {
    expect(ganttAxisLines('2027-01-01', '2031-02-09', 'de')).toEqual(['axisFormat %Y', 'tickInterval 12month']);
    expect(ganttAxisLines('2027-01-01', '2031-02-09', 'en')).toEqual(['axisFormat %Y', 'tickInterval 12month']);
  });
});

describe('ganttFrontmatter', () => {
  const block = (width: number) => `---\nconfig:\n  gantt:\n    leftPadding: ${width}\n---\n`;

  test("titles up to 8 characters fit mermaid's column of 75: no block", () => {
    // 8 × 6.5 + 20 = 72.
    expect(ganttFrontmatter([])).toBe('');
    expect(ganttFrontmatter(['Start', '12345678'])).toBe('');
  });

  test('a longer title widens the column to its characters × 6.5 + 20, rounded up', () => {
    // 9 × 6.5 = 58.5 → 59, + 20 = 79; the longest title counts.
    expect(ganttFrontmatter(['Start', '123456789', 'Go'])).toBe(block(79));
    // Characters, not UTF-16 units: nine emoji are nine characters.
    expect(ganttFrontmatter(['🚀'.repeat(9)])).toBe(block(79));
  });

  test('at most 260 wide', () => {
    // 36 × 6.5 + 20 = 254; 37 × 6.5 = 240.5 → 241, + 20 = 261 → 260.
    expect(ganttFrontmatter(['x'.repeat(36)])).toBe(block(254));
    expect(ganttFrontmatter(['x'.repeat(37)])).toBe(block(260));
  });
});

describe('header lines and the diagram text', () => {
  test('title, accessible title and description, each left out when empty', () => {
    expect(headerLines('Plan A', 'Two tasks.', { titleLine: true })).toEqual(['title Plan A', 'accTitle: Plan A', 'accDescr: Two tasks.']);
    expect(headerLines('Plan A', 'Two tasks.', { titleLine: false })).toEqual(['accTitle: Plan A', 'accDescr: Two tasks.']);
    expect(headerLines('', 'Two tasks.', { titleLine: true })).toEqual(['accDescr: Two tasks.']);
    expect(headerLines('Plan A', '', { titleLine: true })).toEqual(['title Plan A', 'accTitle: Plan A']);
    expect(headerLines('', '', { titleLine: true })).toEqual([]);
  });

  test('the texts are encoded for mermaid', () => {
    expect(headerLines('A: B', 'x;y', { titleLine: true })).toEqual(['title A#58; B', 'accTitle: A#58; B', 'accDescr: x#59;y']);
  });

  test('the keyword line, then each statement indented by two spaces, and a final line break', () => {
    expect(diagramText('gantt', ['dateFormat YYYY-MM-DD', 'section A'])).toBe('gantt\n  dateFormat YYYY-MM-DD\n  section A\n');
    expect(diagramText('timeline', [])).toBe('timeline\n');
  });
});
