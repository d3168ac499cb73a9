import { describe, expect, it } from 'vitest';
import { LARGE_PLAN_TASKS, planGantts } from '../../../src/lib/diagram/plan-gantts.ts';
import { person, schedule } from '../../helpers/plan.ts';
import { displayedText, parseDiagram } from '../../helpers/mermaid-dom.ts';

const PHASES = ['analyse', 'build', 'rollout'] as const;
const TITLES = new Map([
  ['analyse', 'Analyse'],
  ['build', 'Umsetzung'],
  ['rollout', 'Einführung'],
]);

/**
 * `perPhase` tasks in each of three phases, chained inside the phase (each after the one before),
 * the first of a phase after the last of the previous phase, the last of a phase a milestone,
 * and one task of the second phase waiting for a task in the middle of the first as well.
 */
function phasedPlan(perPhase: number) {
  const tasks = PHASES.flatMap((phase, p) =>
    Array.from({ length: perPhase }, (_, i) => {
      const id = `${phase}-${i}`;
      const previous = i > 0 ? [`${phase}-${i - 1}`] : p > 0 ? [`${PHASES[p - 1]}-${perPhase - 1}`] : [];
      const extra = p === 1 && i === 2 ? ['analyse-3'] : [];
      const last = i === perPhase - 1;
      return { id, title: `Aufgabe ${id}`, phase, dependsOn: [...previous, ...extra], ...(last ? { milestone: true } : { duration: 2 }) };
    }),
  );
  return schedule({ kickoff: '2027-03-01', team: [person('p')], tasks });
}

const options = { title: 'Großprojekt', lang: 'de' as const, phaseTitles: TITLES, titleLine: false };
const linkKey = (link: { from: string; to: string }) => `${link.from} → ${link.to}`;

describe('planGantts', () => {
  it(`keeps one chart with every arrow up to ${LARGE_PLAN_TASKS} tasks`, () => {
    const small = phasedPlan(Math.floor(LARGE_PLAN_TASKS / 3));
    const gantts = planGantts(small, options);
    expect(gantts.overview).toBeUndefined();
    expect(gantts.charts).toHaveLength(1);
    expect(gantts.charts[0].links.map(linkKey)).toContain('analyse-3 → build-2');
  });

  it('above that: an overview and one chart per phase; every dependency is drawn exactly once', () => {
    const large = phasedPlan(15);
    const gantts = planGantts(large, options);
    expect(gantts.overview).toBeDefined();
    expect(gantts.charts.map((chart) => chart.diagram.title)).toEqual(['Analyse', 'Umsetzung', 'Einführung']);
    const declared = large.tasks.flatMap((task) => task.dependsOn.map((from) => `${from} → ${task.id}`)).sort();
    const drawn = [gantts.overview!, ...gantts.charts].flatMap((part) => part.links.map(linkKey)).sort();
    expect(drawn).toEqual(declared);
    // Inside a phase in its chart, across phases in the overview.
    expect(gantts.charts[1].links.map(linkKey)).toContain('build-1 → build-2');
    expect(gantts.overview!.links.map(linkKey).sort()).toEqual(['analyse-14 → build-0', 'analyse-3 → build-2', 'build-14 → rollout-0']);
  });

  it('a phase chart holds that phase’s bars only, with their schedule ids, and an axis of its own', () => {
    const large = phasedPlan(15);
    const chart = planGantts(large, options).charts[1];
    const bars = [...chart.diagram.source.matchAll(/\b(t\d+), (\d{4}-\d\d-\d\d), (\d{4}-\d\d-\d\d)$/gm)];
    expect(bars.map((bar) => bar[1])).toEqual(Array.from({ length: 15 }, (_, i) => `t${16 + i}`));
    const build = large.tasks.filter((task) => task.phase === 'build');
    expect(bars[0][2]).toBe(build[0].start);
    // No buffer in a phase chart; the whole plan's buffer is in the overview.
    expect(chart.diagram.source).not.toMatch(/:buffer,/);
    expect(chart.links.every((link) => /^t\d+$/.test(link.fromBar) && /^t\d+$/.test(link.toBar))).toBe(true);
  });

  it('the overview: per phase one summary bar from its first start to its last finish, then its milestones', async () => {
    const large = phasedPlan(15);
    const { overview } = planGantts(large, options);
    const source = overview!.diagram.source;
    const analyse = large.tasks.filter((task) => task.phase === 'analyse');
    const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
    // 14 tasks and the milestone; the leading digit is written as an entity (see escape.ts).
    // Every phase holds critical work here, so every summary bar is drawn as critical.
    expect(source).toContain(`#49;4 Aufgaben:crit, p1, ${analyse[0].start}, ${dayAfter(analyse[14].finish)}`);
    expect(source).toContain('Aufgabe analyse-14:crit, milestone, t15,');
    expect(source.match(/\bp\d+, \d{4}-/g)).toHaveLength(3);
    expect(source).toContain('Überblick nach Phasen');
    // Mermaid reads it: three phase sections (and the buffer's) with their bars.
    const db = (await parseDiagram(source)).db as { getTasks(): { id: string; task: string }[] };
    expect(db.getTasks().map((task) => task.id)).toEqual(['p1', 't15', 'p2', 't30', 'p3', 't45']);
    expect(displayedText(db.getTasks()[0].task)).toBe('14 Aufgaben');
  });

  it('overview arrows leave a summary bar where the predecessor finishes and enter where the successor starts', () => {
    const large = phasedPlan(15);
    const links = planGantts(large, options).overview!.links;
    const middle = links.find((link) => linkKey(link) === 'analyse-3 → build-2')!;
    const byId = new Map(large.tasks.map((task) => [task.id, task]));
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    const analyse = large.tasks.filter((task) => task.phase === 'analyse');
    const span = days(analyse[0].start, analyse[14].finish) + 1;
    expect(middle).toMatchObject({ fromBar: 'p1', toBar: 'p2' });
    expect(middle.fromAt).toBeCloseTo((days(analyse[0].start, byId.get('analyse-3')!.finish) + 1) / span);
    expect(middle.toAt).toBeGreaterThan(0);
    expect(middle.toAt).toBeLessThan(1);
    // A milestone keeps its own bar in the overview.
    const fromMilestone = links.find((link) => linkKey(link) === 'analyse-14 → build-0')!;
    expect(fromMilestone).toMatchObject({ fromBar: 't15', toBar: 'p2', toAt: 0 });
    expect(fromMilestone.fromAt).toBeUndefined();
  });

  it('a summary bar is critical exactly when its phase holds a critical task', () => {
    // A chain of 25 two-day tasks (all critical) and beside it 20 one-day tasks after its first
    // task only, each with weeks of float.
    const chain = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, title: `C${i}`, phase: 'build', duration: 2, dependsOn: i ? [`c${i - 1}`] : [] }));
    const side = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, phase: 'analyse', duration: 1, dependsOn: ['c0'] }));
    const plan = schedule({ kickoff: '2027-03-01', team: [person('p')], tasks: [...chain, ...side] });
    expect(plan.tasks.filter((task) => task.phase === 'analyse' && task.critical)).toEqual([]);
    const source = planGantts(plan, options).overview!.diagram.source;
    expect(source).toMatch(/Aufgaben:crit, p1, /);
    expect(source).toMatch(/Aufgaben:p2, /);
  });
});
