import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ganttDiagram } from '../../../src/lib/diagram/gantt.ts';
import { milestoneDiagram } from '../../../src/lib/diagram/milestone-diagram.ts';
import { formatScheduleCsv } from '../../../src/lib/export/schedule-csv.ts';
import { formatScheduleIcs } from '../../../src/lib/export/schedule-ics.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { parseDiagram } from '../../helpers/mermaid-dom.ts';
import { rawPlanArb } from '../../helpers/arbitraries.ts';

// Content-level fuzzing of the rendering step: any valid plan that schedules yields diagram
// sources mermaid's own parser accepts (with one bar per task) and exports that never throw.
describe('random valid plans render', () => {
  it('to Gantt and milestone sources that mermaid parses, and to CSV and iCalendar', async () => {
    await fc.assert(
      fc.asyncProperty(rawPlanArb, fc.constantFrom('de', 'en') as fc.Arbitrary<'de' | 'en'>, async (raw, lang) => {
        const plan = planSchema.parse({ title: 'Fuzz', customer: 'K', vendor: 'V', ...raw });
        const result = schedulePlan('fuzz', plan, { iterations: 0, lang });
        if (!result.ok) return; // a never-finishing plan is an error finding, tested elsewhere
        const schedule = result.schedule;
        const gantt = ganttDiagram(schedule, { title: plan.title, lang });
        const parsed = await parseDiagram(gantt.source);
        expect(parsed.type).toBe('gantt');
        const bars = parsed.db.getTasks().length;
        expect(bars).toBe(schedule.tasks.length + (schedule.buffer.days > 0 ? 1 : 0));
        await parseDiagram(milestoneDiagram(schedule, { title: plan.title, lang }).source);
        expect(formatScheduleCsv(schedule).split('\r\n').length).toBe(schedule.tasks.length + 2);
        expect(formatScheduleIcs(schedule, { title: plan.title, lang })).toMatch(/END:VCALENDAR\r\n$/);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
