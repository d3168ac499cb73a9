import type { CollectionName } from '../registry/collection-names.ts';
import type { PlanExport } from '../../integration/routes.ts';
import type { Cadence } from '../schema/cadences.ts';
import { SCHEDULE_DAYS, SCHEDULE_YEARS } from '../dates.ts';
import { dayFormatter } from './day-text.ts';
import { pluralWord } from './plural.ts';
import { signed } from './signed.ts';

/**
 * Every text a reader or an author sees, in German. It is the reference table: its shape is the
 * type `Translation`, which every other language must match key for key.
 */

const count = (value: number, one: string, many: string) => `${value} ${pluralWord('de', value, one, many)}`;
/** `2027-03-01` → `01.03.2027`: unambiguous in running text. */
const shortDate = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
};
/** How readers read a day on the site (`1. Feb. 2027`). */
const readerDate = dayFormatter('de-DE', { day: 'numeric', month: 'short', year: 'numeric' });
const percent = (value: number, digits = 0) => `${(Math.round(value * 10 ** digits) / 10 ** digits).toLocaleString('de-DE')}\u00a0%`;

const collections: Record<CollectionName, { one: string; many: string; intro: string }> = {
  roles: { one: 'Rolle', many: 'Rollen', intro: 'Wer am Kick-off-Tisch sitzt und wofür er im Projekt verantwortlich ist.' },
  phases: { one: 'Phase', many: 'Phasen', intro: 'Die Standardphasen der Einführung mit ihrem Zielzustand.' },
  checklists: { one: 'Checkliste', many: 'Checklisten', intro: 'Zum Ausdrucken und Abhaken, nach Phasen geordnet.' },
  risks: { one: 'Risiko', many: 'Risiken', intro: 'Was typischerweise schiefgeht, woran man es früh erkennt und was dagegen hilft.' },
  meetings: { one: 'Termin', many: 'Termine', intro: 'Die regelmäßigen Termine, die das Kick-off einrichtet: wer kommt, wie oft, was auf den Tisch kommt.' },
  glossary: { one: 'Begriff', many: 'Glossar', intro: 'Welches Wort wir für welche Sache verwenden – und welche Wörter wir dafür meiden.' },
  plans: { one: 'Plan', many: 'Pläne', intro: 'Die Projektpläne mit berechneten Terminen.' },
  snapshots: { one: 'Planstand', many: 'Planstände', intro: 'Festgehaltene Terminstände eines Plans: die Basislinie und die Stände danach.' },
  home: { one: 'Startseite', many: 'Startseite', intro: 'Die erste Seite des Playbooks: Einleitung, erste Schritte und wohin sie führen.' },
};

/** What an author calls the kinds of value zod checks for. */
const TYPE_NAMES: Partial<Record<string, string>> = {
  string: 'ein Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: '`true` oder `false`',
  array: 'eine Liste (Zeilen mit `- `)',
  object: 'eine Gruppe von Feldern (`feld: wert`)',
  date: 'ein Datum JJJJ-MM-TT',
};

const cadences: Record<Cadence, string> = {
  once: 'einmalig',
  daily: 'täglich',
  weekly: 'wöchentlich',
  biweekly: 'alle zwei Wochen',
  monthly: 'monatlich',
  'phase-end': 'zum Ende jeder Phase',
};

export const de = {
  format: {
    readerDate,
    shortDate,
    percent,
    ogLocale: 'de_DE',
  },
  collections,
  ui: {
    siteName: 'Kick-off-Playbook',
    skipToContent: 'Zum Inhalt springen',
    /** The heading of a body's footnotes (read by screen readers) and the label of the link back to reference n (`2` or, for its second use, `2-2`). */
    footnotes: 'Fußnoten',
    footnoteBack: (reference: string) => `Zurück zum Verweis ${reference}`,
    home: 'Start',
    printAll: 'Gesamtes Playbook drucken',
    search: 'Suchen',
    searchShortcut: 'Strg K',
    searchType: 'Typ',
    theme: 'Farbschema',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    themeAuto: 'Automatisch',
    breadcrumbs: 'Brotkrumen',
    mainNav: 'Hauptnavigation',
    previous: 'Vorherige Phase',
    next: 'Nächste Phase',
    lastUpdated: 'Zuletzt geändert',
    targetState: 'Zielzustand',
    entryCriteria: 'Eingangskriterien',
    deliverables: 'Ergebnisse',
    typicalDuration: 'Typische Dauer',
    dependsOn: 'Setzt voraus',
    milestone: 'Meilenstein',
    raci: 'Verantwortung (RACI)',
    responsible: 'Durchführung (R)',
    accountable: 'Verantwortlich (A)',
    consulted: 'Beratend (C)',
    informed: 'Informiert (I)',
    weeks: 'Wochen',
    days: 'Arbeitstage',
    customer: 'Kunde',
    vendor: 'Anbieter',
    kickoffAttendance: 'Teilnahme am Kick-off',
    attendance: { required: 'Pflicht', recommended: 'empfohlen', optional: 'optional' },
    avoidTerms: 'Nicht verwenden',
    responsibilities: 'Aufgaben',
    raciAcrossPhases: 'RACI über alle Phasen',
    item: 'Punkt',
    due: 'Fällig',
    done: 'Erledigt',
    notes: 'Notizen',
    critical: 'kritisch',
    criticalItem: 'Muss erledigt sein, bevor die Phase beginnt',
    signature: 'Datum, Unterschrift',
    workingDaysRelative: (n: number) =>
      n === 0
        ? 'am Phasenstart'
        : n < 0
          ? `${count(-n, 'Arbeitstag', 'Arbeitstage')} vor Phasenstart`
          : `${count(n, 'Arbeitstag', 'Arbeitstage')} nach Phasenstart`,
    likelihood: 'Wahrscheinlichkeit',
    impact: 'Auswirkung',
    owner: 'Verantwortlich',
    mitigation: 'Gegenmaßnahme',
    triggers: 'Frühwarnzeichen',
    strategy: 'Strategie',
    level: { low: 'niedrig', medium: 'mittel', high: 'hoch' },
    strategies: { avoid: 'vermeiden', mitigate: 'mindern', transfer: 'übertragen', accept: 'akzeptieren' },
    riskMatrix: 'Risikomatrix: Wahrscheinlichkeit × Auswirkung',
    riskRegister: 'Risikoregister',
    whereItBites: 'Betrifft Phasen',
    status: 'Status',
    statuses: { draft: 'Entwurf', active: 'aktiv', done: 'abgeschlossen' },
    zones: { green: 'grün', yellow: 'gelb', red: 'rot' },
    kickoffDate: 'Kick-off',
    finish: 'Geplantes Ende',
    committedFinish: 'Zugesagtes Ende',
    /** Rule 9a: the finish is that of the work ahead of the buffer's milestone, not the project's end. */
    finishBefore: (milestone: string) => `Geplantes Ende vor „${milestone}“`,
    committedMilestone: (milestone: string) => `Zugesagt für „${milestone}“`,
    allWorkFinish: 'Ende aller Arbeiten',
    p50Before: (milestone: string) => `P50-Ende vor „${milestone}“`,
    p85Before: (milestone: string) => `P85-Ende vor „${milestone}“`,
    buffer: 'Puffer',
    p50: 'P50-Ende',
    p85: 'P85-Ende',
    team: 'Team',
    capacity: 'Kapazität',
    absences: 'Abwesenheiten',
    schedule: 'Terminplan',
    task: 'Aufgabe',
    start: 'Start',
    end: 'Ende',
    float: 'Puffer',
    assignees: 'Zuständig',
    progress: 'Fortschritt',
    deadline: 'Termin',
    readiness: 'Kick-off-Bereitschaft',
    gantt: 'Gantt-Diagramm',
    /** Above the charts of a large plan (see LARGE_PLAN_TASKS): why there are several, and where the arrows are. */
    largePlanGantt: (tasks: number) =>
      `${count(tasks, 'Aufgabe', 'Aufgaben')} passen in kein lesbares Diagramm: Der Überblick zeigt je Phase einen Balken mit ihren Meilensteinen und jede Abhängigkeit zwischen Phasen als Pfeil, darunter folgt je Phase ein Diagramm mit den Pfeilen innerhalb der Phase.`,
    milestones: 'Meilensteine',
    exports: 'Export',
    personalCalendar: (name: string) => `Kalender von ${name} (.ics): eigene Aufgaben, Termine und Abwesenheiten`,
    exportFormats: {
      ics: 'Kalender (.ics)',
      csv: 'Tabelle (.csv)',
      xlsx: 'Excel (.xlsx)',
      xml: 'MS Project (.xml)',
      json: 'Daten (.json)',
      mmd: 'Diagramm (.mmd)',
      tjp: 'TaskJuggler (.tjp)',
    } satisfies Record<PlanExport, string>,
    planRisks: 'Risiken der Phasen dieses Plans',
    availability: 'Verfügbarkeit',
    person: 'Person',
    reasons: { vacation: 'Urlaub', 'trade-fair': 'Messe', sickness: 'Krankheit', training: 'Schulung', other: 'Sonstiges' },
    bufferMethods: { none: 'kein Puffer', percent: 'Prozent', fixed: 'fest', rss: 'Wurzel der Quadratsumme (RSS)' },
    workingDaysShort: 'AT',
    workingDays: 'Arbeitstage',
    slipLegend: 'so viele Arbeitstage endet eine Aufgabe später als in der Basislinie (−: früher)',
    whereToStart: 'Wo anfangen?',
    checklistForPlan: 'Checkliste für diesen Plan',
    printChecklist: 'Drucken',
    pdf: 'PDF',
    notFound: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oder die Startseite.',
    contents: 'Inhalt',
    /** The footer of printed pages: "Seite 3 von 23". */
    pageOfPages: { page: 'Seite', of: 'von' },
    /** The print page when the whole playbook is too long for one PDF (see lib/pdf/pdf-parts.ts). */
    pdfParts: {
      note: 'Gedruckt ist das ganze Playbook zu lang für eine Datei; es gibt daher ein PDF je Teil:',
      part: (part: string) => `${part} (PDF)`,
    },
    binder: {
      title: 'Projektmappe',
      pdf: 'Projektmappe (PDF)',
      lead: 'Die Unterlage für den Kick-off',
      keyFigures: 'Kennzahlen',
      version: 'Fassung vom',
    },
    diagramFallback: 'Das Diagramm wird im Browser gezeichnet. Die Tabelle unten enthält dieselben Termine.',
    sitemap: 'Sitemap',
    cadence: 'Rhythmus',
    cadences,
    meetingDuration: 'Dauer',
    minutes: (n: number) => `${n} Minuten`,
    chair: 'Leitung',
    participants: 'Teilnehmende',
    agenda: 'Tagesordnung',
    inputs: 'Vorzubereiten',
    outputs: 'Ergebnisse',
    whenItRuns: 'Findet statt in',
    wholeProject: 'während des ganzen Projekts',
    meetingsOfRole: 'Termine dieser Rolle',
  },
  home: {
    required: 'Pflichtrollen beim Kick-off',
    roles: 'Rollen beim Kick-off',
    checklists: 'Checklisten für den Anfang',
  },
  readiness: {
    roles: 'Alle Pflichtrollen sind im Team besetzt – auch die Entwicklung des Anbieters.',
    buffer:
      'Ein Puffer in der Höhe und an der Stelle, die das Playbook verlangt (ohne Regel: mindestens 10 %), fängt Tagesgeschäft, Krankheit, Urlaub, Messen und Fehleinschätzungen auf.',
    checklists: 'Was das Playbook vor einer Phase erledigt haben will, ist vor ihrem Beginn fällig.',
    availability: 'Niemand ist während einer Aufgabe mit fester Dauer abwesend.',
    capacity: 'Niemand ist über seine zugesagte Kapazität verplant.',
    deadlines: 'Alle Termine werden im Plan gehalten.',
    confidence: 'Mit 85 % Wahrscheinlichkeit ist das Projekt zum zugesagten Ende fertig.',
    calendar: 'Der Kick-off liegt auf einem Arbeitstag.',
    tracking: 'Zum Stichtag ist nichts verspätet, alles in der richtigen Reihenfolge begonnen und der Puffer hält.',
  },
  diagram: {
    otherTasks: 'Weitere Aufgaben',
    bufferSection: 'Puffer',
    /** Title of a large plan's overview chart. */
    overviewTitle: (plan: string) => `${plan}: Überblick nach Phasen`,
    /** Label of a phase's summary bar in the overview chart. */
    phaseBar: (tasks: number) => count(tasks, 'Aufgabe', 'Aufgaben'),
    bufferBar: (days: number) => `Puffer (${count(days, 'Arbeitstag', 'Arbeitstage')})`,
    ganttDescription: (f: GanttFacts) =>
      `Gantt-Diagramm mit ${count(f.tasks, 'Aufgabe', 'Aufgaben')} und ${count(f.milestones, 'Meilenstein', 'Meilensteinen')} ` +
      `in ${count(f.sections, 'Abschnitt', 'Abschnitten')} vom ${readerDate(f.start)} bis ${readerDate(f.finish)}; ` +
      `${f.critical} davon auf dem kritischen Pfad. ` +
      (f.bufferDays > 0
        ? `Puffer: ${count(f.bufferDays, 'Arbeitstag', 'Arbeitstage')} bis zum zugesagten Ende am ${readerDate(f.committedFinish)}.`
        : `Kein Puffer; zugesagtes Ende am ${readerDate(f.committedFinish)}.`) +
      (f.statusDate ? ` Stichtag ${readerDate(f.statusDate)}: Erledigtes und Laufendes sind markiert.` : '') +
      (f.moved > 0
        ? ` ${count(f.moved, 'Aufgabe endet', 'Aufgaben enden')} anders als in der Basislinie; die Abweichung in Arbeitstagen (AT) steht hinter dem Titel.`
        : ''),
    /** `date` as the reader reads it (formatDate). */
    statusLine: (date: string) => `Stichtag ${date}`,
    /** A task that finishes off its baseline: its title and the slip in working days (AT), short enough to sit beside its bar. */
    baselineSlip: (title: string, slip: number) => `${title} (${signed(slip)} AT)`,
    /**
     * The words of a gantt bar's tooltip (`<title>`, see diagram/gantt-bar-titles.ts): mermaid's own
     * hover text does not survive into an exported SVG, so the people and the float are written in.
     */
    barTitle: {
      assignees: 'Zuständig',
      nobody: 'niemand',
      float: 'Gesamtpuffer',
      done: 'erledigt',
      criticalPath: 'kritischer Pfad',
      workingDays: (days: number) => count(days, 'Arbeitstag', 'Arbeitstage'),
    },
    noDeadline: 'keine Frist',
    /** `deadline` as the reader reads dates (formatDate). */
    deadlineMet: (deadline: string) => `Frist ${deadline} eingehalten`,
    deadlineMissed: (deadline: string) => `Frist ${deadline} verfehlt`,
    deadlineChance: (chance: number) => `Wahrscheinlichkeit ${percent(chance * 100)}`,
    committedFinish: 'Zugesagtes Projektende',
    noMilestones: 'Keine Meilensteine geplant',
    milestoneDescription: (f: MilestoneFacts) =>
      (f.span === undefined
        ? 'Keine Meilensteine geplant. '
        : `${count(f.milestones, 'Meilenstein', 'Meilensteine')} vom ${readerDate(f.span.first)} bis ${readerDate(f.span.last)}; ` +
          `${count(f.met, 'Frist', 'Fristen')} eingehalten, ${f.missed} verfehlt. `) + `Zugesagtes Projektende am ${readerDate(f.committedFinish)}.`,
    phaseFlowchartTitle: 'Standardphasen und ihre Abhängigkeiten',
    phaseFlowchartDescription: (phases: readonly { title: string; after: string[] }[]) =>
      `Ablauf mit ${count(phases.length, 'Phase', 'Phasen')}: ` +
      phases.map((phase) => (phase.after.length ? `${phase.title} (nach ${phase.after.join(', ')})` : phase.title)).join('; ') +
      '.',
  },
  /** `kickoff import`: what an MS Project file held that a plan cannot say, and why a file is refused. */
  importer: {
    notXml: (file: string, line: number, detail: string) =>
      `${file}: kein wohlgeformtes XML (Zeile ${line}: ${detail}); erwartet wird eine MS-Project-XML-Datei (MSPDI)`,
    tooDeep: (file: string, line: number, depth: number) =>
      `${file}: Elemente mehr als ${depth} Ebenen tief verschachtelt (Zeile ${line}); erwartet wird eine MS-Project-XML-Datei (MSPDI)`,
    roots: (file: string, line: number) =>
      `${file}: das Dokument hat mehr als ein Wurzelelement (das zweite in Zeile ${line}); erwartet wird eine MS-Project-XML-Datei (MSPDI) mit dem einen Wurzelelement <Project>`,
    notMspdi: (file: string, root: string) => `${file}: keine MS-Project-XML-Datei (MSPDI): erwartet wird das Wurzelelement <Project>, gefunden <${root}>`,
    missing: (file: string, what: string) => `${file}: der MS-Project-XML fehlt ${what}; ein Plan braucht das`,
    startDate: 'das Anfangsdatum des Projekts (<StartDate>)',
    tasks: 'jeder Vorgang (<Tasks> mit mindestens einem Vorgang, der kein Sammelvorgang ist)',
    resources: 'jede Arbeitsressource (<Resources> mit mindestens einer Person, das Team)',
    atLine: (file: string, line: number, problem: string) => `${file}:${line}: ${problem}`,
    taskWithoutUid: (name: string | undefined, id: string | undefined) =>
      `der Vorgang${name === undefined ? '' : ` „${name}“`}${id === undefined ? '' : ` (ID ${id})`} hat keine <UID>; Verknüpfungen und Zuordnungen nennen einen Vorgang über sie`,
    linkWithoutPredecessor: (task: string) => `eine Verknüpfung (<PredecessorLink>) von ${task} hat keine <PredecessorUID>: sie nennt keinen Vorgänger`,
    assignmentWithout: (element: string) => `eine Zuordnung (<Assignment>) hat keine <${element}>: sie nennt keinen Vorgang oder keine Ressource`,
    notExpected: (element: string, found: string, expected: string) => `<${element}> ist „${found}“; erwartet wird ${expected}`,
    aNumber: 'eine Zahl in Ziffern, wie 12 oder 0.75',
    aFlag: '1 oder 0 (true oder false)',
    aDate: 'ein Datum wie 2027-03-01T08:00:00, eines Tages, den es gibt',
    wholeNumber: (min: number, max: number) => `eine ganze Zahl von ${min} bis ${max}`,
    positiveUnits: 'eine Zahl über 0 (1 für eine Person in Vollzeit, 0.5 für halbe Zeit)',
    aKickoffDate: (p: { first: number; last: number }) => `ein Datum in den Jahren ${p.first} bis ${p.last}, in denen ein Kick-off liegen kann`,
    positiveMinutes: 'eine positive Zahl von Minuten (480 für Arbeitstage von 8 Stunden)',
    durationNotUnderstood: (element: string, found: string) =>
      `die Dauer „${found}“ in <${element}> wird nicht verstanden; erwartet werden Stunden, Minuten und Sekunden wie PT8H0M0S (Wochen, Monate und Jahre haben in Arbeitszeit keine feste Länge)`,
    unreadable: (file: string, reason: string) => `${file} kann nicht gelesen werden: ${reason}`,
    exists: (file: string) => `${file} gibt es schon; import überschreibt keinen Plan (eine andere --plan ID wählen oder die Datei entfernen)`,
    planOption: 'import DATEI.xml --plan ID',
    invalidPlan: (file: string, plan: string, errors: number) =>
      `${file} ergäbe einen Plan ${plan} mit ${errors === 1 ? 'dem Fehler' : `${errors} Fehlern`} oben; nichts geschrieben (die Werte dahinter in der XML-Datei berichtigen)`,
    noRoles: (folder: string) => `keine Rollen in ${folder}: das Team eines Plans braucht Rollen, auf die es verweist`,
    wrote: (file: string, findings: number) =>
      `${file} geschrieben${findings > 0 ? `, mit ${count(findings, 'Befund', 'Befunden')} oben: was der Plan nicht ausdrücken kann` : ''}; prüfen mit: npx kickoff validate`,
    finding: (subject: string, message: string) => `import: ${subject}: ${message}`,
    body: (file: string) => `Aus MS Project übernommen (${file}).\n`,
    task: (name: string) => `Vorgang „${name}“`,
    resource: (name: string) => `Ressource „${name}“`,
    project: 'Projekt',
    calendar: 'Kalender',
    linkType: (predecessor: string, type: string) => `die ${type}-Verknüpfung von „${predecessor}“ entfällt: ein Plan kennt nur Ende-Anfang-Verknüpfungen`,
    lead: (predecessor: string) => `der negative Zeitabstand (Vorlauf) nach „${predecessor}“ wird 0: im Plan ist der Abstand 0 oder mehr Arbeitstage`,
    lagRounded: (predecessor: string, days: number) => `der Zeitabstand nach „${predecessor}“ ist keine ganze Zahl von Arbeitstagen; aufgerundet auf ${days}`,
    lagFormat: (predecessor: string, hoursPerDay: number) =>
      `der Zeitabstand nach „${predecessor}“ ist in fortlaufender Zeit oder Prozent angegeben; als Arbeitstage zu ${hoursPerDay} Stunden übernommen`,
    elapsedDuration: (hours: number, days: number, hoursPerDay: number) =>
      `die Dauer ist fortlaufende Zeit, ${hours} Stunden rund um die Uhr; als Arbeitszeit übernommen: ${count(days, 'Arbeitstag', 'Arbeitstage')} zu ${hoursPerDay} Stunden`,
    unknownPredecessor: (uid: string) => `die Verknüpfung von Vorgang UID ${uid} entfällt: kein solcher Vorgang, oder ein Sammelvorgang`,
    constraint: (name: string) => `die Einschränkung „${name}“ entfällt: ein Plan kennt nur „Anfang nicht früher als“`,
    mustStartOn: 'die Einschränkung „Muss anfangen am“ wird zu „Anfang nicht früher als“',
    summaryNoPhase: 'Sammelvorgang, dessen Titel keiner Phase des Playbooks entspricht: seine Vorgänge bekommen keine Phase',
    summaryLinks: 'die Verknüpfungen dieses Sammelvorgangs entfallen: ein Plan verknüpft nur Vorgänge',
    durationRounded: (days: number) => `die Dauer ist keine ganze Zahl von Arbeitstagen; aufgerundet auf ${days}`,
    effortWithoutPeople: 'feste Arbeit ohne Arbeitsressourcen: als Vorgang mit Dauer übernommen',
    zeroDuration: 'ein Vorgang ohne Dauer: als Meilenstein übernommen',
    skippedTask: (why: string) => `entfällt: ${why}`,
    external: 'ein externer Vorgang',
    repeatedUid: (uid: string, first: string) => `die UID ${uid} hat schon „${first}“`,
    inactive: 'ein inaktiver Vorgang',
    notWork: 'eine Material- oder Kostenressource, keine Person: entfällt samt ihren Zuordnungen',
    unknownResource: (uid: string) => `die Zuordnung der Ressource UID ${uid} entfällt: keine solche Arbeitsressource`,
    priorityZero: 'die Priorität 0, die niedrigste in MS Project, wird 1, die niedrigste eines Plans',
    unnamedResource: 'kein Name (<Name>): nach ihrer UID benannt; der Person im Plan ihren Namen geben',
    unnamedTask: 'kein Name (<Name>): nach ihrer UID betitelt; der Aufgabe im Plan ihren Titel geben',
    capacityCut: (units: number) => `die maximale Einheit ${units} ist mehr als eine Person; Kapazität auf 1 gesetzt`,
    noRole: (group: string, role: string) => `die Gruppe „${group}“ entspricht keiner Rolle; Rolle auf \`${role}\` gesetzt, bitte prüfen`,
    noGroup: (role: string) => `keine Gruppe (<Group>) nennt eine Rolle; Rolle auf \`${role}\` gesetzt, bitte prüfen`,
    noCompany: (title: string) => `keine Firma (<Company>): Kunde auf „${title}“ gesetzt`,
    noAuthor: (title: string) => `kein Autor oder Manager (<Author>, <Manager>): Anbieter auf „${title}“ gesetzt`,
    workingException: (from: string, to: string) =>
      `die zusätzliche Arbeitszeit ${from} – ${to} entfällt: der Kalender eines Plans kann nur freie Tage hinzufügen`,
    publicHolidays: (region: string, days: string) =>
      `die Feiertage von ${region} am ${days} sind in der Datei Arbeitstage; der Plan behandelt sie als frei (calendar.region setzen oder eine andere wählen)`,
    regionGuessed: (region: string) => `der Kalender nennt keine Region; für die Feiertage wird ${region} angenommen, calendar.region prüfen`,
    statusDateMissing: (date: string) => `Ist-Termine ohne Statusdatum (<StatusDate>): Stichtag auf den spätesten gesetzt, ${date}`,
    statusDateDropped: (date: string) =>
      `das Statusdatum ${date} entfällt: die Datei enthält keine Ist-Termine, und ein Stichtag allein würde alle geplante Arbeit dahinter schieben`,
    statusDateMoved: (date: string, latest: string) => `das Statusdatum ${date} liegt vor erfassten Ist-Terminen; auf den spätesten gesetzt, ${latest}`,
  },
  /** The Excel workbook of a plan (`.xlsx`): sheet names, column headers and cell formats. */
  spreadsheet: {
    sheets: { schedule: 'Zeitplan', team: 'Team', milestones: 'Meilensteine' },
    /** Excel number format codes; Excel shows the separators of the reader's own locale. */
    dateFormat: 'dd.mm.yyyy',
    percentFormat: '0 %',
    columns: {
      id: 'ID',
      task: 'Vorgang',
      phase: 'Phase',
      start: 'Anfang',
      finish: 'Ende',
      workingDays: 'Arbeitstage',
      milestone: 'Meilenstein',
      critical: 'Kritisch',
      float: 'Puffer (AT)',
      assignees: 'Zugeordnet',
      dependsOn: 'Vorgänger',
      progress: 'Fortschritt',
      deadline: 'Stichtermin',
      deadlineMet: 'Stichtermin gehalten',
      deadlineChance: 'Chance Stichtermin',
      state: 'Zustand',
      actualStart: 'Ist-Anfang',
      actualFinish: 'Ist-Ende',
      baselineStart: 'Basislinie Anfang',
      baselineFinish: 'Basislinie Ende',
      slip: 'Verzug (AT)',
      person: 'Person',
      role: 'Rolle',
      capacity: 'Kapazität',
      absentFrom: 'Abwesend von',
      absentTo: 'Abwesend bis',
      reason: 'Grund',
      date: 'Termin',
    },
    yes: 'ja',
    no: 'nein',
  },
  calendar: {
    kickoff: 'Kick-off',
    milestone: 'Meilenstein',
    deadline: 'Termin',
    bufferEnd: 'Ende Puffer = zugesagtes Projektende',
    reached: 'erreicht',
    absent: 'Abwesend',
    baseline: 'Basislinie',
    planned: 'geplant',
    met: 'eingehalten',
    missed: 'verfehlt',
  },
  findings: {
    /** How a found value is quoted after what was expected. */
    found: (value: string) => `gefunden: ${value}`,
    nothing: 'nichts',
    foundNone: 'keiner gefunden',
    required: (expected: string) => `Pflichtfeld: ${expected}`,
    // Reading files.
    folder: (problem: string) => `ein Ordner mit .mdx-Dateien (${problem})`,
    foundAFile: 'gefunden: eine Datei',
    noContent: (places: string) => `ein Inhaltsordner mit Einträgen in ${places} (gefunden: keine einzige Eintragsdatei; ist es der richtige Ordner?)`,
    cannotRead: (code: string) => `nicht lesbar: ${code}`,
    readableFile: (problem: string) => `eine lesbare UTF-8-Textdatei (${problem})`,
    binaryData: 'gefunden: Binärdaten',
    notRegularFile: 'gefunden: eine Gerätedatei, eine Pipe oder ein Socket statt einer gewöhnlichen Datei',
    tooLarge: (found: number, max: number) => `gefunden: ${found.toLocaleString('de-DE')} MB; höchstens ${max.toLocaleString('de-DE')} MB`,
    utf16: 'gefunden: UTF-16-Text; die Datei als UTF-8 speichern',
    notUtf8: (byte: string, windows1252: string) => `gefunden: das Byte ${byte}, in Windows-1252 „${windows1252}“; die Datei als UTF-8 speichern`,
    brokenLinkFile: 'gefunden: ein Link ins Leere',
    brokenLink: 'ein Link auf eine vorhandene Datei (gefunden: ein Link ins Leere; die Website lässt diesen Eintrag weg)',
    folderName: (folder: string) => `ein Ordnername ohne \`#\`, \`?\` und \`%\`, die die Website in Dateipfaden nicht lesen kann (gefunden: \`${folder}\`)`,
    fileName: (name: string, extension: string) =>
      `ein Dateiname in Kleinbuchstaben mit Bindestrichen, der zur ID wird, etwa \`data-steward.${extension}\` (gefunden: \`${name}.${extension}\`)`,
    frontMatterMissing: 'YAML-Kopfdaten zwischen zwei `---`-Zeilen am Anfang der Datei (keine gefunden)',
    frontMatterCutShort: (marker: string) =>
      `Kopfdaten ohne Zeile, die mit \`${marker}\` beginnt, vor der schließenden \`---\`-Zeile (gefunden: eine; die Website beendet die Kopfdaten dort, also die Zeile einrücken)`,
    frontMatterNotMap: (found: string) => `Kopfdaten, die eine Zuordnung von Feldern sind (gefunden: ${found})`,
    frontMatterFound: { nothing: 'nichts', list: 'eine Liste', other: (type: string) => `ein Wert vom Typ ${type}` },
    jsonSyntax: (detail: string) => `gültiges JSON (${detail})`,
    jsonTooDeep: (max: number) => `JSON mit höchstens ${max} Ebenen ineinander verschachtelter Listen und Objekte (gefunden: tiefer verschachtelt)`,
    jsonDuplicateKey: (key: string) => `JSON-Objekte mit jedem Feld einmal (gefunden: \`${key}\` ein zweites Mal; JSON behielte nur den letzten Wert)`,
    jsonNotObject: (found: string) => `ein JSON-Objekt mit Feldern (gefunden: ${found})`,
    yamlSyntax: (detail: string) => `gültige YAML-Kopfdaten (${detail})`,
    yamlAliases: (max: number) =>
      `Kopfdaten mit höchstens ${max} YAML-Verweisen (*name) auf Anker (&name), die Werte sonst ausgeschrieben (gefunden: mehr, die den Inhalt vervielfachen)`,
    yamlTooDeep: (max: number) => `Kopfdaten mit höchstens ${max} Ebenen ineinander verschachtelter Listen und Zuordnungen (gefunden: tiefer verschachtelt)`,
    mdxSyntax: (detail: string) => `gültiges MDX (${detail}; \`{\` und \`<\` im Fließtext als \`\\{\` und \`&lt;\` schreiben)`,
    mdxCompilerCrash:
      'MDX, das der MDX-Übersetzer der Website verarbeiten kann (gefunden: einen Text, an dem er abbricht, statt einen Fehler zu melden; bekannt sind ein schließendes Tag wie `</details>` in der Zeile eines Listenpunkts, das in eine eigene Zeile nach einer Leerzeile gehört, und Zitate, Listen, Hervorhebungen oder Klammern, die tausendfach ineinander verschachtelt sind)',
    mdxImport: (found: string) => `kein \`import\` oder \`export\` im Text: Inhalte sind Markdown, die Website stellt alles Weitere (gefunden: \`${found}\`)`,
    mdxComponent: (name: string) =>
      `ein HTML-Element oder Markdown (gefunden: die Komponente \`<${name}>\`, die es auf der Website nicht gibt; ein wörtliches \`<\` als \`&lt;\` schreiben)`,
    mdxExpression: (found: string, name: string | undefined) =>
      `Text oder ein wörtliches \`\\{\` (gefunden: \`{${found}}\`${name ? `; \`${name}\` gibt es beim Erzeugen der Seite nicht` : ', kein gültiger Ausdruck'})`,
    mdxExpressionRun: {
      throws: (found: string, error: string) =>
        `ein Ausdruck, den die Seite beim Erzeugen berechnen kann (gefunden: \`{${found}}\`, das mit ${error} scheitert)`,
      slow: (found: string, ms: number) =>
        `ein Ausdruck, der innerhalb von ${ms} ms endet (gefunden: \`{${found}}\`, nach ${ms} ms noch nicht fertig; die Seite würde nie fertig erzeugt)`,
      memory: (found: string, megabytes: number) =>
        `ein Ausdruck, der mit ${megabytes} MB Speicher auskommt (gefunden: \`{${found}}\`, an dem der Prozess endete, der ihn berechnete; der Bau bräche ebenso ab)`,
      builtIn: (found: string, name: string) =>
        `ein Ausdruck, der nichts Eingebautes verändert (gefunden: \`{${found}}\`, das \`${name}\` ändert; beim Bauen gälte das für alle folgenden Seiten)`,
      object: (found: string, printed: string) =>
        `Text oder eine Zahl, etwa \`{frontmatter.title}\` (gefunden: \`{${found}}\`, das auf der Seite als „${printed}“ erschiene)`,
      function: (found: string) =>
        `Text oder eine Zahl, etwa \`{frontmatter.title}\` (gefunden: \`{${found}}\`, eine Funktion, deren Quelltext auf der Seite erschiene)`,
      waits: (found: string) => `ein Ausdruck ohne \`async\` und \`import()\`, dessen Wert die Seite sofort ausgeben kann (gefunden: \`{${found}}\`)`,
    },
    unknownField: (key: string) => `kein Feld an dieser Stelle; die Schreibweise mit der Anleitung vergleichen (gefunden: \`${key}\`)`,
    // References and structure.
    unknownReference: (one: string, folder: string, value: string) => `die ID eines vorhandenen Eintrags (${one}) in ${folder}/ (gefunden: \`${value}\`)`,
    didYouMean: (id: string) => `; gemeint ist wohl \`${id}\``,
    fieldsHere: (fields: string) => `; die Felder hier sind ${fields}`,
    duplicateId: (id: string, other: string) => `ein Dateiname (ID), der in seiner Sammlung nur einmal vorkommt (gefunden: \`${id}\`, auch ${other})`,
    glossaryTerm: (preferred: string, glossary: string, found: string) =>
      `„${preferred}“, wie es das Glossar festlegt (${glossary}; gefunden: „${found}“; ist das Wort hier gewollt, in den Kopfdaten \`# glossary-allow: ${found}\` vermerken)`,
    duplicateRule: (other: string) => `die Puffer-Regel nur in einer Phase (gefunden: auch in ${other}, die gilt)`,
    duplicateOrder: (order: number, other: string) => `eine Reihenfolge-Nummer, die keine andere Phase hat (gefunden: ${order}, auch in ${other})`,
    phaseCycle: (cycle: string) => `Phasen-Abhängigkeiten ohne Kreis (gefunden: ${cycle})`,
    duplicateItem: (id: string) => `eine ID, die in dieser Checkliste nur einmal vorkommt (gefunden: \`${id}\` zweimal)`,
    unknownRegion: (region: string) => `eine Region mit bekannten Feiertagen, etwa \`DE\`, \`DE-BY\`, \`AT\` oder \`CH-ZH\` (gefunden: \`${region}\`)`,
    duplicatePerson: (id: string) => `eine Personen-ID, die im Plan nur einmal vorkommt (gefunden: \`${id}\` zweimal)`,
    duplicateTask: (id: string) => `eine Aufgaben-ID, die im Plan nur einmal vorkommt (gefunden: \`${id}\` zweimal)`,
    unknownPerson: (id: string) => `die ID einer Person im Team dieses Plans (gefunden: \`${id}\`)`,
    unknownTask: (id: string) => `die ID einer Aufgabe dieses Plans (gefunden: \`${id}\`)`,
    taskCycle: (cycle: string) => `Aufgaben-Abhängigkeiten ohne Kreis (gefunden: ${cycle})`,
    bufferBeforeUnknown: (id: string) => `die ID eines Meilensteins dieses Plans (gefunden: \`${id}\`)`,
    baselineUnknown: (date: string, dates: string) => `das Datum eines Stands dieses Plans in snapshots/ (gefunden: \`${date}\`; Stände: ${dates || 'keine'})`,
    snapshotPlace: (expected: string) => `eine Datei snapshots/PLAN/DATUM.json, deren \`plan\` und \`date\` zu Ordner und Dateiname passen (${expected})`,
    bufferBeforeNotMilestone: (id: string) => `die ID eines Meilensteins, also einer Aufgabe mit \`milestone: true\` (gefunden: \`${id}\`, kein Meilenstein)`,
    // The schedule's own findings (rules 1–11), by code.
    schedule: {
      'required-role-missing': (p: { role: string; roleTitle: string }) =>
        `Die Rolle „${p.roleTitle}“ (${p.role}) muss beim Kick-off dabei sein, aber niemand im Team hat sie.`,
      'no-buffer': () => 'Der Plan hat keinen Puffer. Tagesgeschäft, Krankheit, Urlaub, Messen und Fehleinschätzungen brauchen Reserve (üblich: 15–20 %).',
      'small-buffer': (p: { days: number; percent: number; min: number; source: string | null }) =>
        `Der Puffer von ${p.days} Arbeitstagen ist nur ${percent(p.percent, 1)} der geplanten Laufzeit (weniger als ${percent(p.min, 0)}${p.source ? `, Regel „Mindestpuffer“ in ${p.source}` : ''}).`,
      'buffer-misplaced': (p: { phase: string; milestone: string | null; source: string }) =>
        `Der Puffer muss vor dem Meilenstein der Phase „${p.phase}“ liegen (Regel „Lage des Puffers“ in ${p.source}), liegt aber ${p.milestone ? `vor „${p.milestone}“` : 'am Ende des Plans'}.`,
      'checklist-late': (p: { checklist: string; phase: string; due: string; start: string; source: string }) =>
        `Die Checkliste „${p.checklist}“ muss erledigt sein, bevor die Phase „${p.phase}“ beginnt (Regel in ${p.source}); ihr letzter Punkt ist am ${shortDate(p.due)} fällig, die Phase beginnt am ${shortDate(p.start)}.`,
      'absent-during-task': (p: { person: string; task: string; days: number; first: string }) =>
        `${p.person} ist an ${p.days} Arbeitstag(en) während „${p.task}“ abwesend (ab ${shortDate(p.first)}); die Aufgabe hat feste Dauer und verschiebt sich nicht.`,
      overbooked: (p: { person: string; days: number; first: string; peak: number }) =>
        `${p.person} ist an ${p.days} Arbeitstag(en) über der Kapazität verplant (ab ${shortDate(p.first)}, höchstens ${percent(p.peak * 100, 1)}).`,
      'deadline-missed': (p: { task: string; deadline: string; finish: string }) =>
        `„${p.task}“ endet am ${shortDate(p.finish)}, der Termin ist der ${shortDate(p.deadline)}.`,
      'p85-after-committed': (p: { p85: string; committed: string }) =>
        `Mit 85 % Wahrscheinlichkeit ist das Projekt erst am ${shortDate(p.p85)} fertig – nach dem zugesagten Ende am ${shortDate(p.committed)}.`,
      'kickoff-not-working-day': (p: { kickoff: string; first: string }) =>
        `Der Kick-off am ${shortDate(p.kickoff)} ist kein Arbeitstag; der erste Arbeitstag ist der ${shortDate(p.first)}.`,
      'task-late': (p: { task: string; baselineFinish: string; statusDate: string }) =>
        `„${p.task}“ sollte laut Basislinie am ${shortDate(p.baselineFinish)} fertig sein und ist es zum Stichtag ${shortDate(p.statusDate)} nicht.`,
      'started-early': (p: { task: string; predecessor: string }) => `„${p.task}“ hat begonnen, bevor „${p.predecessor}“ erledigt ist.`,
      'red-zone': (p: { consumption: number; completion: number }) =>
        `Der Puffer ist zu ${percent(p.consumption, 1)} verbraucht, die kritische Kette erst zu ${percent(p.completion, 1)} erledigt: roter Bereich, jetzt gegensteuern.`,
      'buffer-overrun': (p: { days: number; committed: string }) =>
        `Das zugesagte Ende am ${shortDate(p.committed)} ist nicht mehr zu halten: der Plan endet ${count(p.days, 'Arbeitstag', 'Arbeitstage')} später.`,
      'never-finishes': (p: { task: string; reason: 'no-working-days' | 'no-capacity' }) =>
        p.reason === 'no-capacity'
          ? `„${p.task}“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig: die zugewiesenen Personen haben keine freie Kapazität (abwesend oder verplant).`
          : `„${p.task}“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig: es gibt nicht genug Arbeitstage.`,
    },
  },
  /** What a field expects; the schemas name these keys as their zod error messages. */
  schema: {
    id: 'eine ID in Kleinbuchstaben mit Bindestrichen, etwa `data-steward`',
    idFormat: 'eine ID in Kleinbuchstaben mit Bindestrichen, etwa `data-steward` (a–z, 0–9, einzelne Bindestriche)',
    text: 'ein Text',
    nonEmptyText: 'ein nicht leerer Text',
    printableText: (p: { character: string }) => `ein Text aus druckbaren Zeichen (gefunden: ${p.character})`,
    avoidWord: 'ein Wort, oder der Anfang von Wörtern mit `*` dahinter (ein `*` allein stünde für jedes Wort)',
    textList: 'eine Liste von Texten',
    date: 'ein Datum JJJJ-MM-TT',
    existingDate: 'ein existierendes Kalenderdatum JJJJ-MM-TT',
    dateOnOrAfter: (p: { from: string }) => `ein Datum am oder nach \`from\` (${p.from})`,
    wholeNumber: 'eine ganze Zahl',
    positiveWholeNumber: 'eine positive ganze Zahl',
    number: 'eine Zahl',
    positiveNumber: 'eine positive Zahl',
    estimateOrder: (p: { optimistic: unknown; likely: unknown; pessimistic: unknown }) =>
      `\`optimistic\` ≤ \`likely\` ≤ \`pessimistic\` (gefunden: ${p.optimistic} / ${p.likely} / ${p.pessimistic})`,
    region: 'ein Regionscode wie `DE`, `DE-BY`, `AT` oder `CH-ZH`',
    weekday: 'ein Wochentag `mon` … `sun`',
    atLeastOneWeekday: 'mindestens ein Wochentag',
    absenceReason: '`vacation`, `trade-fair`, `sickness`, `training` oder `other`',
    capacity: 'eine Zahl in (0, 1]',
    lag: 'eine ganze Zahl ≥ 0',
    dependency: 'eine Aufgaben-ID oder `{ task, lag }` mit lag als ganzer Zahl von Arbeitstagen ≥ 0',
    duration: 'eine positive ganze Zahl von Arbeitstagen oder { optimistic, likely, pessimistic }',
    effort: 'eine positive Zahl von Personentagen oder { optimistic, likely, pessimistic }',
    milestoneTrue: '`true` (sonst das Feld weglassen)',
    priority: 'eine ganze Zahl 1–1000',
    progress: 'eine ganze Zahl 0–100',
    taskKindNone: 'eines von `duration`, `effort` oder `milestone: true` (keines gefunden)',
    taskKindOnlyOne: (p: { kinds: string[] }) => `nur eines von \`duration\`, \`effort\` und \`milestone\` (gefunden: ${p.kinds.join(' und ')})`,
    effortAssignee: 'mindestens eine zuständige Person für eine Aufgabe mit Aufwand (keine gefunden)',
    titleWithoutPhase: 'ein Titel (Pflicht, wenn keine Phase angegeben ist)',
    bufferMethod: '`none`, `percent`, `fixed` oder `rss`',
    numberAtLeastZero: 'eine Zahl ≥ 0',
    bufferValueRequired: (p: { method: string }) => `ein Wert für die Methode \`${p.method}\` (keiner gefunden)`,
    wholeWorkingDays: 'eine ganze Zahl von Arbeitstagen',
    dueWithinSchedule: `eine ganze Zahl von Arbeitstagen von -${SCHEDULE_DAYS} bis ${SCHEDULE_DAYS}, so viele Tage wie die ${SCHEDULE_YEARS} Jahre, für die ein Plan geplant wird`,
    planStatus: '`draft`, `active` oder `done`',
    atLeastOnePerson: 'mindestens eine Person',
    atLeastOneTask: 'mindestens eine Aufgabe',
    durationUnit: '`days` oder `weeks`',
    atLeastMin: (p: { min: number }) => `eine Zahl ≥ \`min\` (${p.min})`,
    atLeastOneRole: 'mindestens eine Rolle',
    atLeastOneItem: 'mindestens ein Eintrag',
    trueOrFalse: '`true` oder `false`',
    level: '`low`, `medium` oder `high`',
    strategy: '`avoid`, `mitigate`, `transfer` oder `accept`',
    side: '`customer` oder `vendor`',
    kickoffAttendance: '`required`, `recommended` oder `optional`',
    cadence: '`once`, `daily`, `weekly`, `biweekly`, `monthly` oder `phase-end`',
    chairNotParticipant: 'eine Rolle, die nicht schon die Leitung hat (`chair` nicht wiederholen)',
    roleOnce: 'jede Rolle nur einmal',
    taskState: '`done`, `active` oder `planned`',
    percent: 'ein Prozentwert von 0 bis 100',
    share: 'ein Anteil von 0 bis 1',
    kickoffYears: (p: { first: number; last: number }) => `ein Datum in den Jahren ${p.first} bis ${p.last}`,
    dateOnOrAfterField: (p: { field: string; date: string }) => `ein Datum am oder nach \`${p.field}\` (${p.date})`,
    withinScheduleYears: (p: { years: number; date: string }) => `ein Datum bis ${p.date}, ${p.years} Jahre nach dem Kick-off, so weit ein Plan geplant wird`,
    dateOnOrBeforeField: (p: { field: string; date: string }) => `ein Datum am oder vor \`${p.field}\` (${p.date})`,
    actualNeedsStatusDate: 'zuerst ein `statusDate` im Plan: Ist-Termine gelten zu einem Stichtag',
    noActualStartOnMilestone: 'kein `actualStart` bei einem Meilenstein (er ist an `actualFinish` erreicht)',
    actualStartRequired: 'Pflicht bei einer Aufgabe mit `actualFinish`: der Tag, an dem die Arbeit begann (nur ein Meilenstein ist ohne ihn erledigt)',
    remainingOnlyActive: 'kein `remaining` bei einer Aufgabe, die nicht läuft (eine laufende hat `actualStart` und kein `actualFinish`)',
    activeNotComplete: 'ein Fortschritt unter 100 bei einer laufenden Aufgabe (ist sie fertig, `actualFinish` eintragen)',
    // zod's own checks, where a schema names no message: worded for authors, never zod's.
    ofType: (p: { type: string }) => TYPE_NAMES[p.type] ?? `ein Wert vom Typ ${p.type}`,
    oneOf: (p: { values: string }) => `einer von ${p.values}`,
    atLeastEntries: (p: { minimum: number }) => `mindestens ${count(p.minimum, 'Eintrag', 'Einträge')}`,
    atMostEntries: (p: { maximum: number }) => `höchstens ${count(p.maximum, 'Eintrag', 'Einträge')}`,
    atLeastCharacters: (p: { minimum: number }) => `ein Text mit mindestens ${count(p.minimum, 'Zeichen', 'Zeichen')}`,
    atMostCharacters: (p: { maximum: number }) => `ein Text mit höchstens ${count(p.maximum, 'Zeichen', 'Zeichen')}`,
    atLeast: (p: { minimum: number }) => `eine Zahl ≥ ${p.minimum}`,
    atMost: (p: { maximum: number }) => `eine Zahl ≤ ${p.maximum}`,
    greaterThan: (p: { minimum: number }) => `eine Zahl > ${p.minimum}`,
    lessThan: (p: { maximum: number }) => `eine Zahl < ${p.maximum}`,
    multipleOf: (p: { divisor: number }) => `ein Vielfaches von ${p.divisor}`,
    matching: (p: { pattern: string }) => `ein Text der Form \`${p.pattern}\``,
    formatOf: (p: { format: string }) => `ein gültiger Wert im Format ${p.format}`,
    anyForm: 'ein Wert in einer der Formen, die das Handbuch für dieses Feld nennt',
    validKey: 'ein gültiger Feldname',
    validEntry: 'gültige Einträge',
    validValue: 'ein gültiger Wert',
    or: 'oder',
  },
  config: {
    title: 'ein Text',
    description: 'ein Satz, der das Playbook beschreibt',
    site: 'eine absolute http(s)-Adresse wie `https://playbook.example.org`',
    base: 'ein Unterpfad wie `/` oder `/playbook/`',
    content: 'ein Ordnerpfad',
    cannotRead: (code: string) => `nicht lesbar (${code})`,
    notAFile: 'eine Datei (gefunden: ein Gerät, eine Pipe oder ein Socket)',
    invalidJson: (detail: string) => `gültiges JSON (${detail})`,
    notAnObject: (found: string) => `ein Objekt mit Einstellungen wie {"lang": "de"} (gefunden: ${found})`,
    unknownSetting: (key: string, settings: string) => `${key}: diese Einstellung gibt es nicht; die Einstellungen sind ${settings}`,
  },
  cli: {
    help: `kickoff – ein Kick-off-Playbook bauen und prüfen

Aufruf:
  kickoff validate [--strict] [--content ORDNER]
      Alle Inhalte prüfen; jeden Befund mit Datei und Feld ausgeben. Exit 1 bei Fehlern
      (mit --strict auch bei Warnungen).
  kickoff schedule PLAN-ID [--format json|csv|ics|mermaid|tjp|mspdi|xlsx] [--out DATEI] [--content ORDNER]
      Die berechneten Termine eines Plans ausgeben (Standard: json), mit --out in eine
      Datei (--out - ist die Standardausgabe); xlsx (Excel) nur mit --out, nie ins Terminal.
  kickoff build [--strict] [--content ORDNER] [--out ORDNER]
      Prüfen, dann Website, Suchindex und PDFs nach dist/ (oder --out ORDNER) bauen.
      Der Ordner wird nur ersetzt, wenn der ganze Bau gelungen ist. Er muss neu, leer oder
      ein früherer Bau sein und außerhalb des Projekt- und des Inhaltsordners liegen.
  kickoff dev [--content ORDNER] [--port N]
      Vorschau der Website mit Live-Neuladen: jede gespeicherte Inhaltsdatei wird wie
      bei validate geprüft; Befunde stehen im Terminal und auf der Seite. Auf Port 4321
      oder dem nächsten freien; mit --port N auf N, oder ein Fehler, wenn N belegt ist.
  kickoff new plan|phase|role|checklist|risk|meeting|term ID [--force]
      Einen neuen Eintrag anlegen (content/plans/ID.mdx, content/phases/ID.mdx, …), der
      die Prüfung besteht, mit einem Hinweis über jedem Feld; ein Plan entsteht aus den
      Standardphasen. kickoff new-plan ID ist kickoff new plan ID.
  kickoff schemas [--out ORDNER]
      Je Sammlung ein JSON-Schema mit der Beschreibung jedes Felds nach
      .astro/collections/ (oder ORDNER) schreiben, wo die Astro-Erweiterung für
      VS Code sie findet.
  kickoff import DATEI.xml --plan ID [--content ORDNER]
      Einen MS-Project-Plan (MSPDI-XML) als content/plans/ID.mdx übernehmen; was ein
      Plan nicht ausdrücken kann, wird als Befund genannt. Überschreibt keinen Plan.
  kickoff snapshot PLAN-ID [--label TEXT] [--force]
      Den Planstand zum Stichtag (statusDate, sonst Kick-off) nach
      content/snapshots/PLAN-ID/DATUM.json schreiben; überschreibt nur mit --force.
  kickoff status PLAN-ID
      Statusbericht zum Stichtag: Prognose, Verzug, Puffer, Erledigtes, Laufendes, Verspätetes.

Optionen:
  --config DATEI   Einstellungen (Standard: ./kickoff.config.json)
  --content ORDNER Inhaltsordner (Standard: ./content oder "content" in der Einstellungsdatei)
  --lang de|en     Sprache der Meldungen (Standard: aus der Einstellungsdatei)
  -h, --help       diese Hilfe zeigen
`,
    summary: (where: string, errors: number, warnings: number) => `${where}: ${count(errors, 'Fehler', 'Fehler')}, ${count(warnings, 'Warnung', 'Warnungen')}`,
    error: 'Fehler',
    warning: 'Warnung',
    internalError: 'interner Fehler',
    usage: (usage: string) => `Aufruf: kickoff ${usage}`,
    unexpected: (args: string) => `unerwartet: ${args}`,
    unknownOption: (option: string) => `unbekannte Option \`${option}\` (siehe kickoff --help)`,
    optionNeedsValue: (option: string) => `nach \`${option}\` fehlt der Wert (siehe kickoff --help)`,
    optionValueWithDash: (option: string) => `nach \`${option}\` fehlt der Wert; einer, der mit \`-\` beginnt, wird \`${option}=-…\` geschrieben`,
    optionTakesNoValue: (option: string) => `\`${option}\` steht ohne Wert (siehe kickoff --help)`,
    optionNotForCommand: (option: string, command: string, options: string) =>
      `\`${option}\` ist keine Option von kickoff ${command} (${options ? `seine Optionen: ${options}, dazu` : 'nur'} --config, --content, --lang)`,
    unknownCommand: (command: string) => `unbekannter Befehl \`${command}\` (siehe kickoff --help)`,
    contentNotFound: (dir: string) => `Inhaltsordner nicht gefunden: ${dir}`,
    langOption: (found: string, languages: readonly string[]) => `--lang: ${languages.join(', ')} (gefunden: ${found})`,
    formatOption: (found: string) => `--format: json, csv, ics, mermaid, tjp, mspdi oder xlsx (gefunden: ${found})`,
    binaryNeedsOut: (format: string) =>
      `--format ${format} schreibt eine Binärdatei: mit --out DATEI angeben, wohin (z. B. --out plan.${format}), oder --out - für die Standardausgabe`,
    binaryToTerminal: (format: string) =>
      `--format ${format} schreibt eine Binärdatei, und die Standardausgabe ist ein Terminal: umleiten (--out - > plan.${format}) oder mit --out DATEI eine Datei angeben`,
    folderToStandardOutput: (command: string) =>
      `--out -: kickoff ${command} schreibt einen Ordner, der nicht auf die Standardausgabe gehen kann; mit --out ORDNER einen Ordner angeben`,
    cannotAccess: (file: string, reason: string) => `kein Zugriff auf ${file}: ${reason}`,
    cannotWrite: (file: string, reason: string) => `${file} kann nicht geschrieben werden: ${reason}`,
    writeIntoContent: (file: string) =>
      `${file} liegt im Inhaltsordner, wo es als Inhalt gelesen würde oder eine Inhaltsdatei ersetzte; eine Datei außerhalb wählen`,
    writeOntoConfig: (file: string) => `${file} ist die verwendete Einstellungsdatei, die der nächste Befehl nicht mehr lesen könnte; eine andere Datei wählen`,
    wroteExport: (file: string) => `${file} geschrieben`,
    unknownPlan: (id: string, folder: string, plans: string) => `kein Plan \`${id}\` in ${folder} (Pläne: ${plans || 'keine'})`,
    initUsage: 'init ORDNER [--lang de|en]',
    initNotFolder: (dir: string) => `${dir} ist eine Datei; kickoff init schreibt nur in einen neuen oder leeren Ordner`,
    initNotEmpty: (dir: string) => `${dir} ist nicht leer; kickoff init schreibt nur in einen neuen oder leeren Ordner`,
    initDone: (dir: string, files: number) => `${files} Dateien nach ${dir} geschrieben; weiter mit: cd ${dir} && npm install && npm run build`,
    wroteSchemas: (count: number, dir: string) =>
      `${count} Dateien nach ${dir}/ geschrieben: je Sammlung ein JSON-Schema und die Liste der Inhaltsdateien für Editoren`,
    portOption: (found: string) => `--port: eine Portnummer von 1 bis 65535 (gefunden: ${found})`,
    portTaken: (port: number) =>
      `--port ${port}: der Port ist belegt (von einem anderen Programm oder einer Vorschau); einen anderen wählen oder --port weglassen, dann wird der nächste freie genommen`,
    buildWaiting: (pid: number) => `kickoff build: wartet, bis ein anderer Build dieses Werkzeugs (Prozess ${pid}) fertig ist`,
    entryId: (id: string) => `ID: eine ID in Kleinbuchstaben mit Bindestrichen wie \`acme-pim\` (gefunden: \`${id}\`)`,
    scaffoldKind: (found: string, kinds: string) => `ART: eine von ${kinds} (gefunden: \`${found}\`)`,
    scaffoldNeeds: (kind: string, count: number, collection: string, command: string) =>
      `ein neuer Eintrag der Art ${kind} verweist auf ${count === 1 ? 'einen Eintrag' : `${count} Einträge`} der ${collection}, und das Playbook hat ${count === 1 ? 'keinen' : 'weniger'}: zuerst mit \`${command}\` anlegen`,
    exists: (file: string) => `${file} gibt es schon (--force überschreibt)`,
    wrote: (file: string) => `${file} geschrieben; prüfen mit: npx kickoff validate`,
    wroteSnapshot: (file: string) => `${file} geschrieben: der Planstand dieses Stichtags`,
    wroteKickoffSnapshot: (file: string) => `${file} geschrieben: der Plan, wie er beim Kick-off gilt (er hat keinen Stichtag)`,
    badSplitPages: (variable: string, found: string) =>
      `kickoff build: ${variable}: erwartet wird eine ganze Zahl ab 1, die Seitenzahl, ab der das Playbook als ein PDF je Teil gedruckt wird (gefunden: „${found}“); nichts wurde gebaut oder geändert`,
    outDirRefused: (dir: string, problem: string) => `kickoff build: der Ausgabeordner ${dir}/ ${problem}; nichts wurde gebaut oder geändert`,
    outDir: {
      root: 'ist der Projektordner oder enthält ihn; der Bau würde ihn ersetzen',
      content: 'ist der Inhaltsordner oder enthält ihn; der Bau würde ihn ersetzen',
      'inside-content': 'liegt im Inhaltsordner; einen Ordner außerhalb wählen',
      file: 'ist eine Datei, kein Ordner',
      'under-file': 'liegt in einer Datei, nicht in einem Ordner',
      unwritable: (reason: string) => `kann dort nicht geschrieben werden (${reason})`,
      'other-files': (marker: string) =>
        `enthält Dateien, die kein früherer Bau sind (kein ${marker}); einen neuen oder leeren Ordner wählen oder diesen selbst leeren`,
    },
    pdfPrinting: (pages: number) => `pdf: ${count(pages, 'Seite wird', 'Seiten werden')} mit Chromium gedruckt`,
    pdfProgress: (done: number, total: number) => `pdf: ${done} von ${total} geschrieben`,
    pdfWritten: (files: number) => `pdf: ${count(files, 'Datei', 'Dateien')} geschrieben`,
    buildFailed: (dir: string, message: string) => `kickoff build: fehlgeschlagen, ${dir}/ bleibt wie es war: ${message}`,
    built: (dir: string) => `kickoff build: Website nach ${dir}/ geschrieben`,
    contentErrors: (errors: number) => `die Inhalte haben ${count(errors, 'Fehler', 'Fehler')}; siehe die Befunde oben`,
  },
  /** The tracking charts and the tracked plan's key figures. */
  tracking: {
    statusDate: 'Stichtag',
    zone: 'Pufferampel',
    slip: 'Verzug',
    slipDays: (days: number) =>
      days === 0 ? 'keiner' : days > 0 ? `${count(days, 'Arbeitstag', 'Arbeitstage')} später` : `${count(-days, 'Arbeitstag', 'Arbeitstage')} früher`,
    bufferLeft: 'Puffer übrig',
    baseline: 'Basislinie',
    baselineFinish: 'Basislinie Ende',
    state: { done: 'erledigt', active: 'läuft', planned: 'geplant' },
    feverChart: 'Puffer-Fieberkurve',
    feverChartIntro:
      'Jeder Punkt ist ein Planstand: wie viel der kritischen Kette erledigt ist (waagrecht) und wie viel Puffer dafür verbraucht wurde (senkrecht). Grün: im Plan; gelb: beobachten und Maßnahmen vorbereiten; rot: jetzt handeln.',
    completion: 'Kritische Kette erledigt',
    consumption: 'Puffer verbraucht',
    milestoneTrend: 'Meilenstein-Trendanalyse',
    milestoneTrendIntro:
      'Für jeden Meilenstein der Basislinie der prognostizierte Termin zu jedem Berichtsdatum. Steigt eine Linie, rutscht der Meilenstein; trifft sie die Diagonale, ist er fällig.',
    reportDate: 'Berichtsdatum',
    forecast: 'Prognose',
    diagonal: 'Diagonale: Prognose = Berichtsdatum',
    now: 'jetzt',
    statusReport: 'Statusbericht',
    statusReportFor: (plan: string) => `Statusbericht ${plan}`,
  },
  /** The status report (`kickoff status` and the report page). */
  status: {
    asOf: (date: string) => `Stand ${date}`,
    noStatusDate: 'kein Stichtag: der Plan, wie er beim Kick-off gilt',
    forecast: 'Voraussichtliches Ende',
    slip: (days: number) =>
      days === 0
        ? 'wie in der Basislinie'
        : days > 0
          ? `${count(days, 'Arbeitstag', 'Arbeitstage')} später als die Basislinie`
          : `${count(-days, 'Arbeitstag', 'Arbeitstage')} früher als die Basislinie`,
    committed: 'Zugesagtes Ende',
    baselineOf: (date: string) => `Basislinie vom ${date}`,
    buffer: 'Puffer',
    bufferDays: (days: number) => count(days, 'Arbeitstag', 'Arbeitstage'),
    bufferLeft: (left: number, of: number) =>
      left < 0 ? `überschritten um ${count(-left, 'Arbeitstag', 'Arbeitstage')} (von ${of})` : `${left} von ${count(of, 'Arbeitstag', 'Arbeitstagen')} übrig`,
    zone: 'Bereich',
    consumptionAt: (consumption: string, completion: string) => `Puffer zu ${consumption} verbraucht bei ${completion} erledigter kritischer Kette`,
    done: 'Erledigt',
    doneSince: (date: string) => `Erledigt seit ${date}`,
    active: 'In Arbeit',
    left: (amount: number, unit: 'days' | 'person-days') =>
      unit === 'days' ? `noch ${count(amount, 'Arbeitstag', 'Arbeitstage')}` : `noch ${(Math.round(amount * 10) / 10).toLocaleString('de-DE')} Personentage`,
    until: (date: string) => `fertig am ${date}`,
    upcoming: 'Beginnt in den nächsten 10 Arbeitstagen',
    late: 'Verspätet',
    lateBy: (baseline: string, forecast: string) => `Basislinie ${baseline}, jetzt ${forecast}`,
    deadlines: 'Termine',
    deadlineVersus: (deadline: string, finish: string) => `Termin ${deadline}, geplant ${finish}`,
    chance: (chance: string) => `Wahrscheinlichkeit ${chance}`,
    none: '–',
  },
  /** What `kickoff init` writes besides the scaffolds' texts: the ids of the starter entries and the project's README. */
  starter: {
    title: 'Kick-off-Playbook',
    ids: {
      lead: 'projektleitung',
      vendor: 'beratung-anbieter',
      kickoff: 'kick-off',
      implementation: 'umsetzung',
      checklist: 'kick-off-vorbereiten',
      risk: 'datenqualitaet',
      meeting: 'jour-fixe',
      term: 'meilenstein',
      plan: 'erstes-projekt',
    },
    readme: (title: string) =>
      [
        `# ${title}`,
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
  },
  /** What `kickoff new KIND ID` writes: the texts and the hint above each field. */
  scaffold: {
    hints: {
      title: 'Der Name, unter dem der Eintrag erscheint.',
    },
    plan: {
      title: (id: string) => `Einführung ${id}`,
      customer: 'Kunde eintragen',
      vendor: 'Anbieter eintragen',
      person: (role: string) => `N.N. (${role})`,
      kickoffTask: 'Kick-off',
      hints: {
        kickoff: 'Tag des Kick-offs (JJJJ-MM-TT); keine Aufgabe beginnt davor.',
        status: 'draft, active oder done: wie weit das Projekt ist (ändert keine Termine).',
        calendar: 'Feiertage der Region (DE, AT, DE-BY, CH-ZH …); dazu workdays, holidays, closures.',
        team: 'Personen mit Rolle, Anteil ihrer Arbeitszeit (capacity 0–1) und Abwesenheiten (absences).',
        tasks:
          'Je Aufgabe: duration (Arbeitstage) oder effort (Personentage) mit assignees, oder milestone: true;\ndependsOn nennt Vorgänger; Schätzungen als optimistic, likely, pessimistic.',
        buffer: 'Puffer: percent, fixed oder rss; before nennt den Meilenstein, den er schützt.',
      },
      body: (id: string) =>
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
          `5. Mit \`npx kickoff validate\` prüfen und mit \`npx kickoff schedule ${id}\` die Termine ansehen.`,
        ].join('\n'),
    },
    role: {
      summary: 'Ein Satz dazu, was diese Rolle im Projekt tut.',
      responsibility: 'Erste Aufgabe dieser Rolle',
      hints: {
        side: 'customer (Kunde) oder vendor (Anbieter).',
        summary: 'Ein Satz, der auf Listen und im Druck erscheint.',
        kickoff: 'required, recommended oder optional: muss, soll oder kann die Rolle beim Kick-off am Tisch sitzen?',
      },
      body: '## Aufgaben im Projekt\n\nBeschreiben Sie, was diese Rolle entscheidet, liefert und wann sie gebraucht wird.',
    },
    phase: {
      summary: 'Ein Satz dazu, worum es in dieser Phase geht.',
      targetState: 'Der prüfbare Zustand am Ende der Phase.',
      hints: {
        order: 'Position in der Lesereihenfolge; keine zwei Phasen mit derselben Zahl.',
        targetState: 'Woran alle erkennen, dass die Phase abgeschlossen ist.',
        typicalDuration: 'Übliche Dauer: min und max in days oder weeks; daraus schätzt kickoff new plan.',
        dependsOn: 'Phasen, die normalerweise vorher abgeschlossen sind.',
        raci: 'Rollen: responsible (tun die Arbeit), accountable (steht für das Ergebnis ein), consulted, informed.',
      },
      body: '## Vorgehen\n\nBeschreiben Sie, wie die Phase abläuft, was typischerweise schiefgeht und woran man es früh erkennt.',
    },
    checklist: {
      itemId: 'erster-punkt',
      item: 'Erster Punkt zum Abhaken',
      hints: {
        phase: 'Die Phase, zu der die Liste gehört; due zählt Arbeitstage ab deren Beginn.',
        items: 'Je Punkt: id, text, role (wer abhakt), due (Arbeitstage, negativ = vor Phasenbeginn), critical.',
      },
      body: 'Wofür die Liste da ist und wann sie durchgegangen wird.',
    },
    risk: {
      mitigation: 'Was getan wird, um das Risiko zu verringern.',
      trigger: 'Ein Warnzeichen, dass es eintritt',
      hints: {
        level: 'likelihood und impact: low, medium oder high.',
        owner: 'Die Rolle, die das Risiko beobachtet.',
        triggers: 'Warnzeichen, an denen man erkennt, dass es eintritt.',
        strategy: 'avoid, mitigate, transfer oder accept.',
      },
      body: '## Hintergrund\n\nWarum das Risiko in solchen Projekten auftritt und was es kostet, wenn es eintritt.',
    },
    meeting: {
      summary: 'Ein Satz dazu, wofür der Termin da ist.',
      agenda: ['Fortschritt und nächste Schritte', 'Entscheidungen und offene Punkte'],
      hints: {
        cadence: 'once, daily, weekly, biweekly, monthly oder phase-end.',
        duration: 'Länge eines Termins in Minuten.',
        participants: 'Die übrigen Rollen am Tisch; die Leitung (chair) nicht noch einmal.',
      },
      body: 'Wie der Termin vorbereitet wird und wer das Protokoll führt.',
    },
    term: {
      definition: 'Was der Begriff in diesem Playbook bedeutet, in ein bis zwei Sätzen.',
      hints: {
        title: 'Das Wort, das die Inhalte für diese Sache verwenden.',
        avoid: 'Wörter, die die Inhalte dafür nicht verwenden sollen; ein * am Ende trifft auch längere Wörter.',
        forms: 'Gebeugte Schreibweisen des Begriffs (etwa die Mehrzahl), die Seiten ebenfalls mit diesem Eintrag verlinken.',
      },
      body: '',
    },
  },
};

export interface GanttFacts {
  tasks: number;
  milestones: number;
  sections: number;
  critical: number;
  start: string;
  finish: string;
  bufferDays: number;
  committedFinish: string;
  statusDate?: string;
  /** Tasks whose finish differs from their baseline finish (rule B5). */
  moved: number;
}

export interface MilestoneFacts {
  milestones: number;
  met: number;
  missed: number;
  /** The first and the last milestone's day; none without milestones. */
  span?: { first: string; last: string };
  committedFinish: string;
}
