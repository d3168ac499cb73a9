import { describe, expect, it } from 'vitest';
import type { Phase } from '../../src/lib/schema/phase.ts';
import { playbookFlowchart } from '../../src/lib/site-diagrams.ts';

const phase = (id: string, data: Partial<Phase>) => ({ id, data: data as Phase });

describe('playbookFlowchart', () => {
  it('draws the phases in their order with titles, milestones, dependencies and links', () => {
    const flowchart = playbookFlowchart(
      [
        phase('analyse', { title: 'Analyse', order: 2, dependsOn: ['kickoff'], milestone: 'Fachkonzept abgenommen' }),
        phase('kickoff', { title: 'Kick-off', order: 1 }),
      ],
      'de',
      (id) => `/de/phasen/${id}/`,
    );
    expect(flowchart?.title).toBe('Standardphasen und ihre Abhängigkeiten');
    const lines = flowchart?.source.split('\n').map((line) => line.trim());
    expect(lines).toContain('p1["Kick-off"]');
    expect(lines).toContain('p2["Analyse<br>#9670; Fachkonzept abgenommen"]');
    expect(lines).toContain('p1 --> p2');
    expect(lines).toContain('click p1 href "/de/phasen/kickoff/"');
    expect(lines).toContain('click p2 href "/de/phasen/analyse/"');
  });

  it('draws forty phases, but no chart for none or for more than forty', () => {
    const phases = Array.from({ length: 41 }, (_, index) => phase(`p${index}`, { title: `Phase ${index}`, order: index }));
    expect(playbookFlowchart([], 'en')).toBeUndefined();
    expect(playbookFlowchart(phases, 'en')).toBeUndefined();
    const forty = playbookFlowchart(phases.slice(0, 40), 'en');
    expect(forty?.source).toContain('p40["Phase 39"]');
    expect(forty?.source).not.toContain('click ');
  });
});
