import { shortDate, type Lang } from '../i18n/lang.ts';

/** Texts of the diagrams, German and English. Dates come in as `YYYY-MM-DD`. */
export interface DiagramLabels {
  otherTasks: string;
  bufferSection: string;
  bufferBar(days: number): string;
  ganttDescription(facts: GanttFacts): string;
  noDeadline: string;
  deadlineMet(deadline: string): string;
  deadlineMissed(deadline: string): string;
  deadlineChance(chance: number): string;
  committedFinish: string;
  noMilestones: string;
  milestoneDescription(facts: MilestoneFacts): string;
  phaseFlowchartTitle: string;
  phaseFlowchartDescription(phases: readonly { title: string; after: string[] }[]): string;
}

export interface GanttFacts {
  tasks: number;
  milestones: number;
  sections: number;
  critical: number;
  start: string;
  finish: string;
  bufferDays: number;
  committedFinish: string;
}

export interface MilestoneFacts {
  milestones: number;
  met: number;
  missed: number;
  first?: string;
  last?: string;
  committedFinish: string;
}

const count = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;
const percent = (share: number, lang: Lang) => `${Math.round(share * 100)}${lang === 'de' ? '\u00a0%' : '%'}`;

const de: DiagramLabels = {
  otherTasks: 'Weitere Aufgaben',
  bufferSection: 'Puffer',
  bufferBar: (days) => `Puffer (${count(days, 'Arbeitstag', 'Arbeitstage')})`,
  ganttDescription: (f) =>
    `Gantt-Diagramm mit ${count(f.tasks, 'Aufgabe', 'Aufgaben')} und ${count(f.milestones, 'Meilenstein', 'Meilensteinen')} ` +
    `in ${count(f.sections, 'Abschnitt', 'Abschnitten')} vom ${shortDate(f.start, 'de')} bis ${shortDate(f.finish, 'de')}; ` +
    `${f.critical} davon auf dem kritischen Pfad. ` +
    (f.bufferDays > 0
      ? `Puffer: ${count(f.bufferDays, 'Arbeitstag', 'Arbeitstage')} bis zum zugesagten Ende am ${shortDate(f.committedFinish, 'de')}.`
      : `Kein Puffer; zugesagtes Ende am ${shortDate(f.committedFinish, 'de')}.`),
  noDeadline: 'keine Frist',
  deadlineMet: (deadline) => `Frist ${shortDate(deadline, 'de')} eingehalten`,
  deadlineMissed: (deadline) => `Frist ${shortDate(deadline, 'de')} verfehlt`,
  deadlineChance: (chance) => `Wahrscheinlichkeit ${percent(chance, 'de')}`,
  committedFinish: 'Zugesagtes Projektende',
  noMilestones: 'Keine Meilensteine geplant',
  milestoneDescription: (f) =>
    (f.milestones === 0
      ? 'Keine Meilensteine geplant. '
      : `${count(f.milestones, 'Meilenstein', 'Meilensteine')} vom ${shortDate(f.first ?? '', 'de')} bis ${shortDate(f.last ?? '', 'de')}; ` +
        `${count(f.met, 'Frist', 'Fristen')} eingehalten, ${f.missed} verfehlt. `) +
    `Zugesagtes Projektende am ${shortDate(f.committedFinish, 'de')}.`,
  phaseFlowchartTitle: 'Standardphasen und ihre Abhängigkeiten',
  phaseFlowchartDescription: (phases) =>
    `Ablauf mit ${count(phases.length, 'Phase', 'Phasen')}: ` +
    phases.map((phase) => (phase.after.length ? `${phase.title} (nach ${phase.after.join(', ')})` : phase.title)).join('; ') +
    '.',
};

const en: DiagramLabels = {
  otherTasks: 'Other tasks',
  bufferSection: 'Buffer',
  bufferBar: (days) => `Buffer (${count(days, 'working day', 'working days')})`,
  ganttDescription: (f) =>
    `Gantt chart of ${count(f.tasks, 'task', 'tasks')} and ${count(f.milestones, 'milestone', 'milestones')} ` +
    `in ${count(f.sections, 'section', 'sections')} from ${f.start} to ${f.finish}; ` +
    `${f.critical} of them on the critical path. ` +
    (f.bufferDays > 0
      ? `Buffer: ${count(f.bufferDays, 'working day', 'working days')} up to the committed finish on ${f.committedFinish}.`
      : `No buffer; committed finish on ${f.committedFinish}.`),
  noDeadline: 'no deadline',
  deadlineMet: (deadline) => `deadline ${deadline} met`,
  deadlineMissed: (deadline) => `deadline ${deadline} missed`,
  deadlineChance: (chance) => `chance ${percent(chance, 'en')}`,
  committedFinish: 'Committed finish',
  noMilestones: 'No milestones planned',
  milestoneDescription: (f) =>
    (f.milestones === 0
      ? 'No milestones planned. '
      : `${count(f.milestones, 'milestone', 'milestones')} from ${f.first} to ${f.last}; ` +
        `${count(f.met, 'deadline', 'deadlines')} met, ${f.missed} missed. `) +
    `Committed finish on ${f.committedFinish}.`,
  phaseFlowchartTitle: 'Standard phases and their dependencies',
  phaseFlowchartDescription: (phases) =>
    `Flow of ${count(phases.length, 'phase', 'phases')}: ` +
    phases.map((phase) => (phase.after.length ? `${phase.title} (after ${phase.after.join(', ')})` : phase.title)).join('; ') +
    '.',
};

export const diagramLabels = (lang: Lang): DiagramLabels => (lang === 'de' ? de : en);
