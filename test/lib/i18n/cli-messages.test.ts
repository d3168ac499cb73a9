/**
 * What the command line says, in both languages: each function of the tables' `cli` section with
 * its arguments, and the exact sentence worked out by hand (the CLI's own tests run the program
 * in child processes, which mutation testing does not follow).
 */
import { describe } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { testWordings } from '../../helpers/wordings.ts';

const de = translation('de').cli;
const en = translation('en').cli;

describe('the command line, in English', () => {
  testWordings([
    [() => en.summary('content', 1, 0), 'content: 1 error(s), 0 warning(s)'],
    [() => en.usage('validate [--content DIR]'), 'usage: kickoff validate [--content DIR]'],
    [() => en.unexpected('a b'), 'unexpected: a b'],
    [() => en.unknownOption('--x'), 'unknown option `--x` (try kickoff --help)'],
    [() => en.optionNeedsValue('--lang'), '`--lang` needs a value (try kickoff --help)'],
    [() => en.optionTakesNoValue('--help'), '`--help` takes no value (try kickoff --help)'],
    [() => en.unknownCommand('serve'), 'unknown command `serve` (try kickoff --help)'],
    [() => en.contentNotFound('docs'), 'content folder not found: docs'],
    [() => en.langOption('fr', ['de', 'en']), '--lang: de, en (found fr)'],
    [() => en.formatOption('pdf'), '--format: json, csv, ics, mermaid, tjp, mspdi or xlsx (found pdf)'],
    [() => en.binaryNeedsOut('xlsx'), '--format xlsx writes a binary file: say where with --out FILE (e.g. --out plan.xlsx), or --out - for standard output'],
    [
      () => en.binaryToTerminal('xlsx'),
      '--format xlsx writes a binary file, and standard output is a terminal: redirect it (--out - > plan.xlsx) or name a file with --out FILE',
    ],
    [() => en.folderToStandardOutput('build'), '--out -: kickoff build writes a folder, which cannot go to standard output; name a folder with --out DIR'],
    [() => en.cannotAccess('a.txt', 'EACCES'), 'cannot access a.txt: EACCES'],
    [() => en.cannotWrite('a.txt', 'EROFS'), 'cannot write a.txt: EROFS'],
    [
      () => en.writeOntoConfig('kickoff.config.json'),
      'kickoff.config.json is the settings file in use, which the next command could no longer read; choose another file',
    ],
    [() => en.wroteExport('plan.ics'), 'wrote plan.ics'],
    [() => en.unknownPlan('x', 'plans', 'a, b'), 'no plan `x` in plans (plans: a, b)'],
    [() => en.unknownPlan('x', 'plans', ''), 'no plan `x` in plans (plans: none)'],
    [() => en.initNotFolder('site'), 'site is a file; kickoff init writes only into a new or empty folder'],
    [() => en.initNotEmpty('site'), 'site is not empty; kickoff init writes only into a new or empty folder'],
    [() => en.initDone('site', 12), 'wrote 12 files into site; next: cd site && npm install && npm run build'],
    [() => en.wroteSchemas(10, 'schemas'), 'wrote 10 files into schemas/: a JSON Schema per collection and the list of content files for editors'],
    [() => en.portOption('0'), '--port: a port number from 1 to 65535 (found 0)'],
    [
      () => en.portTaken(4321),
      '--port 4321: the port is in use (by another program or preview); choose another, or leave out --port to take the next free one',
    ],
    [() => en.buildWaiting(4711), 'kickoff build: waiting for another build of this tool (process 4711) to finish'],
    [() => en.entryId('Acme'), 'ID: a lowercase kebab-case id such as `acme-pim` (found `Acme`)'],
    [() => en.scaffoldKind('task', 'role, phase'), 'KIND: one of role, phase (found `task`)'],
    [
      () => en.scaffoldNeeds('checklist', 1, 'Phases', 'kickoff new phase ID'),
      'a new checklist refers to an entry of phases, and the playbook has none: write one first with `kickoff new phase ID`',
    ],
    [
      () => en.scaffoldNeeds('plan', 2, 'Roles', 'kickoff new role ID'),
      'a new plan refers to 2 entries of roles, and the playbook has fewer: write them first with `kickoff new role ID`',
    ],
    [() => en.exists('roles/a.mdx'), 'roles/a.mdx exists already (use --force to overwrite)'],
    [() => en.wrote('roles/a.mdx'), 'wrote roles/a.mdx; check it with: npx kickoff validate'],
    [() => en.wroteSnapshot('snapshots/a/2027-03-10.json'), 'wrote snapshots/a/2027-03-10.json: the plan as of its status date'],
    [
      () => en.wroteKickoffSnapshot('snapshots/a/2027-03-01.json'),
      'wrote snapshots/a/2027-03-01.json: the plan as it stands at the kick-off (it has no status date)',
    ],
    [
      () => en.badSplitPages('KICKOFF_PDF_SPLIT_PAGES', 'x'),
      'kickoff build: KICKOFF_PDF_SPLIT_PAGES: expected a whole number of at least 1, the page count above which the playbook prints as one PDF per part (found: "x"); nothing was built or changed',
    ],
    [() => en.outDirRefused('dist', 'is a file, not a folder'), 'kickoff build: the output folder dist/ is a file, not a folder; nothing was built or changed'],
    [
      () => en.outDir['other-files']('.kickoff-build'),
      'holds files that are not a previous build (no .kickoff-build); choose a new or empty folder, or empty this one yourself',
    ],
    [() => en.pdfPrinting(3), 'pdf: printing 3 page(s) with Chromium'],
    [() => en.pdfProgress(1, 3), 'pdf: 1 of 3 written'],
    [() => en.pdfWritten(2), 'pdf: 2 file(s) written'],
    [() => en.buildFailed('dist', 'boom'), 'kickoff build: failed, dist/ left as it was: boom'],
    [() => en.built('dist'), 'kickoff build: site written to dist/'],
    [() => en.contentErrors(2), 'the content has 2 error(s); see the findings above'],
  ]);
});

describe('the command line, in German', () => {
  testWordings([
    [() => de.summary('content', 1, 1), 'content: 1 Fehler, 1 Warnung'],
    [() => de.summary('content', 2, 3), 'content: 2 Fehler, 3 Warnungen'],
    [() => de.usage('validate [--content ORDNER]'), 'Aufruf: kickoff validate [--content ORDNER]'],
    [() => de.unexpected('a b'), 'unerwartet: a b'],
    [() => de.unknownOption('--x'), 'unbekannte Option `--x` (siehe kickoff --help)'],
    [() => de.optionNeedsValue('--lang'), 'nach `--lang` fehlt der Wert (siehe kickoff --help)'],
    [() => de.optionTakesNoValue('--help'), '`--help` steht ohne Wert (siehe kickoff --help)'],
    [() => de.unknownCommand('serve'), 'unbekannter Befehl `serve` (siehe kickoff --help)'],
    [() => de.contentNotFound('docs'), 'Inhaltsordner nicht gefunden: docs'],
    [() => de.langOption('fr', ['de', 'en']), '--lang: de, en (gefunden: fr)'],
    [() => de.formatOption('pdf'), '--format: json, csv, ics, mermaid, tjp, mspdi oder xlsx (gefunden: pdf)'],
    [
      () => de.binaryNeedsOut('xlsx'),
      '--format xlsx schreibt eine Binärdatei: mit --out DATEI angeben, wohin (z. B. --out plan.xlsx), oder --out - für die Standardausgabe',
    ],
    [
      () => de.binaryToTerminal('xlsx'),
      '--format xlsx schreibt eine Binärdatei, und die Standardausgabe ist ein Terminal: umleiten (--out - > plan.xlsx) oder mit --out DATEI eine Datei angeben',
    ],
    [
      () => de.folderToStandardOutput('schemas'),
      '--out -: kickoff schemas schreibt einen Ordner, der nicht auf die Standardausgabe gehen kann; mit --out ORDNER einen Ordner angeben',
    ],
    [() => de.cannotAccess('a.txt', 'EACCES'), 'kein Zugriff auf a.txt: EACCES'],
    [() => de.cannotWrite('a.txt', 'EROFS'), 'a.txt kann nicht geschrieben werden: EROFS'],
    [
      () => de.writeOntoConfig('kickoff.config.json'),
      'kickoff.config.json ist die verwendete Einstellungsdatei, die der nächste Befehl nicht mehr lesen könnte; eine andere Datei wählen',
    ],
    [() => de.wroteExport('plan.ics'), 'plan.ics geschrieben'],
    [() => de.unknownPlan('x', 'plans', 'a, b'), 'kein Plan `x` in plans (Pläne: a, b)'],
    [() => de.unknownPlan('x', 'plans', ''), 'kein Plan `x` in plans (Pläne: keine)'],
    [() => de.initNotFolder('site'), 'site ist eine Datei; kickoff init schreibt nur in einen neuen oder leeren Ordner'],
    [() => de.initNotEmpty('site'), 'site ist nicht leer; kickoff init schreibt nur in einen neuen oder leeren Ordner'],
    [() => de.initDone('site', 12), '12 Dateien nach site geschrieben; weiter mit: cd site && npm install && npm run build'],
    [() => de.wroteSchemas(10, 'schemas'), '10 Dateien nach schemas/ geschrieben: je Sammlung ein JSON-Schema und die Liste der Inhaltsdateien für Editoren'],
    [() => de.portOption('0'), '--port: eine Portnummer von 1 bis 65535 (gefunden: 0)'],
    [
      () => de.portTaken(4321),
      '--port 4321: der Port ist belegt (von einem anderen Programm oder einer Vorschau); einen anderen wählen oder --port weglassen, dann wird der nächste freie genommen',
    ],
    [() => de.buildWaiting(4711), 'kickoff build: wartet, bis ein anderer Build dieses Werkzeugs (Prozess 4711) fertig ist'],
    [() => de.entryId('Acme'), 'ID: eine ID in Kleinbuchstaben mit Bindestrichen wie `acme-pim` (gefunden: `Acme`)'],
    [() => de.scaffoldKind('task', 'role, phase'), 'ART: eine von role, phase (gefunden: `task`)'],
    [
      () => de.scaffoldNeeds('checklist', 1, 'Phasen', 'kickoff new phase ID'),
      'ein neuer Eintrag der Art checklist verweist auf einen Eintrag der Phasen, und das Playbook hat keinen: zuerst mit `kickoff new phase ID` anlegen',
    ],
    [
      () => de.scaffoldNeeds('plan', 2, 'Rollen', 'kickoff new role ID'),
      'ein neuer Eintrag der Art plan verweist auf 2 Einträge der Rollen, und das Playbook hat weniger: zuerst mit `kickoff new role ID` anlegen',
    ],
    [() => de.exists('roles/a.mdx'), 'roles/a.mdx gibt es schon (--force überschreibt)'],
    [() => de.wrote('roles/a.mdx'), 'roles/a.mdx geschrieben; prüfen mit: npx kickoff validate'],
    [() => de.wroteSnapshot('snapshots/a/2027-03-10.json'), 'snapshots/a/2027-03-10.json geschrieben: der Planstand dieses Stichtags'],
    [
      () => de.wroteKickoffSnapshot('snapshots/a/2027-03-01.json'),
      'snapshots/a/2027-03-01.json geschrieben: der Plan, wie er beim Kick-off gilt (er hat keinen Stichtag)',
    ],
    [
      () => de.badSplitPages('KICKOFF_PDF_SPLIT_PAGES', 'x'),
      'kickoff build: KICKOFF_PDF_SPLIT_PAGES: erwartet wird eine ganze Zahl ab 1, die Seitenzahl, ab der das Playbook als ein PDF je Teil gedruckt wird (gefunden: „x“); nichts wurde gebaut oder geändert',
    ],
    [
      () => de.outDirRefused('dist', 'ist eine Datei, kein Ordner'),
      'kickoff build: der Ausgabeordner dist/ ist eine Datei, kein Ordner; nichts wurde gebaut oder geändert',
    ],
    [
      () => de.outDir['other-files']('.kickoff-build'),
      'enthält Dateien, die kein früherer Bau sind (kein .kickoff-build); einen neuen oder leeren Ordner wählen oder diesen selbst leeren',
    ],
    [() => de.pdfPrinting(1), 'pdf: 1 Seite wird mit Chromium gedruckt'],
    [() => de.pdfPrinting(3), 'pdf: 3 Seiten werden mit Chromium gedruckt'],
    [() => de.pdfProgress(1, 3), 'pdf: 1 von 3 geschrieben'],
    [() => de.pdfWritten(1), 'pdf: 1 Datei geschrieben'],
    [() => de.pdfWritten(2), 'pdf: 2 Dateien geschrieben'],
    [() => de.buildFailed('dist', 'boom'), 'kickoff build: fehlgeschlagen, dist/ bleibt wie es war: boom'],
    [() => de.built('dist'), 'kickoff build: Website nach dist/ geschrieben'],
    [() => de.contentErrors(1), 'die Inhalte haben 1 Fehler; siehe die Befunde oben'],
    [() => de.contentErrors(2), 'die Inhalte haben 2 Fehler; siehe die Befunde oben'],
  ]);
});
