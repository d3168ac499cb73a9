/**
 * The diagrams' texts in both languages: descriptions for screen readers, bar labels and
 * tooltips, each sentence worked out by hand, with the singular and plural of each count.
 */
import { describe, expect, test } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';

const de = translation('de').diagram;
const en = translation('en').diagram;

const FULL = {
  tasks: 4,
  milestones: 1,
  sections: 2,
  critical: 3,
  start: '2027-03-01',
  finish: '2027-04-15',
  bufferDays: 3,
  committedFinish: '2027-04-16',
  statusDate: '2027-03-10',
  moved: 1,
};
const PLAIN = {
  tasks: 1,
  milestones: 0,
  sections: 1,
  critical: 0,
  start: '2027-03-01',
  finish: '2027-04-15',
  bufferDays: 0,
  committedFinish: '2027-04-15',
  moved: 0,
};

describe('the gantt chart description', () => {
  test('with a buffer, a status date and one moved task', () => {
    expect(en.ganttDescription(FULL)).toBe(
      'Gantt chart of 4 tasks and 1 milestone in 2 sections from 1 Mar 2027 to 15 Apr 2027; 3 of them on the critical path. ' +
        'Buffer: 3 working days up to the committed finish on 16 Apr 2027. Status date 10 Mar 2027: done and running work are marked. ' +
        '1 task finishes off the baseline; the difference in working days (WD) follows the title.',
    );
    expect(de.ganttDescription(FULL)).toBe(
      'Gantt-Diagramm mit 4 Aufgaben und 1 Meilenstein in 2 Abschnitten vom 1. März 2027 bis 15. Apr. 2027; 3 davon auf dem kritischen Pfad. ' +
        'Puffer: 3 Arbeitstage bis zum zugesagten Ende am 16. Apr. 2027. Stichtag 10. März 2027: Erledigtes und Laufendes sind markiert. ' +
        '1 Aufgabe endet anders als in der Basislinie; die Abweichung in Arbeitstagen (AT) steht hinter dem Titel.',
    );
  });

  test('without a buffer, a status date or moved tasks; one of each count and two moved', () => {
    expect(en.ganttDescription(PLAIN)).toBe(
      'Gantt chart of 1 task and 0 milestones in 1 section from 1 Mar 2027 to 15 Apr 2027; 0 of them on the critical path. No buffer; committed finish on 15 Apr 2027.',
    );
    expect(de.ganttDescription(PLAIN)).toBe(
      'Gantt-Diagramm mit 1 Aufgabe und 0 Meilensteinen in 1 Abschnitt vom 1. März 2027 bis 15. Apr. 2027; 0 davon auf dem kritischen Pfad. Kein Puffer; zugesagtes Ende am 15. Apr. 2027.',
    );
    expect(en.ganttDescription({ ...PLAIN, bufferDays: 1, moved: 2 })).toBe(
      'Gantt chart of 1 task and 0 milestones in 1 section from 1 Mar 2027 to 15 Apr 2027; 0 of them on the critical path. ' +
        'Buffer: 1 working day up to the committed finish on 15 Apr 2027. 2 tasks finish off the baseline; the difference in working days (WD) follows the title.',
    );
    expect(de.ganttDescription({ ...PLAIN, bufferDays: 1, moved: 2 })).toBe(
      'Gantt-Diagramm mit 1 Aufgabe und 0 Meilensteinen in 1 Abschnitt vom 1. März 2027 bis 15. Apr. 2027; 0 davon auf dem kritischen Pfad. ' +
        'Puffer: 1 Arbeitstag bis zum zugesagten Ende am 15. Apr. 2027. 2 Aufgaben enden anders als in der Basislinie; die Abweichung in Arbeitstagen (AT) steht hinter dem Titel.',
    );
  });
});

describe('bars and their tooltips', () => {
  test('the overview title, a summary bar, the buffer bar, the status line', () => {
    expect(en.overviewTitle('Demo')).toBe('Demo: overview by phase');
    expect(de.overviewTitle('Demo')).toBe('Demo: Überblick nach Phasen');
    expect([en.phaseBar(1), en.phaseBar(5), de.phaseBar(1), de.phaseBar(5)]).toEqual(['1 task', '5 tasks', '1 Aufgabe', '5 Aufgaben']);
    expect([en.bufferBar(1), en.bufferBar(4), de.bufferBar(1), de.bufferBar(4)]).toEqual([
      'Buffer (1 working day)',
      'Buffer (4 working days)',
      'Puffer (1 Arbeitstag)',
      'Puffer (4 Arbeitstage)',
    ]);
    expect(en.statusLine('10 Mar 2027')).toBe('Status date 10 Mar 2027');
    expect(de.statusLine('10. März 2027')).toBe('Stichtag 10. März 2027');
  });

  test('the slip against the baseline, later, earlier or none', () => {
    expect(en.baselineSlip('Build', 3)).toBe('Build (+3 WD)');
    expect(en.baselineSlip('Build', -2)).toBe('Build (−2 WD)');
    expect(de.baselineSlip('Umsetzung', 1)).toBe('Umsetzung (+1 AT)');
    expect(de.baselineSlip('Umsetzung', -1)).toBe('Umsetzung (−1 AT)');
    expect(en.baselineSlip('Build', 0)).toBe('Build (0 WD)');
    expect(de.baselineSlip('Umsetzung', 0)).toBe('Umsetzung (0 AT)');
  });

  test('working days in a tooltip', () => {
    expect([en.barTitle.workingDays(0), en.barTitle.workingDays(1), en.barTitle.workingDays(2)]).toEqual(['0 working days', '1 working day', '2 working days']);
    expect([de.barTitle.workingDays(0), de.barTitle.workingDays(1), de.barTitle.workingDays(2)]).toEqual(['0 Arbeitstage', '1 Arbeitstag', '2 Arbeitstage']);
  });
});

describe('milestones', () => {
  test('a deadline met or missed, and the chance of meeting it as a whole percentage', () => {
    expect(en.deadlineMet('30 Jun 2027')).toBe('deadline 30 Jun 2027 met');
    expect(en.deadlineMissed('30 Jun 2027')).toBe('deadline 30 Jun 2027 missed');
    expect(de.deadlineMet('30. Juni 2027')).toBe('Frist 30. Juni 2027 eingehalten');
    expect(de.deadlineMissed('30. Juni 2027')).toBe('Frist 30. Juni 2027 verfehlt');
    expect(en.deadlineChance(0.855)).toBe('chance 86%');
    expect(de.deadlineChance(0.854)).toBe('Wahrscheinlichkeit 85\u00a0%');
  });

  test('the description: none planned, or how many from when to when, met and missed', () => {
    expect(en.milestoneDescription({ milestones: 0, met: 0, missed: 0, committedFinish: '2027-07-01' })).toBe(
      'No milestones planned. Committed finish on 1 Jul 2027.',
    );
    expect(de.milestoneDescription({ milestones: 0, met: 0, missed: 0, committedFinish: '2027-07-01' })).toBe(
      'Keine Meilensteine geplant. Zugesagtes Projektende am 1. Juli 2027.',
    );
    const two = { milestones: 2, met: 1, missed: 1, span: { first: '2027-03-08', last: '2027-06-30' }, committedFinish: '2027-07-01' };
    expect(en.milestoneDescription(two)).toBe('2 milestones from 8 Mar 2027 to 30 Jun 2027; 1 deadline met, 1 missed. Committed finish on 1 Jul 2027.');
    expect(de.milestoneDescription(two)).toBe(
      '2 Meilensteine vom 8. März 2027 bis 30. Juni 2027; 1 Frist eingehalten, 1 verfehlt. Zugesagtes Projektende am 1. Juli 2027.',
    );
    const one = { milestones: 1, met: 0, missed: 0, span: { first: '2027-03-08', last: '2027-03-08' }, committedFinish: '2027-07-01' };
    expect(en.milestoneDescription(one)).toBe('1 milestone from 8 Mar 2027 to 8 Mar 2027; 0 deadlines met, 0 missed. Committed finish on 1 Jul 2027.');
    expect(de.milestoneDescription({ ...one, met: 2 })).toBe(
      '1 Meilenstein vom 8. März 2027 bis 8. März 2027; 2 Fristen eingehalten, 0 verfehlt. Zugesagtes Projektende am 1. Juli 2027.',
    );
  });
});

describe('the phase flowchart description', () => {
  test('each phase, with the phases it follows', () => {
    const phases = [
      { title: 'Start', after: [] },
      { title: 'Build', after: ['Start'] },
      { title: 'Go-live', after: ['Start', 'Build'] },
    ];
    expect(en.phaseFlowchartDescription(phases)).toBe('Flow of 3 phases: Start; Build (after Start); Go-live (after Start, Build).');
    expect(de.phaseFlowchartDescription(phases)).toBe('Ablauf mit 3 Phasen: Start; Build (nach Start); Go-live (nach Start, Build).');
    expect(en.phaseFlowchartDescription([{ title: 'Start', after: [] }])).toBe('Flow of 1 phase: Start.');
    expect(de.phaseFlowchartDescription([{ title: 'Start', after: [] }])).toBe('Ablauf mit 1 Phase: Start.');
  });
});
