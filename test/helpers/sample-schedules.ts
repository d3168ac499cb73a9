import path from 'node:path';
import { readContent, type Content } from '../../src/lib/content/read-content.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';
import { scheduleOptions } from '../../src/lib/schedule/schedule-inputs.ts';
import { schedulePlan, type Schedule } from '../../src/lib/schedule/schedule-plan.ts';
import type { Plan } from '../../src/lib/schema/plan.ts';

export const SAMPLE = path.resolve(import.meta.dirname, '../../content');

export interface SamplePlan {
  id: string;
  plan: Plan;
  schedule: Schedule;
  phaseTitles: ReadonlyMap<string, string>;
}

/** Every plan of the sample content, scheduled as the site does (snapshots and rules included, no Monte Carlo). */
export async function sampleSchedules(lang: Lang = 'de'): Promise<{ content: Content; plans: SamplePlan[] }> {
  const { content } = await readContent(SAMPLE, lang);
  const plans = content.plans.map((entry) => {
    const result = schedulePlan(entry.id, entry.data, { ...scheduleOptions(content, entry.id, lang), iterations: 0 });
    if (!result.ok) throw new Error(`sample plan ${entry.id} does not schedule`);
    return { id: entry.id, plan: entry.data, schedule: result.schedule, phaseTitles: new Map(content.phases.map((phase) => [phase.id, phase.data.title])) };
  });
  return { content, plans };
}
