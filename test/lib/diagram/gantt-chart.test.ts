/**
 * A chart of part of a schedule (one phase of a large plan) against one of the whole plan: the
 * axis, the counts of the description, and where the status line is drawn; the buffer's bar and
 * an untitled section. The fixture's plan (test/helpers/schedule-fixture.ts) starts on Monday
 * 1 March 2027 and is committed for 15 April; its phase "Analyse" holds the critical task
 * `analyse` (2 to 8 March) and the critical milestone `konzept-ok` (8 March).
 */
import { describe, expect, test } from 'vitest';
import { bufferSection, ganttChart, type GanttChartParts } from '../../../src/lib/diagram/gantt.ts';
import type { Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { scheduleOf } from '../../helpers/schedule-fixture.ts';

const lines = (source: string) => source.split('\n').map((line) => line.trim());
const withStatus = (statusDate: string | undefined): Schedule => ({ ...scheduleOf(), statusDate });

/** The phase "Analyse" as one section with one bar, and the tasks it stands for (the undone `doku`, not critical, too). */
const analysePart = (schedule: Schedule, wholePlan: boolean): GanttChartParts => ({
  sections: [{ title: 'Analyse', bars: [{ id: 't2', name: 'Analyse', tags: [], start: '2027-03-02', finish: '2027-03-08' }] }],
  tasks: schedule.tasks.filter((task) => task.phase === 'analyse' || task.id === 'doku'),
  wholePlan,
});

const description = (source: string) => lines(source).find((line) => line.startsWith('accDescr: '));
const statusLines = (source: string) => lines(source).filter((line) => line.includes(':vert, status,'));

describe('a chart of part of a plan', () => {
  test('its axis spans its bars; the whole plan’s runs from the kick-off to the committed finish', () => {
    const schedule = withStatus(undefined);
    const part = ganttChart(schedule, analysePart(schedule, false), { title: 'T', lang: 'de' });
    // Two tasks (analyse, doku) and one milestone; two of the three critical.
    expect(description(part.source)).toBe(
      'accDescr: Gantt-Diagramm mit 2 Aufgaben und 1 Meilenstein in 1 Abschnitt vom 2. März 2027 bis 8. März 2027#59; 2 davon auf dem kritischen Pfad. Puffer#58; 3 Arbeitstage bis zum zugesagten Ende am 15. Apr. 2027.',
    );
    const whole = ganttChart(schedule, analysePart(schedule, true), { title: 'T', lang: 'de' });
    expect(description(whole.source)).toContain(' vom 1. März 2027 bis 15. Apr. 2027#59; ');
  });

  test('the axis reaches the earliest start and the latest finish of its bars, whichever bar has them', () => {
    const schedule = withStatus(undefined);
    const part = analysePart(schedule, false);
    part.sections[0].bars.push(
      { id: 't3', name: 'Doku', tags: [], start: '2027-03-01', finish: '2027-03-03' },
      { id: 't4', name: 'Nacharbeit', tags: [], start: '2027-03-04', finish: '2027-03-12' },
    );
    expect(description(ganttChart(schedule, part, { title: 'T', lang: 'de' }).source)).toContain(' vom 1. März 2027 bis 12. März 2027#59; ');
  });

  test('the status line only where it falls on the part’s days, its first and last included', () => {
    const drawn = (statusDate: string, wholePlan = false) => {
      const schedule = withStatus(statusDate);
      return statusLines(ganttChart(schedule, analysePart(schedule, wholePlan), { title: 'T', lang: 'de' }).source);
    };
    expect(drawn('2027-03-05')).toEqual(['Stichtag 5. März 2027:vert, status, 2027-03-05, 2027-03-05']);
    expect(drawn('2027-03-02')).toEqual(['Stichtag 2. März 2027:vert, status, 2027-03-02, 2027-03-02']);
    expect(drawn('2027-03-08')).toEqual(['Stichtag 8. März 2027:vert, status, 2027-03-08, 2027-03-08']);
    expect(drawn('2027-03-01')).toEqual([]);
    expect(drawn('2027-03-09')).toEqual([]);
    // The whole plan shows it wherever it falls.
    expect(drawn('2027-03-20', true)).toEqual(['Stichtag 20. März 2027:vert, status, 2027-03-20, 2027-03-20']);
  });

  test('with the today marker asked for, the lines after the axis are the excludes and the sections', () => {
    const schedule = withStatus(undefined);
    const source = ganttChart(schedule, analysePart(schedule, false), { title: 'T', lang: 'de', todayMarker: true }).source;
    expect(lines(source).slice(lines(source).indexOf('weekday monday') + 1)).toEqual([
      'excludes saturday, sunday',
      'section Analyse',
      'Analyse:t2, 2027-03-02, 2027-03-09',
      '',
    ]);
  });

  test('a section without a title is drawn with a dash (mermaid needs a title)', () => {
    const schedule = withStatus(undefined);
    const part = analysePart(schedule, false);
    part.sections[0].title = '';
    expect(lines(ganttChart(schedule, part, { title: 'T', lang: 'de' }).source)).toContain('section -');
  });
});

describe('the buffer’s bar', () => {
  test('none for a buffer of no days, even with dates', () => {
    const schedule = scheduleOf();
    expect(bufferSection({ ...schedule, buffer: { ...schedule.buffer, days: 0 } }, 'de')).toBeUndefined();
    expect(bufferSection(schedule, 'de')).toEqual({
      title: 'Puffer',
      bars: [{ id: 'buffer', name: 'Puffer (3 Arbeitstage)', tags: [], start: '2027-04-09', finish: '2027-04-15' }],
    });
  });
});
