/**
 * The findings of `kickoff import` in both languages: each function of the tables' `importer`
 * section with its arguments, and the exact sentence worked out by hand.
 */
import { describe } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { testWordings } from '../../helpers/wordings.ts';

const de = translation('de').importer;
const en = translation('en').importer;

describe('why a file is refused, and what was written', () => {
  testWordings([
    [() => en.notXml('plan.xml', 3, 'unclosed tag'), 'plan.xml: not well-formed XML (line 3: unclosed tag); expected an MS Project XML file (MSPDI)'],
    [
      () => de.notXml('plan.xml', 3, 'unclosed tag'),
      'plan.xml: kein wohlgeformtes XML (Zeile 3: unclosed tag); erwartet wird eine MS-Project-XML-Datei (MSPDI)',
    ],
    [() => en.tooDeep('plan.xml', 7, 200), 'plan.xml: elements nested more than 200 deep (line 7); expected an MS Project XML file (MSPDI)'],
    [
      () => de.tooDeep('plan.xml', 7, 200),
      'plan.xml: Elemente mehr als 200 Ebenen tief verschachtelt (Zeile 7); erwartet wird eine MS-Project-XML-Datei (MSPDI)',
    ],
    [() => en.notMspdi('plan.xml', 'html'), 'plan.xml: not an MS Project XML file (MSPDI): expected the root element <Project>, found <html>'],
    [() => de.notMspdi('plan.xml', 'html'), 'plan.xml: keine MS-Project-XML-Datei (MSPDI): erwartet wird das Wurzelelement <Project>, gefunden <html>'],
    [() => en.missing('plan.xml', 'tasks'), 'plan.xml: the MS Project XML has no tasks; a plan needs it'],
    [() => de.missing('plan.xml', 'Vorgänge'), 'plan.xml: der MS-Project-XML fehlt Vorgänge; ein Plan braucht das'],
    [() => en.unreadable('plan.xml', 'EACCES'), 'cannot read plan.xml: EACCES'],
    [() => de.unreadable('plan.xml', 'EACCES'), 'plan.xml kann nicht gelesen werden: EACCES'],
    [() => en.exists('plans/a.mdx'), 'plans/a.mdx exists already; import refuses to overwrite a plan (choose another --plan ID or remove the file)'],
    [() => de.exists('plans/a.mdx'), 'plans/a.mdx gibt es schon; import überschreibt keinen Plan (eine andere --plan ID wählen oder die Datei entfernen)'],
    [() => en.noRoles('content/roles'), "no roles in content/roles: a plan's team needs roles to refer to"],
    [() => de.noRoles('content/roles'), 'keine Rollen in content/roles: das Team eines Plans braucht Rollen, auf die es verweist'],
    [() => en.wrote('plans/a.mdx', 0), 'wrote plans/a.mdx; check it with: npx kickoff validate'],
    [() => en.wrote('plans/a.mdx', 2), 'wrote plans/a.mdx with 2 finding(s) above: what the plan cannot express; check it with: npx kickoff validate'],
    [() => de.wrote('plans/a.mdx', 0), 'plans/a.mdx geschrieben; prüfen mit: npx kickoff validate'],
    [() => de.wrote('plans/a.mdx', 1), 'plans/a.mdx geschrieben, mit 1 Befund oben: was der Plan nicht ausdrücken kann; prüfen mit: npx kickoff validate'],
    [() => de.wrote('plans/a.mdx', 3), 'plans/a.mdx geschrieben, mit 3 Befunden oben: was der Plan nicht ausdrücken kann; prüfen mit: npx kickoff validate'],
    [() => en.finding('task “A”', 'left out'), 'import: task “A”: left out'],
    [() => de.finding('Vorgang „A“', 'entfällt'), 'import: Vorgang „A“: entfällt'],
    [() => en.body('plan.xml'), 'Imported from MS Project (plan.xml).\n'],
    [() => de.body('plan.xml'), 'Aus MS Project übernommen (plan.xml).\n'],
    [() => en.task('Build'), 'task “Build”'],
    [() => de.task('Bau'), 'Vorgang „Bau“'],
    [() => en.resource('Ann'), 'resource “Ann”'],
    [() => de.resource('Ann'), 'Ressource „Ann“'],
  ]);
});

describe('what a plan cannot say', () => {
  testWordings([
    [() => en.linkType('A', 'start-to-start'), 'the start-to-start link from “A” is left out: a plan has finish-to-start links only'],
    [() => de.linkType('A', 'Anfang-Anfang'), 'die Anfang-Anfang-Verknüpfung von „A“ entfällt: ein Plan kennt nur Ende-Anfang-Verknüpfungen'],
    [() => en.lead('A'), "the negative lag (lead) after “A” is taken as 0: a plan's lags are 0 or more working days"],
    [() => de.lead('A'), 'der negative Zeitabstand (Vorlauf) nach „A“ wird 0: im Plan ist der Abstand 0 oder mehr Arbeitstage'],
    [() => en.lagRounded('A', 2), 'the lag after “A” is not whole working days; rounded up to 2'],
    [() => de.lagRounded('A', 2), 'der Zeitabstand nach „A“ ist keine ganze Zahl von Arbeitstagen; aufgerundet auf 2'],
    [() => en.lagFormat('A', 8), 'the lag after “A” is in elapsed time or per cent; taken as working days of 8 hours'],
    [() => de.lagFormat('A', 7.5), 'der Zeitabstand nach „A“ ist in fortlaufender Zeit oder Prozent angegeben; als Arbeitstage zu 7.5 Stunden übernommen'],
    [() => en.elapsedDuration(24, 3, 8), 'its duration is elapsed time, 24 hours around the clock; taken as working time: 3 working days of 8 hours'],
    [() => en.elapsedDuration(8, 1, 8), 'its duration is elapsed time, 8 hours around the clock; taken as working time: 1 working day of 8 hours'],
    [
      () => de.elapsedDuration(24, 3.2, 7.5),
      'die Dauer ist fortlaufende Zeit, 24 Stunden rund um die Uhr; als Arbeitszeit übernommen: 3.2 Arbeitstage zu 7.5 Stunden',
    ],
    [() => de.elapsedDuration(8, 1, 8), 'die Dauer ist fortlaufende Zeit, 8 Stunden rund um die Uhr; als Arbeitszeit übernommen: 1 Arbeitstag zu 8 Stunden'],
    [() => en.unknownPredecessor('17'), 'the link from task UID 17 is left out: no such task, or it is a summary task'],
    [() => de.unknownPredecessor('17'), 'die Verknüpfung von Vorgang UID 17 entfällt: kein solcher Vorgang, oder ein Sammelvorgang'],
    [() => en.constraint('finish no later than'), 'the constraint “finish no later than” is left out: a plan knows only “start no earlier than”'],
    [() => de.constraint('Ende nicht später als'), 'die Einschränkung „Ende nicht später als“ entfällt: ein Plan kennt nur „Anfang nicht früher als“'],
    [() => en.durationRounded(3), 'its duration is not whole working days; rounded up to 3'],
    [() => de.durationRounded(3), 'die Dauer ist keine ganze Zahl von Arbeitstagen; aufgerundet auf 3'],
    [() => en.skippedTask('an inactive task'), 'left out: an inactive task'],
    [() => de.skippedTask('ein inaktiver Vorgang'), 'entfällt: ein inaktiver Vorgang'],
    [() => en.repeatedUid('5', 'A'), 'its UID 5 is that of “A” already'],
    [() => de.repeatedUid('5', 'A'), 'die UID 5 hat schon „A“'],
    [() => en.unknownResource('9'), 'the assignment of resource UID 9 is left out: no such work resource'],
    [() => de.unknownResource('9'), 'die Zuordnung der Ressource UID 9 entfällt: keine solche Arbeitsressource'],
    [() => en.priorityZero, "priority 0, MS Project's lowest, is taken as 1, a plan's lowest"],
    [() => de.priorityZero, 'die Priorität 0, die niedrigste in MS Project, wird 1, die niedrigste eines Plans'],
    [() => en.unnamedResource, 'no name (<Name>): named after its UID; give the person their name in the plan'],
    [() => de.unnamedResource, 'kein Name (<Name>): nach ihrer UID benannt; der Person im Plan ihren Namen geben'],
    [() => en.unnamedTask, 'no name (<Name>): titled after its UID; give the task its title in the plan'],
    [() => de.unnamedTask, 'kein Name (<Name>): nach ihrer UID betitelt; der Aufgabe im Plan ihren Titel geben'],
    [() => en.capacityCut(2), 'maximum units 2 are more than one person; capacity set to 1'],
    [() => de.capacityCut(2), 'die maximale Einheit 2 ist mehr als eine Person; Kapazität auf 1 gesetzt'],
    [() => en.noRole('Dev', 'lead'), 'the group “Dev” matches no role; role set to `lead`, check it'],
    [() => de.noRole('Dev', 'lead'), 'die Gruppe „Dev“ entspricht keiner Rolle; Rolle auf `lead` gesetzt, bitte prüfen'],
    [() => en.noGroup('lead'), 'no group (<Group>) names a role; role set to `lead`, check it'],
    [() => de.noGroup('lead'), 'keine Gruppe (<Group>) nennt eine Rolle; Rolle auf `lead` gesetzt, bitte prüfen'],
    [() => en.noCompany('Plan A'), 'no company (<Company>): customer set to “Plan A”'],
    [() => de.noCompany('Plan A'), 'keine Firma (<Company>): Kunde auf „Plan A“ gesetzt'],
    [() => en.noAuthor('Plan A'), 'no author or manager (<Author>, <Manager>): vendor set to “Plan A”'],
    [() => de.noAuthor('Plan A'), 'kein Autor oder Manager (<Author>, <Manager>): Anbieter auf „Plan A“ gesetzt'],
    [
      () => en.workingException('2027-03-06', '2027-03-07'),
      "the extra working time 2027-03-06 – 2027-03-07 is left out: a plan's calendar can only add days off",
    ],
    [
      () => de.workingException('2027-03-06', '2027-03-07'),
      'die zusätzliche Arbeitszeit 2027-03-06 – 2027-03-07 entfällt: der Kalender eines Plans kann nur freie Tage hinzufügen',
    ],
    [
      () => en.publicHolidays('DE', '2027-05-01'),
      'the public holidays of DE on 2027-05-01 are working days in the file; the plan treats them as days off (set calendar.region or choose another)',
    ],
    [
      () => de.publicHolidays('DE', '2027-05-01'),
      'die Feiertage von DE am 2027-05-01 sind in der Datei Arbeitstage; der Plan behandelt sie als frei (calendar.region setzen oder eine andere wählen)',
    ],
    [() => en.regionGuessed('DE'), 'the calendar names no region; DE is assumed for public holidays, check calendar.region'],
    [() => de.regionGuessed('DE'), 'der Kalender nennt keine Region; für die Feiertage wird DE angenommen, calendar.region prüfen'],
    [() => en.statusDateMissing('2027-03-10'), 'actual dates without a status date (<StatusDate>): status date set to the latest of them, 2027-03-10'],
    [() => de.statusDateMissing('2027-03-10'), 'Ist-Termine ohne Statusdatum (<StatusDate>): Stichtag auf den spätesten gesetzt, 2027-03-10'],
    [
      () => en.statusDateDropped('2027-03-10'),
      'the status date 2027-03-10 is left out: the file records no actual dates, and a status date alone would move all planned work after it',
    ],
    [
      () => de.statusDateDropped('2027-03-10'),
      'das Statusdatum 2027-03-10 entfällt: die Datei enthält keine Ist-Termine, und ein Stichtag allein würde alle geplante Arbeit dahinter schieben',
    ],
    [
      () => en.statusDateMoved('2027-03-01', '2027-03-10'),
      'the status date 2027-03-01 lies before recorded actual dates; set to the latest of them, 2027-03-10',
    ],
    [
      () => de.statusDateMoved('2027-03-01', '2027-03-10'),
      'das Statusdatum 2027-03-01 liegt vor erfassten Ist-Terminen; auf den spätesten gesetzt, 2027-03-10',
    ],
  ]);
});

describe('why a file is refused at an element, with its line', () => {
  testWordings([
    [
      () => en.roots('plan.xml', 4),
      'plan.xml: the document has more than one root element (the second on line 4); expected an MS Project XML file (MSPDI) with the one root element <Project>',
    ],
    [
      () => de.roots('plan.xml', 4),
      'plan.xml: das Dokument hat mehr als ein Wurzelelement (das zweite in Zeile 4); erwartet wird eine MS-Project-XML-Datei (MSPDI) mit dem einen Wurzelelement <Project>',
    ],
    [() => en.atLine('plan.xml', 12, 'what is wrong'), 'plan.xml:12: what is wrong'],
    [() => de.atLine('plan.xml', 12, 'was falsch ist'), 'plan.xml:12: was falsch ist'],
    [() => en.taskWithoutUid('Build', '3'), 'the task “Build” (ID 3) has no <UID>; links and assignments name a task by it'],
    [() => en.taskWithoutUid(undefined, undefined), 'the task has no <UID>; links and assignments name a task by it'],
    [() => de.taskWithoutUid('Bau', '3'), 'der Vorgang „Bau“ (ID 3) hat keine <UID>; Verknüpfungen und Zuordnungen nennen einen Vorgang über sie'],
    [() => de.taskWithoutUid(undefined, undefined), 'der Vorgang hat keine <UID>; Verknüpfungen und Zuordnungen nennen einen Vorgang über sie'],
    [() => en.linkWithoutPredecessor('task “B”'), 'a link (<PredecessorLink>) of task “B” has no <PredecessorUID>: it names no predecessor'],
    [
      () => de.linkWithoutPredecessor('Vorgang „B“'),
      'eine Verknüpfung (<PredecessorLink>) von Vorgang „B“ hat keine <PredecessorUID>: sie nennt keinen Vorgänger',
    ],
    [() => en.assignmentWithout('TaskUID'), 'an assignment (<Assignment>) has no <TaskUID>: it names no task or no resource'],
    [() => de.assignmentWithout('ResourceUID'), 'eine Zuordnung (<Assignment>) hat keine <ResourceUID>: sie nennt keinen Vorgang oder keine Ressource'],
    [() => en.notExpected('LinkLag', 'abc', en.aNumber), '<LinkLag> is “abc”; expected a number in digits, such as 12 or 0.75'],
    [() => de.notExpected('LinkLag', 'abc', de.aNumber), '<LinkLag> ist „abc“; erwartet wird eine Zahl in Ziffern, wie 12 oder 0.75'],
    [() => en.notExpected('Milestone', 'yes', en.aFlag), '<Milestone> is “yes”; expected 1 or 0 (true or false)'],
    [() => de.notExpected('Milestone', 'yes', de.aFlag), '<Milestone> ist „yes“; erwartet wird 1 oder 0 (true oder false)'],
    [
      () => en.notExpected('MinutesPerDay', '0', en.positiveMinutes),
      '<MinutesPerDay> is “0”; expected a positive number of minutes (480 for working days of 8 hours)',
    ],
    [
      () => de.notExpected('MinutesPerDay', '0', de.positiveMinutes),
      '<MinutesPerDay> ist „0“; erwartet wird eine positive Zahl von Minuten (480 für Arbeitstage von 8 Stunden)',
    ],
    [() => en.notExpected('Priority', '1001', en.wholeNumber(0, 1000)), '<Priority> is “1001”; expected a whole number from 0 to 1000'],
    [() => de.notExpected('Priority', '1001', de.wholeNumber(0, 1000)), '<Priority> ist „1001“; erwartet wird eine ganze Zahl von 0 bis 1000'],
    [() => en.notExpected('MaxUnits', '0', en.positiveUnits), '<MaxUnits> is “0”; expected a number above 0 (1 for a person full time, 0.5 for half time)'],
    [
      () => de.notExpected('MaxUnits', '0', de.positiveUnits),
      '<MaxUnits> ist „0“; erwartet wird eine Zahl über 0 (1 für eine Person in Vollzeit, 0.5 für halbe Zeit)',
    ],
    [
      () => en.notExpected('StartDate', '2200-01-01T08:00:00', en.aKickoffDate({ first: 1901, last: 2199 })),
      '<StartDate> is “2200-01-01T08:00:00”; expected a date in the years 1901 to 2199, those a kick-off may lie in',
    ],
    [
      () => de.notExpected('StartDate', '2200-01-01T08:00:00', de.aKickoffDate({ first: 1901, last: 2199 })),
      '<StartDate> ist „2200-01-01T08:00:00“; erwartet wird ein Datum in den Jahren 1901 bis 2199, in denen ein Kick-off liegen kann',
    ],
    [() => en.notExpected('Deadline', 'soon', en.aDate), '<Deadline> is “soon”; expected a date such as 2027-03-01T08:00:00, of a day that exists'],
    [() => de.notExpected('Deadline', 'bald', de.aDate), '<Deadline> ist „bald“; erwartet wird ein Datum wie 2027-03-01T08:00:00, eines Tages, den es gibt'],
    [
      () => en.durationNotUnderstood('Duration', 'P2W'),
      'the duration “P2W” in <Duration> is not understood; expected hours, minutes and seconds such as PT8H0M0S (weeks, months and years have no fixed length in working time)',
    ],
    [
      () => de.durationNotUnderstood('Duration', 'P2W'),
      'die Dauer „P2W“ in <Duration> wird nicht verstanden; erwartet werden Stunden, Minuten und Sekunden wie PT8H0M0S (Wochen, Monate und Jahre haben in Arbeitszeit keine feste Länge)',
    ],
  ]);
});
