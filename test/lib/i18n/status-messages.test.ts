/**
 * The status report's and the tracking table's words, and the settings file's findings, in both
 * languages: each function with its arguments at the boundaries of its branches (no slip, later,
 * earlier; a buffer left or overrun; one and several), the sentences worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { testWordings } from '../../helpers/wordings.ts';

const de = translation('de');
const en = translation('en');

describe('the status report', () => {
  test('the slip against the baseline: none, later, earlier, one day and several', () => {
    expect([0, 1, 3, -1, -2].map(en.status.slip)).toEqual([
      'as in the baseline',
      '1 working day later than the baseline',
      '3 working days later than the baseline',
      '1 working day earlier than the baseline',
      '2 working days earlier than the baseline',
    ]);
    expect([0, 1, 3, -1, -2].map(de.status.slip)).toEqual([
      'wie in der Basislinie',
      '1 Arbeitstag später als die Basislinie',
      '3 Arbeitstage später als die Basislinie',
      '1 Arbeitstag früher als die Basislinie',
      '2 Arbeitstage früher als die Basislinie',
    ]);
  });

  test('what is left of the buffer, or by how much it is overrun', () => {
    expect([en.status.bufferLeft(0, 5), en.status.bufferLeft(1, 1), en.status.bufferLeft(-1, 5), en.status.bufferLeft(-3, 5)]).toEqual([
      '0 of 5 working days left',
      '1 of 1 working day left',
      'overrun by 1 working day (of 5)',
      'overrun by 3 working days (of 5)',
    ]);
    expect([de.status.bufferLeft(0, 5), de.status.bufferLeft(1, 1), de.status.bufferLeft(-1, 5), de.status.bufferLeft(-3, 5)]).toEqual([
      '0 von 5 Arbeitstagen übrig',
      '1 von 1 Arbeitstag übrig',
      'überschritten um 1 Arbeitstag (von 5)',
      'überschritten um 3 Arbeitstage (von 5)',
    ]);
    expect([en.status.bufferDays(1), en.status.bufferDays(4), de.status.bufferDays(1), de.status.bufferDays(4)]).toEqual([
      '1 working day',
      '4 working days',
      '1 Arbeitstag',
      '4 Arbeitstage',
    ]);
  });

  test('work left in days, or in person-days to one decimal', () => {
    expect([en.status.left(1, 'days'), en.status.left(3, 'days'), en.status.left(2.46, 'person-days'), en.status.left(2.44, 'person-days')]).toEqual([
      '1 working day left',
      '3 working days left',
      '2.5 person-days left',
      '2.4 person-days left',
    ]);
    expect([de.status.left(1, 'days'), de.status.left(3, 'days'), de.status.left(2.46, 'person-days')]).toEqual([
      'noch 1 Arbeitstag',
      'noch 3 Arbeitstage',
      'noch 2,5 Personentage',
    ]);
  });

  test('dates and figures in their sentences', () => {
    expect(en.status.asOf('10 Mar 2027')).toBe('as of 10 Mar 2027');
    expect(de.status.asOf('10. März 2027')).toBe('Stand 10. März 2027');
    expect(en.status.baselineOf('1 Mar 2027')).toBe('baseline of 1 Mar 2027');
    expect(de.status.baselineOf('1. März 2027')).toBe('Basislinie vom 1. März 2027');
    expect(en.status.consumptionAt('40%', '50%')).toBe('buffer 40% used with 50% of the critical chain done');
    expect(de.status.consumptionAt('40 %', '50 %')).toBe('Puffer zu 40 % verbraucht bei 50 % erledigter kritischer Kette');
    expect(en.status.doneSince('5 Mar 2027')).toBe('Done since 5 Mar 2027');
    expect(de.status.doneSince('5. März 2027')).toBe('Erledigt seit 5. März 2027');
    expect(en.status.until('12 Mar 2027')).toBe('finishing 12 Mar 2027');
    expect(de.status.until('12. März 2027')).toBe('fertig am 12. März 2027');
    expect(en.status.lateBy('5 Mar 2027', '9 Mar 2027')).toBe('baseline 5 Mar 2027, now 9 Mar 2027');
    expect(de.status.lateBy('5. März 2027', '9. März 2027')).toBe('Basislinie 5. März 2027, jetzt 9. März 2027');
    expect(en.status.deadlineVersus('30 Jun 2027', '2 Jul 2027')).toBe('deadline 30 Jun 2027, scheduled 2 Jul 2027');
    expect(de.status.deadlineVersus('30. Juni 2027', '2. Juli 2027')).toBe('Termin 30. Juni 2027, geplant 2. Juli 2027');
    expect(en.status.chance('85%')).toBe('chance 85%');
    expect(de.status.chance('85 %')).toBe('Wahrscheinlichkeit 85 %');
  });
});

describe('the tracking table', () => {
  test('the slip of a task: none, later, earlier', () => {
    expect([0, 1, 2, -1, -4].map(en.tracking.slipDays)).toEqual([
      'none',
      '1 working day late',
      '2 working days late',
      '1 working day early',
      '4 working days early',
    ]);
    expect([0, 1, 2, -1, -4].map(de.tracking.slipDays)).toEqual([
      'keiner',
      '1 Arbeitstag später',
      '2 Arbeitstage später',
      '1 Arbeitstag früher',
      '4 Arbeitstage früher',
    ]);
    expect(en.tracking.statusReportFor('Demo')).toBe('Status report Demo');
    expect(de.tracking.statusReportFor('Demo')).toBe('Statusbericht Demo');
  });
});

describe('the settings file', () => {
  testWordings([
    [() => en.config.cannotRead('EACCES'), 'cannot be read (EACCES)'],
    [() => de.config.cannotRead('EACCES'), 'nicht lesbar (EACCES)'],
    [() => en.config.invalidJson('Unexpected end of JSON input'), 'valid JSON (Unexpected end of JSON input)'],
    [() => de.config.invalidJson('Unexpected end of JSON input'), 'gültiges JSON (Unexpected end of JSON input)'],
    [() => en.config.notAnObject('a list'), 'an object of settings such as {"lang": "de"} (found a list)'],
    [() => de.config.notAnObject('eine Liste'), 'ein Objekt mit Einstellungen wie {"lang": "de"} (gefunden: eine Liste)'],
    [() => en.config.unknownSetting('langg', '`lang`, `content`'), 'langg: no such setting; the settings are `lang`, `content`'],
    [() => de.config.unknownSetting('langg', '`lang`, `content`'), 'langg: diese Einstellung gibt es nicht; die Einstellungen sind `lang`, `content`'],
  ]);
});
