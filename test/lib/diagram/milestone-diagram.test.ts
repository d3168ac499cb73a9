import { describe, expect, it } from 'vitest';
import { milestoneDiagram, milestoneStatus } from '../../../src/lib/diagram/milestone-diagram.ts';
import { diagramLabels } from '../../../src/lib/diagram/labels.ts';
import type { ScheduledTask } from '../../../src/lib/schedule/schedule-plan.ts';
import { displayedText, parseDiagram } from '../../helpers/mermaid-dom.ts';
import { PLAN_INPUT, scheduleOf } from '../../helpers/schedule-fixture.ts';

const milestone = (extra: Partial<ScheduledTask>): ScheduledTask => ({
  id: 'm',
  title: 'M',
  kind: 'milestone',
  state: 'planned',
  start: '2027-03-08',
  finish: '2027-03-08',
  milestone: true,
  critical: false,
  float: 0,
  workingDays: 0,
  assignees: [],
  dependsOn: [],
  remaining: null,
  completion: 0,
  baselineStart: null,
  baselineFinish: null,
  slip: null,
  ...extra,
});

describe('milestoneStatus', () => {
  it('names met, missed and absent deadlines with the Monte Carlo chance', () => {
    const de = diagramLabels('de');
    const en = diagramLabels('en');
    expect(milestoneStatus(milestone({}), de, 'de')).toBe('keine Frist');
    expect(milestoneStatus(milestone({ deadline: '2027-03-12', deadlineMet: true }), de, 'de')).toBe('Frist 12. März 2027 eingehalten');
    expect(milestoneStatus(milestone({ deadline: '2027-03-01', deadlineMet: false, deadlineChance: 0.123 }), de, 'de')).toBe(
      'Frist 1. März 2027 verfehlt, Wahrscheinlichkeit 12\u00a0%',
    );
    expect(milestoneStatus(milestone({ deadline: '2027-03-12', deadlineMet: true, deadlineChance: 0.85 }), en, 'en')).toBe(
      'deadline 12 Mar 2027 met, chance 85%',
    );
    expect(milestoneStatus(milestone({}), en, 'en')).toBe('no deadline');
  });
});

describe('milestoneDiagram', () => {
  it('lists milestones by date with status, then the committed finish', () => {
    const { source, description } = milestoneDiagram(scheduleOf(), { title: 'Meilensteine', lang: 'de' });
    expect(source).toBe(
      [
        'timeline',
        '  accTitle: Meilensteine',
        `  accDescr: 2 Meilensteine vom 8. März 2027 bis 8. Apr. 2027#59; 1 Frist eingehalten, 1 verfehlt. Zugesagtes Projektende am 15. Apr. 2027.`,
        '  8. März 2027: Konzept abgenommen<br>Frist 12. März 2027 eingehalten',
        '  8. Apr. 2027: Go-live<br>Frist 1. Apr. 2027 verfehlt',
        '  15. Apr. 2027: Zugesagtes Projektende',
        '',
      ].join('\n'),
    );
    expect(description).toBe('2 Meilensteine vom 8. März 2027 bis 8. Apr. 2027; 1 Frist eingehalten, 1 verfehlt. Zugesagtes Projektende am 15. Apr. 2027.');
  });

  it('is accepted by mermaid as a timeline with one period per date', async () => {
    // A three-point estimate turns Monte Carlo on, which adds each deadline's chance.
    const estimated = {
      ...PLAN_INPUT,
      tasks: PLAN_INPUT.tasks.map((task) => (task.id === 'analyse' ? { ...task, duration: { optimistic: 3, likely: 5, pessimistic: 9 } } : task)),
    };
    const { source } = milestoneDiagram(scheduleOf(estimated, 200), { title: 'Milestones', lang: 'en' });
    const { type, db } = await parseDiagram(source);
    expect(type).toBe('timeline');
    const periods = db.getTasks();
    expect(periods.map((period: { task: string }) => period.task)).toEqual(['8 Mar 2027', '8 Apr 2027', '15 Apr 2027']);
    expect(periods[0].events).toHaveLength(1);
    expect(displayedText(periods[0].events[0])).toMatch(/^Konzept abgenommen<br>deadline 12 Mar 2027 met, chance \d+%$/);
    expect(displayedText(periods[2].events[0])).toBe('Committed finish');
  });

  it('puts milestones of the same day into one period, one card each', async () => {
    const base = scheduleOf();
    const schedule = {
      ...base,
      tasks: [...base.tasks, { ...base.tasks[3], id: 'zweiter', title: 'Zweiter: "Meilenstein"', deadline: undefined, deadlineMet: undefined }],
    };
    const { source } = milestoneDiagram(schedule, { title: 'M', lang: 'de' });
    const { db } = await parseDiagram(source);
    const first = db.getTasks()[0];
    expect(first.events.map(displayedText)).toEqual(['Konzept abgenommen<br>Frist 12. März 2027 eingehalten', 'Zweiter: "Meilenstein"<br>keine Frist']);
  });

  it('still renders a plan without milestones', async () => {
    const plain = scheduleOf({ ...PLAN_INPUT, tasks: PLAN_INPUT.tasks.filter((task) => !task.milestone).map((task) => ({ ...task, dependsOn: undefined })) });
    const { source, description } = milestoneDiagram(plain, { title: 'M', lang: 'de' });
    expect(description).toMatch(/^Keine Meilensteine geplant\./);
    const { db } = await parseDiagram(source);
    expect(db.getTasks()[0].events.map(displayedText)).toEqual(['Keine Meilensteine geplant', 'Zugesagtes Projektende']);
  });
});
