/**
 * The wording of every finding an author reads, in both languages: each function of the tables'
 * `findings` section with its arguments, and the exact sentence worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { testWordings } from '../../helpers/wordings.ts';

const de = translation('de').findings;
const en = translation('en').findings;

describe('findings about reading files, in English', () => {
  testWordings([
    [() => en.found('"x"'), 'found "x"'],
    [() => en.required('a text'), 'required: a text'],
    [() => en.folder('found a file'), 'a folder of .mdx files (found a file)'],
    [() => en.cannotRead('EACCES'), 'cannot be read: EACCES'],
    [() => en.readableFile('found binary data'), 'a readable UTF-8 text file (found binary data)'],
    [() => en.notUtf8('0xFC', 'ü'), 'found the byte 0xFC, which is „ü“ in Windows-1252; save the file as UTF-8'],
    [() => en.fileName('Dev_Team', 'mdx'), 'a file name in lowercase kebab case, which becomes the id, such as `data-steward.mdx` (found `Dev_Team.mdx`)'],
    [() => en.frontMatterNotMap('a list'), 'front matter that is a map of fields (found a list)'],
    [() => en.frontMatterFound.other('number'), 'a number'],
    [() => en.jsonSyntax('Unexpected end of JSON input'), 'valid JSON (Unexpected end of JSON input)'],
    [() => en.jsonNotObject('nothing'), 'a JSON object of fields (found nothing)'],
    [() => en.yamlSyntax('Map keys must be unique'), 'valid YAML front matter (Map keys must be unique)'],
    [() => en.yamlTooDeep(100), 'front matter with lists and maps nested at most 100 levels deep (found deeper nesting)'],
    [() => en.mdxSyntax('Unexpected end of file'), 'valid MDX (Unexpected end of file; write `{` and `<` as `\\{` and `&lt;` in prose)'],
    [
      () => en.mdxImport('import X from "y"'),
      'no `import` or `export` in the text: content is Markdown, the site provides the rest (found `import X from "y"`)',
    ],
    [
      () => en.mdxComponent('Callout'),
      'an HTML element or Markdown (found the component `<Callout>`, which the site does not provide; write a literal `<` as `&lt;`)',
    ],
    [() => en.mdxExpression('scope', 'scope'), 'text, or a literal `\\{` (found `{scope}`; `scope` does not exist when the page is rendered)'],
    [() => en.mdxExpression('1 +', undefined), 'text, or a literal `\\{` (found `{1 +}`, which is no valid expression)'],
    [() => en.unknownField('titel'), 'no such field here; check the spelling against the authoring guide (found `titel`)'],
    [() => en.mdxExpressionRun.throws('a.b', 'TypeError: x'), 'an expression the page build can compute (found `{a.b}`, which fails with TypeError: x)'],
    [
      () => en.mdxExpressionRun.slow('f()', 1000),
      'an expression that finishes within 1000 ms (found `{f()}`, still running after 1000 ms; the page would never be built)',
    ],
    [
      () => en.mdxExpressionRun.object('frontmatter', '[object Object]'),
      'text or a number, such as `{frontmatter.title}` (found `{frontmatter}`, which the page would show as “[object Object]”)',
    ],
    [
      () => en.mdxExpressionRun.function('Math.max'),
      'text or a number, such as `{frontmatter.title}` (found `{Math.max}`, a function, whose source code the page would show)',
    ],
    [
      () => en.mdxExpressionRun.waits('import("x")'),
      'an expression without `async` or `import()`, whose value the page can print at once (found `{import("x")}`)',
    ],
    [() => en.notRegularFile, 'found a device file, pipe or socket instead of a regular file'],
    [() => en.tooLarge(11.5, 10), 'found 11.5 MB; at most 10 MB'],
    [() => en.utf16, 'found UTF-16 text; save the file as UTF-8'],
  ]);
});

describe('findings about reading files, in German', () => {
  testWordings([
    [() => de.found('"x"'), 'gefunden: "x"'],
    [() => de.required('ein Text'), 'Pflichtfeld: ein Text'],
    [() => de.folder('gefunden: eine Datei'), 'ein Ordner mit .mdx-Dateien (gefunden: eine Datei)'],
    [() => de.cannotRead('EACCES'), 'nicht lesbar: EACCES'],
    [() => de.readableFile('gefunden: Binärdaten'), 'eine lesbare UTF-8-Textdatei (gefunden: Binärdaten)'],
    [() => de.notUtf8('0xFC', 'ü'), 'gefunden: das Byte 0xFC, in Windows-1252 „ü“; die Datei als UTF-8 speichern'],
    [
      () => de.fileName('Dev_Team', 'mdx'),
      'ein Dateiname in Kleinbuchstaben mit Bindestrichen, der zur ID wird, etwa `data-steward.mdx` (gefunden: `Dev_Team.mdx`)',
    ],
    [() => de.frontMatterNotMap('eine Liste'), 'Kopfdaten, die eine Zuordnung von Feldern sind (gefunden: eine Liste)'],
    [() => de.frontMatterFound.other('number'), 'ein Wert vom Typ number'],
    [() => de.jsonSyntax('Unexpected end of JSON input'), 'gültiges JSON (Unexpected end of JSON input)'],
    [() => de.jsonNotObject('nichts'), 'ein JSON-Objekt mit Feldern (gefunden: nichts)'],
    [() => de.yamlSyntax('Map keys must be unique'), 'gültige YAML-Kopfdaten (Map keys must be unique)'],
    [() => de.yamlTooDeep(100), 'Kopfdaten mit höchstens 100 Ebenen ineinander verschachtelter Listen und Zuordnungen (gefunden: tiefer verschachtelt)'],
    [() => de.mdxSyntax('Unexpected end of file'), 'gültiges MDX (Unexpected end of file; `{` und `<` im Fließtext als `\\{` und `&lt;` schreiben)'],
    [
      () => de.mdxImport('import X from "y"'),
      'kein `import` oder `export` im Text: Inhalte sind Markdown, die Website stellt alles Weitere (gefunden: `import X from "y"`)',
    ],
    [
      () => de.mdxComponent('Callout'),
      'ein HTML-Element oder Markdown (gefunden: die Komponente `<Callout>`, die es auf der Website nicht gibt; ein wörtliches `<` als `&lt;` schreiben)',
    ],
    [() => de.mdxExpression('scope', 'scope'), 'Text oder ein wörtliches `\\{` (gefunden: `{scope}`; `scope` gibt es beim Erzeugen der Seite nicht)'],
    [() => de.mdxExpression('1 +', undefined), 'Text oder ein wörtliches `\\{` (gefunden: `{1 +}`, kein gültiger Ausdruck)'],
    [() => de.unknownField('titel'), 'kein Feld an dieser Stelle; die Schreibweise mit der Anleitung vergleichen (gefunden: `titel`)'],
    [
      () => de.mdxExpressionRun.throws('a.b', 'TypeError: x'),
      'ein Ausdruck, den die Seite beim Erzeugen berechnen kann (gefunden: `{a.b}`, das mit TypeError: x scheitert)',
    ],
    [
      () => de.mdxExpressionRun.slow('f()', 1000),
      'ein Ausdruck, der innerhalb von 1000 ms endet (gefunden: `{f()}`, nach 1000 ms noch nicht fertig; die Seite würde nie fertig erzeugt)',
    ],
    [
      () => de.mdxExpressionRun.object('frontmatter', '[object Object]'),
      'Text oder eine Zahl, etwa `{frontmatter.title}` (gefunden: `{frontmatter}`, das auf der Seite als „[object Object]“ erschiene)',
    ],
    [
      () => de.mdxExpressionRun.function('Math.max'),
      'Text oder eine Zahl, etwa `{frontmatter.title}` (gefunden: `{Math.max}`, eine Funktion, deren Quelltext auf der Seite erschiene)',
    ],
    [
      () => de.mdxExpressionRun.waits('import("x")'),
      'ein Ausdruck ohne `async` und `import()`, dessen Wert die Seite sofort ausgeben kann (gefunden: `{import("x")}`)',
    ],
    [() => de.notRegularFile, 'gefunden: eine Gerätedatei, eine Pipe oder ein Socket statt einer gewöhnlichen Datei'],
    [() => de.tooLarge(11.5, 10), 'gefunden: 11,5 MB; höchstens 10 MB'],
    [() => de.utf16, 'gefunden: UTF-16-Text; die Datei als UTF-8 speichern'],
  ]);
});

describe('findings about references and structure', () => {
  testWordings([
    [() => en.unknownReference('Role', 'roles', 'leed'), 'the id of an existing role in roles/ (found `leed`)'],
    [() => en.didYouMean('lead'), '; did you mean `lead`?'],
    [() => en.fieldsHere('`a`, `b`'), '; the fields here are `a`, `b`'],
    [() => en.duplicateId('lead', 'roles/sub/lead.mdx'), 'a file name (id) unique in its collection (found `lead`, also roles/sub/lead.mdx)'],
    [
      () => en.glossaryTerm('kick-off', 'glossary/kick-off.mdx', 'kickoff'),
      '“kick-off”, as the glossary settles it (glossary/kick-off.mdx; found “kickoff”; if the word is meant here, note `# glossary-allow: kickoff` in the front matter)',
    ],
    [() => en.duplicateRule('phases/build.mdx'), 'the buffer rule stated in one phase only (found: also in phases/build.mdx, which holds)'],
    [() => en.duplicateOrder(2, 'phases/build.mdx'), 'an order number no other phase has (found 2, also used by phases/build.mdx)'],
    [() => en.phaseCycle('a → b → a'), 'phase dependencies without a cycle (found a → b → a)'],
    [() => en.duplicateItem('agenda'), 'an item id unique in this checklist (found `agenda` twice)'],
    [() => en.unknownRegion('XX'), 'a region with known public holidays, such as `DE`, `DE-BY`, `AT` or `CH-ZH` (found `XX`)'],
    [() => en.duplicatePerson('ann'), 'a person id unique in the plan (found `ann` twice)'],
    [() => en.duplicateTask('kick'), 'a task id unique in the plan (found `kick` twice)'],
    [() => en.unknownPerson('nobody'), "the id of a person in this plan's team (found `nobody`)"],
    [() => en.unknownTask('nothing'), 'the id of a task in this plan (found `nothing`)'],
    [() => en.taskCycle('a → b → a'), 'task dependencies without a cycle (found a → b → a)'],
    [() => en.bufferBeforeUnknown('done'), 'the id of a milestone task in this plan (found `done`)'],
    [
      () => en.baselineUnknown('2027-03-01', '2027-02-01, 2027-02-15'),
      'the date of a snapshot of this plan in snapshots/ (found `2027-03-01`; snapshots: 2027-02-01, 2027-02-15)',
    ],
    [() => en.baselineUnknown('2027-03-01', ''), 'the date of a snapshot of this plan in snapshots/ (found `2027-03-01`; snapshots: none)'],
    [
      () => en.snapshotPlace('plan `demo`, date `2027-03-01`'),
      'a file snapshots/PLAN/DATE.json whose `plan` and `date` match its folder and file name (plan `demo`, date `2027-03-01`)',
    ],
    [() => en.bufferBeforeNotMilestone('work'), 'the id of a milestone task, one with `milestone: true` (found `work`, which is not a milestone)'],
    [() => de.unknownReference('Rolle', 'roles', 'leed'), 'die ID eines vorhandenen Eintrags (Rolle) in roles/ (gefunden: `leed`)'],
    [() => de.didYouMean('lead'), '; gemeint ist wohl `lead`'],
    [() => de.fieldsHere('`a`, `b`'), '; die Felder hier sind `a`, `b`'],
    [
      () => de.duplicateId('lead', 'roles/sub/lead.mdx'),
      'ein Dateiname (ID), der in seiner Sammlung nur einmal vorkommt (gefunden: `lead`, auch roles/sub/lead.mdx)',
    ],
    [
      () => de.glossaryTerm('Kick-off', 'glossary/kick-off.mdx', 'Kickoff'),
      '„Kick-off“, wie es das Glossar festlegt (glossary/kick-off.mdx; gefunden: „Kickoff“; ist das Wort hier gewollt, in den Kopfdaten `# glossary-allow: Kickoff` vermerken)',
    ],
    [() => de.duplicateRule('phases/build.mdx'), 'die Puffer-Regel nur in einer Phase (gefunden: auch in phases/build.mdx, die gilt)'],
    [() => de.duplicateOrder(2, 'phases/build.mdx'), 'eine Reihenfolge-Nummer, die keine andere Phase hat (gefunden: 2, auch in phases/build.mdx)'],
    [() => de.phaseCycle('a → b → a'), 'Phasen-Abhängigkeiten ohne Kreis (gefunden: a → b → a)'],
    [() => de.duplicateItem('agenda'), 'eine ID, die in dieser Checkliste nur einmal vorkommt (gefunden: `agenda` zweimal)'],
    [() => de.unknownRegion('XX'), 'eine Region mit bekannten Feiertagen, etwa `DE`, `DE-BY`, `AT` oder `CH-ZH` (gefunden: `XX`)'],
    [() => de.duplicatePerson('ann'), 'eine Personen-ID, die im Plan nur einmal vorkommt (gefunden: `ann` zweimal)'],
    [() => de.duplicateTask('kick'), 'eine Aufgaben-ID, die im Plan nur einmal vorkommt (gefunden: `kick` zweimal)'],
    [() => de.unknownPerson('nobody'), 'die ID einer Person im Team dieses Plans (gefunden: `nobody`)'],
    [() => de.unknownTask('nothing'), 'die ID einer Aufgabe dieses Plans (gefunden: `nothing`)'],
    [() => de.taskCycle('a → b → a'), 'Aufgaben-Abhängigkeiten ohne Kreis (gefunden: a → b → a)'],
    [() => de.bufferBeforeUnknown('done'), 'die ID eines Meilensteins dieses Plans (gefunden: `done`)'],
    [() => de.baselineUnknown('2027-03-01', '2027-02-01'), 'das Datum eines Stands dieses Plans in snapshots/ (gefunden: `2027-03-01`; Stände: 2027-02-01)'],
    [() => de.baselineUnknown('2027-03-01', ''), 'das Datum eines Stands dieses Plans in snapshots/ (gefunden: `2027-03-01`; Stände: keine)'],
    [() => de.snapshotPlace('Plan `demo`'), 'eine Datei snapshots/PLAN/DATUM.json, deren `plan` und `date` zu Ordner und Dateiname passen (Plan `demo`)'],
    [() => de.bufferBeforeNotMilestone('work'), 'die ID eines Meilensteins, also einer Aufgabe mit `milestone: true` (gefunden: `work`, kein Meilenstein)'],
  ]);
});

describe("the schedule's findings", () => {
  const deSchedule = de.schedule;
  const enSchedule = en.schedule;

  test('a missing role, no buffer, a buffer too small (with and without the rule it breaks)', () => {
    expect(enSchedule['required-role-missing']({ role: 'lead', roleTitle: 'Project lead' })).toBe(
      'The role “Project lead” (lead) is required at the kick-off, but nobody in the team has it.',
    );
    expect(deSchedule['required-role-missing']({ role: 'lead', roleTitle: 'Projektleitung' })).toBe(
      'Die Rolle „Projektleitung“ (lead) muss beim Kick-off dabei sein, aber niemand im Team hat sie.',
    );
    expect(enSchedule['no-buffer']()).toBe(
      'The plan has no buffer. Daily business, sickness, vacation, trade fairs and misjudged effort need a reserve (15–20% is common).',
    );
    expect(deSchedule['no-buffer']()).toBe(
      'Der Plan hat keinen Puffer. Tagesgeschäft, Krankheit, Urlaub, Messen und Fehleinschätzungen brauchen Reserve (üblich: 15–20 %).',
    );
    // 7.25 % rounds to one digit (7.3), the minimum to none (14.6 → 15).
    expect(enSchedule['small-buffer']({ days: 3, percent: 7.25, min: 14.6, source: 'phases/build.mdx' })).toBe(
      'The buffer of 3 working days is only 7.3% of the scheduled length (under 15%, rule “minimum buffer” in phases/build.mdx).',
    );
    expect(enSchedule['small-buffer']({ days: 3, percent: 7.24, min: 15, source: null })).toBe(
      'The buffer of 3 working days is only 7.2% of the scheduled length (under 15%).',
    );
    expect(deSchedule['small-buffer']({ days: 3, percent: 7.25, min: 14.6, source: 'phases/build.mdx' })).toBe(
      'Der Puffer von 3 Arbeitstagen ist nur 7,3\u00a0% der geplanten Laufzeit (weniger als 15\u00a0%, Regel „Mindestpuffer“ in phases/build.mdx).',
    );
    expect(deSchedule['small-buffer']({ days: 3, percent: 10, min: 15, source: null })).toBe(
      'Der Puffer von 3 Arbeitstagen ist nur 10\u00a0% der geplanten Laufzeit (weniger als 15\u00a0%).',
    );
  });

  test('a misplaced buffer: before another milestone, or at the end of the plan', () => {
    expect(enSchedule['buffer-misplaced']({ phase: 'Build', milestone: 'Go-live', source: 'phases/build.mdx' })).toBe(
      'The buffer must sit before the milestone of phase “Build” (rule “buffer placement” in phases/build.mdx), but it sits before “Go-live”.',
    );
    expect(enSchedule['buffer-misplaced']({ phase: 'Build', milestone: null, source: 'phases/build.mdx' })).toBe(
      'The buffer must sit before the milestone of phase “Build” (rule “buffer placement” in phases/build.mdx), but it sits at the end of the plan.',
    );
    expect(deSchedule['buffer-misplaced']({ phase: 'Umsetzung', milestone: 'Go-live', source: 'phases/build.mdx' })).toBe(
      'Der Puffer muss vor dem Meilenstein der Phase „Umsetzung“ liegen (Regel „Lage des Puffers“ in phases/build.mdx), liegt aber vor „Go-live“.',
    );
    expect(deSchedule['buffer-misplaced']({ phase: 'Umsetzung', milestone: null, source: 'phases/build.mdx' })).toBe(
      'Der Puffer muss vor dem Meilenstein der Phase „Umsetzung“ liegen (Regel „Lage des Puffers“ in phases/build.mdx), liegt aber am Ende des Plans.',
    );
  });

  test('dates: ISO in English, day.month.year in German', () => {
    const checklist = { checklist: 'Preparation', phase: 'Build', due: '2027-03-09', start: '2027-03-08', source: 'phases/build.mdx' };
    expect(enSchedule['checklist-late'](checklist)).toBe(
      'Checklist “Preparation” must be done before phase “Build” starts (rule in phases/build.mdx); its last item is due 2027-03-09, the phase starts 2027-03-08.',
    );
    expect(deSchedule['checklist-late'](checklist)).toBe(
      'Die Checkliste „Preparation“ muss erledigt sein, bevor die Phase „Build“ beginnt (Regel in phases/build.mdx); ihr letzter Punkt ist am 09.03.2027 fällig, die Phase beginnt am 08.03.2027.',
    );
    expect(enSchedule['absent-during-task']({ person: 'Ann', task: 'Kick-off', days: 2, first: '2027-03-03' })).toBe(
      'Ann is absent on 2 working day(s) during “Kick-off” (from 2027-03-03); fixed-duration tasks do not move.',
    );
    expect(deSchedule['absent-during-task']({ person: 'Ann', task: 'Kick-off', days: 2, first: '2027-03-03' })).toBe(
      'Ann ist an 2 Arbeitstag(en) während „Kick-off“ abwesend (ab 03.03.2027); die Aufgabe hat feste Dauer und verschiebt sich nicht.',
    );
    expect(enSchedule.overbooked({ person: 'Bob', days: 4, first: '2027-03-10', peak: 1.255 })).toBe(
      'Bob is booked over capacity on 4 working day(s) (from 2027-03-10, peak 125.5%).',
    );
    expect(deSchedule.overbooked({ person: 'Bob', days: 4, first: '2027-03-10', peak: 1.5 })).toBe(
      'Bob ist an 4 Arbeitstag(en) über der Kapazität verplant (ab 10.03.2027, höchstens 150\u00a0%).',
    );
    expect(enSchedule['deadline-missed']({ task: 'Go-live', deadline: '2027-06-30', finish: '2027-07-02' })).toBe(
      '“Go-live” finishes on 2027-07-02; its deadline is 2027-06-30.',
    );
    expect(deSchedule['deadline-missed']({ task: 'Go-live', deadline: '2027-06-30', finish: '2027-07-02' })).toBe(
      '„Go-live“ endet am 02.07.2027, der Termin ist der 30.06.2027.',
    );
    expect(enSchedule['p85-after-committed']({ p85: '2027-07-09', committed: '2027-07-01' })).toBe(
      'At 85% confidence the project finishes on 2027-07-09, after the committed finish of 2027-07-01.',
    );
    expect(deSchedule['p85-after-committed']({ p85: '2027-07-09', committed: '2027-07-01' })).toBe(
      'Mit 85 % Wahrscheinlichkeit ist das Projekt erst am 09.07.2027 fertig – nach dem zugesagten Ende am 01.07.2027.',
    );
    expect(enSchedule['kickoff-not-working-day']({ kickoff: '2027-03-06', first: '2027-03-08' })).toBe(
      'The kick-off on 2027-03-06 is not a working day; the first working day is 2027-03-08.',
    );
    expect(deSchedule['kickoff-not-working-day']({ kickoff: '2027-03-06', first: '2027-03-08' })).toBe(
      'Der Kick-off am 06.03.2027 ist kein Arbeitstag; der erste Arbeitstag ist der 08.03.2027.',
    );
    expect(enSchedule['task-late']({ task: 'Analysis', baselineFinish: '2027-03-05', statusDate: '2027-03-12' })).toBe(
      '“Analysis” was due by 2027-03-05 in the baseline and is not done as of 2027-03-12.',
    );
    expect(deSchedule['task-late']({ task: 'Analyse', baselineFinish: '2027-03-05', statusDate: '2027-03-12' })).toBe(
      '„Analyse“ sollte laut Basislinie am 05.03.2027 fertig sein und ist es zum Stichtag 12.03.2027 nicht.',
    );
  });

  test('work started early, the red zone, an overrun by one day and by several, a task that never finishes', () => {
    expect(enSchedule['started-early']({ task: 'Build', predecessor: 'Analysis' })).toBe('“Build” started before “Analysis” was done.');
    expect(deSchedule['started-early']({ task: 'Umsetzung', predecessor: 'Analyse' })).toBe('„Umsetzung“ hat begonnen, bevor „Analyse“ erledigt ist.');
    expect(enSchedule['red-zone']({ consumption: 66.66, completion: 30 })).toBe(
      'The buffer is 66.7% used with only 30% of the critical chain done: red zone, act now.',
    );
    expect(deSchedule['red-zone']({ consumption: 66.66, completion: 30 })).toBe(
      'Der Puffer ist zu 66,7\u00a0% verbraucht, die kritische Kette erst zu 30\u00a0% erledigt: roter Bereich, jetzt gegensteuern.',
    );
    expect(enSchedule['buffer-overrun']({ days: 1, committed: '2027-07-01' })).toBe(
      'The committed finish of 2027-07-01 can no longer be held: the plan finishes 1 working day later.',
    );
    expect(enSchedule['buffer-overrun']({ days: 3, committed: '2027-07-01' })).toBe(
      'The committed finish of 2027-07-01 can no longer be held: the plan finishes 3 working days later.',
    );
    expect(deSchedule['buffer-overrun']({ days: 1, committed: '2027-07-01' })).toBe(
      'Das zugesagte Ende am 01.07.2027 ist nicht mehr zu halten: der Plan endet 1 Arbeitstag später.',
    );
    expect(deSchedule['buffer-overrun']({ days: 3, committed: '2027-07-01' })).toBe(
      'Das zugesagte Ende am 01.07.2027 ist nicht mehr zu halten: der Plan endet 3 Arbeitstage später.',
    );
    expect(enSchedule['never-finishes']({ task: 'Build', reason: 'no-capacity' })).toBe(
      '“Build” cannot finish within ten years of the kick-off: its assignees have no free capacity (absent or fully booked).',
    );
    expect(enSchedule['never-finishes']({ task: 'Build', reason: 'no-working-days' })).toBe(
      '“Build” cannot finish within ten years of the kick-off: there are not enough working days.',
    );
    expect(deSchedule['never-finishes']({ task: 'Umsetzung', reason: 'no-capacity' })).toBe(
      '„Umsetzung“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig: die zugewiesenen Personen haben keine freie Kapazität (abwesend oder verplant).',
    );
    expect(deSchedule['never-finishes']({ task: 'Umsetzung', reason: 'no-working-days' })).toBe(
      '„Umsetzung“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig: es gibt nicht genug Arbeitstage.',
    );
  });
});
