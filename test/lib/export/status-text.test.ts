/**
 * The status report as terminal text (`kickoff status`), line by line, from reports written out
 * by hand: one with every part filled, one of a plan without status date, baseline or buffer
 * figures, and the zone line that needs all three of its figures.
 */
import { describe, expect, it } from 'vitest';
import type { StatusReport } from '../../../src/lib/export/status-report.ts';
import { formatStatusText } from '../../../src/lib/export/status-text.ts';
import { translation } from '../../../src/lib/i18n/index.ts';

const en = translation('en');

const full: StatusReport = {
  plan: 'shop',
  title: 'Shop relaunch',
  statusDate: '2027-03-19',
  finish: '2027-05-04',
  committedFinish: '2027-05-14',
  baseline: { date: '2027-03-01', finish: '2027-04-30', committedFinish: '2027-05-14' },
  slip: 2,
  buffer: { days: 10, remaining: 8, consumed: 2 },
  completion: 40,
  consumption: 20.04,
  zone: 'green',
  doneSince: { since: '2027-03-12', tasks: [{ id: 'brief', title: 'Brief', people: ['Ann'], finish: '2027-03-15' }] },
  active: [
    { id: 'texts', title: 'Texts', people: ['Ann', 'Bob'], finish: '2027-03-24', remaining: 3, unit: 'days', progress: 40 },
    { id: 'photos', title: 'Photos', people: [], finish: '2027-03-26', remaining: 2.25, unit: 'person-days' },
    { id: 'review', title: 'Review', people: ['Bob'], finish: '2027-03-22', remaining: null, unit: 'days' },
  ],
  upcoming: [{ id: 'design', title: 'Design', people: ['Cleo'], start: '2027-03-22' }],
  late: [{ id: 'copy', title: 'Copy', people: ['Ann'], baselineFinish: '2027-03-18', finish: '2027-03-23', slip: 3 }],
  deadlines: [
    { id: 'go-live', title: 'Go-live', people: [], deadline: '2027-05-14', finish: '2027-05-04', met: true, chance: 0.875 },
    { id: 'copy', title: 'Copy', people: ['Ann'], deadline: '2027-03-19', finish: '2027-03-23', met: false },
  ],
};

describe('formatStatusText', () => {
  it('writes every part of a full report', () => {
    expect(formatStatusText(full, en).split('\n')).toEqual([
      'Shop relaunch: as of 2027-03-19',
      '',
      'Forecast finish: 2027-05-04 (2 working days later than the baseline)',
      'Committed finish: 2027-05-14 (baseline of 2027-03-01)',
      'Buffer: 8 of 10 working days left',
      'Zone: green (buffer 20% used with 40% of the critical chain done)',
      '',
      'Done since 2027-03-12',
      '  Brief: 2027-03-15',
      '',
      'In progress',
      '  Texts (Ann, Bob): 3 working days left, finishing 2027-03-24',
      '  Photos: 2.3 person-days left, finishing 2027-03-26',
      '  Review (Bob): 0 working days left, finishing 2027-03-22',
      '',
      'Starting in the next 10 working days',
      '  2027-03-22 Design (Cleo)',
      '',
      'Late',
      '  Copy (Ann): baseline 2027-03-18, now 2027-03-23',
      '',
      'Deadlines',
      '  ✓ Go-live: deadline 2027-05-14, scheduled 2027-05-04, chance 88%',
      '  ✗ Copy: deadline 2027-03-19, scheduled 2027-03-23',
      '',
    ]);
  });

  it('writes a report without status date, baseline or buffer figures, each empty part as a dash', () => {
    const bare: StatusReport = {
      plan: 'shop',
      title: 'Shop relaunch',
      finish: '2027-05-04',
      committedFinish: '2027-05-14',
      baseline: null,
      slip: null,
      buffer: { days: 8, remaining: null, consumed: null },
      completion: null,
      consumption: null,
      zone: null,
      doneSince: { tasks: [] },
      active: [],
      upcoming: [],
      late: [],
      deadlines: [],
    };
    expect(formatStatusText(bare, en)).toBe(
      [
        'Shop relaunch: no status date: the plan as it stands at the kick-off',
        '',
        'Forecast finish: 2027-05-04',
        'Committed finish: 2027-05-14',
        'Buffer: 8 working days',
        '',
        'Done',
        '  –',
        '',
        'In progress',
        '  –',
        '',
        'Starting in the next 10 working days',
        '  –',
        '',
        'Late',
        '  –',
        '',
        'Deadlines',
        '  –',
        '',
      ].join('\n'),
    );
  });

  it('writes a slip of zero and an overrun buffer', () => {
    const lines = formatStatusText({ ...full, slip: 0, buffer: { days: 10, remaining: -3, consumed: 13 } }, en).split('\n');
    expect(lines[2]).toBe('Forecast finish: 2027-05-04 (as in the baseline)');
    expect(lines[4]).toBe('Buffer: overrun by 3 working days (of 10)');
  });

  it('writes the zone only with its consumption and completion', () => {
    const zoneLines = (report: StatusReport) =>
      formatStatusText(report, en)
        .split('\n')
        .filter((line) => line.startsWith('Zone:'));
    expect(zoneLines({ ...full, consumption: null })).toEqual([]);
    expect(zoneLines({ ...full, completion: null })).toEqual([]);
    expect(zoneLines({ ...full, zone: null })).toEqual([]);
    expect(zoneLines({ ...full, zone: 'red', consumption: 0, completion: 0 })).toEqual(['Zone: red (buffer 0% used with 0% of the critical chain done)']);
  });
});
