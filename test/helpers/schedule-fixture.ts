import { planSchema, type PlanInput } from '../../src/lib/schema/plan.ts';
import { schedulePlan, type Schedule } from '../../src/lib/schedule/schedule-plan.ts';

/**
 * A small plan in Bavaria around Easter 2027 (Good Friday 26.03., Easter Monday 29.03.), with an
 * extra holiday, a closure, a milestone, a task without phase or predecessor, progress and a fixed
 * buffer.
 * Kick-off Monday 2027-03-01.
 */
export const PLAN_INPUT: PlanInput = {
  title: 'Testplan',
  customer: 'Kunde',
  vendor: 'Lieferant',
  kickoff: '2027-03-01',
  calendar: {
    region: 'DE-BY',
    holidays: [{ date: '2027-03-10', label: 'Betriebsausflug' }],
    closures: [{ from: '2027-04-12', to: '2027-04-13', label: 'Inventur' }],
  },
  team: [{ id: 'anna', name: 'Anna', role: 'projektleitung' }],
  tasks: [
    { id: 'kickoff', phase: 'kickoff', title: 'Kick-off', duration: 1, progress: 100 },
    { id: 'analyse', phase: 'analyse', title: 'Analyse', duration: 5, dependsOn: ['kickoff'], progress: 40 },
    { id: 'doku', title: 'Dokumentation', duration: 2, start: '2027-03-02' },
    { id: 'konzept-ok', phase: 'analyse', title: 'Konzept abgenommen', milestone: true, dependsOn: ['analyse'], deadline: '2027-03-12' },
    { id: 'umsetzung', phase: 'umsetzung', title: 'Umsetzung', duration: 20, dependsOn: ['konzept-ok'], progress: 0 },
    { id: 'go-live', phase: 'umsetzung', title: 'Go-live', milestone: true, dependsOn: ['umsetzung'], deadline: '2027-04-01' },
  ],
  buffer: { method: 'fixed', value: 3 },
};

export const PHASE_TITLES: ReadonlyMap<string, string> = new Map([
  ['kickoff', 'Kick-off & Start'],
  ['analyse', 'Analyse: Workshops'],
]);

/** Schedules `input` (defaults filled by the schema); throws when the plan does not schedule. */
export function scheduleOf(input: PlanInput = PLAN_INPUT, iterations = 0): Schedule {
  const result = schedulePlan('testplan', planSchema.parse(input), { iterations });
  if (!result.ok) throw new Error(result.findings.map((finding) => finding.message).join('; '));
  return result.schedule;
}
