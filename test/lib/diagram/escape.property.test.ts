/**
 * Property: whatever a name contains, the emitted source parses with mermaid's own parser and the
 * name comes back exactly (line breaks and control characters as spaces) once mermaid's entity
 * markers are decoded the way the browser finally shows them.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { separateMarkerPairs } from '../../../src/lib/diagram/escape.ts';
import { ganttDiagram } from '../../../src/lib/diagram/gantt.ts';
import { milestoneDiagram } from '../../../src/lib/diagram/milestone-diagram.ts';
import { phaseFlowchart } from '../../../src/lib/diagram/phase-flowchart.ts';
import type { Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { displayedText, loadMermaid, parseDiagram } from '../../helpers/mermaid-dom.ts';
import { scheduleOf } from '../../helpers/schedule-fixture.ts';
import { decodeDecimalMarkers, shownLabel } from '../../helpers/label-oracle.ts';

const NUM_RUNS = 200;

/** Pieces that mean something to some mermaid lexer, sanitiser or preprocessor. */
const PIECES = [
  ':',
  '::',
  '#',
  '%',
  '%%',
  ';',
  '"',
  "'",
  '`',
  '&',
  '<',
  '>',
  '\\',
  '/',
  '*',
  '_',
  '~',
  '|',
  ',',
  '=',
  '$$x^2$$',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '-->',
  '---',
  '==>',
  '@{',
  '<br>',
  '<br/>',
  '<b>x</b>',
  '<script>alert(1)</script>',
  '#58;',
  '#lt;',
  '#x41;',
  '#quot;',
  '&amp;',
  '&#58;',
  'ﬂ°°58¶ß',
  '¶ß',
  'ﬂ°',
  '°',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\t',
  '\u0000',
  '\u007f',
  ' ',
  '  ',
  '\u00a0',
  '\u200d',
  '\ufeff',
  '\ud800',
  'ä',
  'Ö',
  'ß',
  'é',
  'e\u0301',
  '😀',
  '👨‍👩‍👧',
  '中文',
  'שלום',
  'title ',
  'Title ',
  'section ',
  'excludes ',
  'includes ',
  'dateFormat ',
  'axisFormat ',
  'tickInterval ',
  'todayMarker ',
  'click ',
  'call ',
  'href "',
  'gantt ',
  'accTitle: ',
  'accDescr: ',
  'accDescr {',
  'accDescription ',
  'weekday monday',
  'weekend friday',
  'inclusiveEndDates',
  'topAxis',
  '2027-03-01',
  '2027-03-01, 3d',
  '1',
  'crit, ',
  'done',
  'milestone',
  'vert',
  'after t1',
  'until t2',
  'timeline',
  'flowchart LR',
  'graph TD',
  'direction TB',
  'direction LR',
  'end',
  'subgraph',
  'style x fill:#f00;',
  'classDef a fill:#f00;',
  'class a b',
  'linkStyle 0',
  'fa:fa-car',
  '%%{init: {"theme": "dark"}}%%',
  '---\ntitle: x\n---',
  'x:t1, 2027-03-01, 2027-03-02',
];

const nastyText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((text) => text.length > 0);

/** The label as the rules say it shows (test/helpers/label-oracle.ts, not the code under test). */
const shown = (text: string) => shownLabel(text);

// Each property loads and runs mermaid's parser a hundred times: minutes on a busy two-core machine.
describe('names survive mermaid (property)', { timeout: 120_000 }, () => {
  let base: Schedule;
  beforeAll(async () => {
    base = scheduleOf();
    await loadMermaid();
  });

  it('gantt: task names, section titles and the title', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(nastyText, { minLength: base.tasks.length, maxLength: base.tasks.length }),
        fc.array(nastyText, { minLength: 3, maxLength: 3 }),
        nastyText,
        fc.constantFrom('de' as const, 'en' as const),
        async (names, phaseNames, title, lang) => {
          const schedule = { ...base, tasks: base.tasks.map((task, index) => ({ ...task, title: names[index] })) };
          const phaseTitles = new Map([
            ['kickoff', phaseNames[0]],
            ['analyse', phaseNames[1]],
            ['umsetzung', phaseNames[2]],
          ]);
          const { source } = ganttDiagram(schedule, { title, lang, phaseTitles });
          const { type, db } = await parseDiagram(source);
          expect(type).toBe('gantt');
          expect(displayedText(db.getDiagramTitle())).toBe(shown(title));
          expect(displayedText(db.getAccTitle())).toBe(shown(title));
          const tasks = db.getTasks() as { id: string; task: string; startTime: Date }[];
          expect(tasks).toHaveLength(schedule.tasks.length + 1);
          for (const [index, name] of names.entries()) {
            const task = tasks.find((candidate) => candidate.id === `t${index + 1}`);
            expect(task && displayedText(task.task)).toBe(shown(name));
          }
          const sections = (db.getSections() as string[]).map(displayedText);
          expect(sections.slice(0, 2)).toEqual([shown(phaseNames[0]), shown(phaseNames[1])]);
          expect(sections[3]).toBe(shown(phaseNames[2]));
          expect(sections).toHaveLength(5);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('timeline: milestone names in the event cards', async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, nastyText, nastyText, async (first, second, title) => {
        const names = new Map([
          ['konzept-ok', first],
          ['go-live', second],
        ]);
        const schedule = { ...base, tasks: base.tasks.map((task) => ({ ...task, title: names.get(task.id) ?? task.title })) };
        const { source } = milestoneDiagram(schedule, { title, lang: 'de' });
        const { type, db } = await parseDiagram(source);
        expect(type).toBe('timeline');
        // No title line (the page's card shows the title); the accessible title carries it.
        expect(db.getCommonDb().getDiagramTitle()).toBe('');
        expect(displayedText(db.getCommonDb().getAccTitle())).toBe(shown(title));
        // Split at our own `<br>` before decoding: a `<br>` in a name is still encoded at this point.
        const cards = (db.getTasks() as { events: string[] }[]).map((period) => period.events.map((event) => event.split('<br>').map(displayedText)));
        expect(cards).toHaveLength(3);
        expect(cards[0][0]).toEqual([shown(first), 'Frist 12. März 2027 eingehalten']);
        expect(cards[1][0]).toEqual([shown(second), 'Frist 1. Apr. 2027 verfehlt']);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('flowchart: phase titles and milestones in quoted labels', async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, nastyText, nastyText, async (first, second, milestone) => {
        const phases = [
          { id: 'a', title: first, order: 1 },
          { id: 'b', title: second, order: 2, dependsOn: ['a'], milestone },
        ];
        const { source } = phaseFlowchart(phases, { lang: 'de', hrefFor: (id) => `/de/phasen/${id}/` });
        const { db } = await parseDiagram(source);
        const vertices = [...db.getVertices().values()] as { id: string; text: string }[];
        expect(vertices.map((vertex) => vertex.id)).toEqual(['p1', 'p2']);
        // HTML labels keep `¶ß` and `ﬂ°` apart with an invisible word joiner (see escape.ts).
        const inLabel = (text: string) => separateMarkerPairs(shown(text));
        expect(displayedText(vertices[0].text)).toBe(inLabel(first));
        expect(db.getEdges()).toHaveLength(1);
        // The label with `<br>` is compared in the source (happy-dom's DOMPurify quirk, see mermaid-dom.ts).
        const label = /^ {2}p2\["(.*)"\]$/m.exec(source)?.[1] ?? '';
        expect(label.split('<br>').map(decodeDecimalMarkers)).toEqual([inLabel(second), inLabel(`◆ ${milestone}`)]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
