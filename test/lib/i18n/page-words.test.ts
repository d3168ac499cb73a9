/**
 * The words on the pages that take arguments, and the texts `kickoff init` and `kickoff new plan`
 * write into a new project, in both languages, worked out by hand (the pages and the scaffolding
 * are otherwise checked only in child processes and browsers, which mutation testing does not
 * follow).
 */
import { describe, expect, test } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { testWordings } from '../../helpers/wordings.ts';

const de = translation('de');
const en = translation('en');

describe('a checklist item due relative to its phase start', () => {
  testWordings([
    [() => en.ui.workingDaysRelative(0), 'at phase start'],
    [() => en.ui.workingDaysRelative(-1), '1 working day before phase start'],
    [() => en.ui.workingDaysRelative(-3), '3 working days before phase start'],
    [() => en.ui.workingDaysRelative(1), '1 working day after phase start'],
    [() => en.ui.workingDaysRelative(10), '10 working days after phase start'],
    [() => de.ui.workingDaysRelative(0), 'am Phasenstart'],
    [() => de.ui.workingDaysRelative(-1), '1 Arbeitstag vor Phasenstart'],
    [() => de.ui.workingDaysRelative(-3), '3 Arbeitstage vor Phasenstart'],
    [() => de.ui.workingDaysRelative(1), '1 Arbeitstag nach Phasenstart'],
    [() => de.ui.workingDaysRelative(10), '10 Arbeitstage nach Phasenstart'],
  ]);
});

describe("a plan's facts, charts and exports", () => {
  testWordings([
    [() => en.ui.finishBefore('Go-live'), 'Scheduled finish before “Go-live”'],
    [() => de.ui.finishBefore('Go-live'), 'Geplantes Ende vor „Go-live“'],
    [() => en.ui.committedMilestone('Go-live'), 'Committed for “Go-live”'],
    [() => de.ui.committedMilestone('Go-live'), 'Zugesagt für „Go-live“'],
    [() => en.ui.p50Before('Go-live'), 'P50 finish before “Go-live”'],
    [() => de.ui.p50Before('Go-live'), 'P50-Ende vor „Go-live“'],
    [() => en.ui.p85Before('Go-live'), 'P85 finish before “Go-live”'],
    [() => de.ui.p85Before('Go-live'), 'P85-Ende vor „Go-live“'],
    [
      () => en.ui.largePlanGantt(41),
      '41 tasks do not fit one readable chart: the overview shows one bar per phase with its milestones and every dependency between phases as an arrow; below it, one chart per phase with the arrows inside it.',
    ],
    [
      () => de.ui.largePlanGantt(41),
      '41 Aufgaben passen in kein lesbares Diagramm: Der Überblick zeigt je Phase einen Balken mit ihren Meilensteinen und jede Abhängigkeit zwischen Phasen als Pfeil, darunter folgt je Phase ein Diagramm mit den Pfeilen innerhalb der Phase.',
    ],
    [() => en.ui.personalCalendar('Anna'), 'Anna’s calendar (.ics): own tasks, deadlines and absences'],
    [() => de.ui.personalCalendar('Anna'), 'Kalender von Anna (.ics): eigene Aufgaben, Termine und Abwesenheiten'],
    [() => en.ui.pdfParts.part('Roles'), 'Roles (PDF)'],
    [() => de.ui.pdfParts.part('Rollen'), 'Rollen (PDF)'],
    [() => en.ui.minutes(45), '45 minutes'],
    [() => de.ui.minutes(45), '45 Minuten'],
  ]);
});

describe('the README of a new project', () => {
  test('in English', () => {
    expect(en.starter.readme('Harbour cranes')).toBe(
      [
        '# Harbour cranes',
        '',
        'A kick-off playbook made with `kickoff init`: content in `content/`, settings in `kickoff.config.json`.',
        '',
        '```sh',
        'npm install && npm run build   # install, check all content and build the site into dist/',
        'npm run dev                    # preview at http://localhost:4321/, checks every save',
        'npm test                       # check all content, warnings as errors',
        '```',
        '',
        'New entries with a hint above each field: `npx kickoff new plan|phase|role|checklist|risk|meeting|term ID`.',
        'For completion and checks in the editor: `npx kickoff schemas` (see `.vscode/settings.json`).',
        '',
      ].join('\n'),
    );
  });

  test('in German', () => {
    expect(de.starter.readme('Hafenkräne')).toBe(
      [
        '# Hafenkräne',
        '',
        'Ein Kick-off-Playbook, angelegt mit `kickoff init`: Inhalte in `content/`, Einstellungen in `kickoff.config.json`.',
        '',
        '```sh',
        'npm install && npm run build   # installieren, alle Inhalte prüfen und die Website nach dist/ bauen',
        'npm run dev                    # Vorschau unter http://localhost:4321/, prüft jede Speicherung',
        'npm test                       # alle Inhalte prüfen, Warnungen als Fehler',
        '```',
        '',
        'Neue Einträge mit einem Hinweis über jedem Feld: `npx kickoff new plan|phase|role|checklist|risk|meeting|term ID`.',
        'Für Vervollständigung und Prüfung im Editor: `npx kickoff schemas` (siehe `.vscode/settings.json`).',
        '',
      ].join('\n'),
    );
  });
});

describe('the text of a new plan', () => {
  test('in English', () => {
    expect(en.scaffold.plan.body('crm-rollout')).toBe(
      [
        '## Starting point',
        '',
        'Describe the situation, the goals and why the project starts now.',
        '',
        '## Next steps',
        '',
        '1. Check the kick-off date, the region and company closures (`calendar`).',
        '2. Replace the placeholders in the team with names, capacities and absences.',
        '3. Estimate durations with the vendor: optimistic, likely, pessimistic.',
        '4. Add tasks with effort in person-days and assignees where people are scarce.',
        '5. Check with `npx kickoff validate` and see the dates with `npx kickoff schedule crm-rollout`.',
      ].join('\n'),
    );
  });

  test('in German', () => {
    expect(de.scaffold.plan.body('crm-einfuehrung')).toBe(
      [
        '## Ausgangslage',
        '',
        'Beschreiben Sie Ausgangslage, Ziele und warum das Projekt jetzt startet.',
        '',
        '## Nächste Schritte',
        '',
        '1. Kick-off-Datum, Region und Betriebsferien prüfen (`calendar`).',
        '2. Platzhalter im Team durch Namen ersetzen, Kapazität und Abwesenheiten eintragen.',
        '3. Dauern mit dem Anbieter schätzen: optimistisch, wahrscheinlich, pessimistisch.',
        '4. Aufgaben mit Aufwand in Personentagen und Zuständigen ergänzen, wo Personen knapp sind.',
        '5. Mit `npx kickoff validate` prüfen und mit `npx kickoff schedule crm-einfuehrung` die Termine ansehen.',
      ].join('\n'),
    );
  });
});
