import { describe, expect, it } from 'vitest';
import { phaseFlowchart, type FlowchartPhase } from '../../../src/lib/diagram/phase-flowchart.ts';
import { displayedText, parseDiagram } from '../../helpers/mermaid-dom.ts';

const PHASES: FlowchartPhase[] = [
  { id: 'analyse', title: 'Analyse & Workshops', order: 2, dependsOn: ['kickoff'], milestone: 'Fachkonzept abgenommen' },
  { id: 'kickoff', title: 'Kick-off', order: 1 },
  { id: 'end', title: 'end', order: 4, dependsOn: ['analyse', 'schnittstellen', 'unbekannt'] },
  { id: 'schnittstellen', title: 'Schnittstellen: "ERP" #1', order: 3, dependsOn: ['kickoff'] },
];

describe('phaseFlowchart', () => {
  it('emits nodes in order, edges from dependencies and links', () => {
    const { source, title } = phaseFlowchart(PHASES, { lang: 'de', hrefFor: (id) => `/de/phasen/${id}/` });
    expect(title).toBe('Standardphasen und ihre Abhängigkeiten');
    expect(source).toBe(
      [
        'flowchart LR',
        '  accTitle: Standardphasen und ihre Abhängigkeiten',
        '  accDescr: Ablauf mit 4 Phasen#58; Kick-off#59; Analyse #38; Workshops (nach Kick-off)#59; Schnittstellen#58; #34;ERP#34; #35;1 (nach Kick-off)#59; end (nach Analyse #38; Workshops, Schnittstellen#58; #34;ERP#34; #35;1).',
        '  p1["Kick-off"]',
        '  p2["Analyse #38; Workshops<br>#9670; Fachkonzept abgenommen"]',
        '  p3["Schnittstellen#58; #34;ERP#34; #35;1"]',
        '  p4["end"]',
        '  p1 --> p2',
        '  p1 --> p3',
        '  p2 --> p4',
        '  p3 --> p4',
        '  click p1 href "/de/phasen/kickoff/"',
        '  click p2 href "/de/phasen/analyse/"',
        '  click p3 href "/de/phasen/schnittstellen/"',
        '  click p4 href "/de/phasen/end/"',
        '',
      ].join('\n'),
    );
  });

  it('is accepted by mermaid with the labels, edges and links intended', async () => {
    const { source } = phaseFlowchart(PHASES, { lang: 'en', hrefFor: (id) => `/en/phases/${id}/?a="b";c` });
    const { type, db } = await parseDiagram(source);
    expect(type).toBe('flowchart-v2');
    const vertices = [...db.getVertices().values()] as { id: string; text: string }[];
    expect(vertices.map((vertex) => vertex.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    // p2 carries `<br>`: happy-dom's DOMPurify drops text before a tag (see mermaid-dom.ts).
    expect([vertices[0], vertices[2], vertices[3]].map((vertex) => displayedText(vertex.text))).toEqual(['Kick-off', 'Schnittstellen: "ERP" #1', 'end']);
    expect(db.getEdges().map((edge: { start: string; end: string }) => `${edge.start}>${edge.end}`)).toEqual(['p1>p2', 'p1>p3', 'p2>p4', 'p3>p4']);
    expect(source).toContain('click p1 href "/en/phases/kickoff/?a=%22b%22%3Bc"');
  });

  it('has no links without hrefFor and an English default title', () => {
    const { source, title } = phaseFlowchart(PHASES, { lang: 'en' });
    expect(source).not.toContain('click');
    expect(title).toBe('Standard phases and their dependencies');
  });
});
