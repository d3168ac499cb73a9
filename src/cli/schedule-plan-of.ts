import path from 'node:path';
import type { Entry } from '../lib/content/read-content.ts';
import { translation } from '../lib/i18n/index.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import type { Plan } from '../lib/schema/plan.ts';
import { scheduleOptions } from '../lib/schedule/schedule-inputs.ts';
import { cachedSchedulePlan } from '../lib/schedule/schedule-cache.ts';
import type { Schedule, ScheduleOptions } from '../lib/schedule/schedule-plan.ts';
import { loadAndValidate, reportFindings } from './load-and-validate.ts';
import { UsageError } from './usage-error.ts';

/** A plan scheduled for a command that prints it, with what went into its schedule. */
export interface PlannedPlan {
  ok: true;
  entry: Entry<Plan>;
  schedule: Schedule;
  inputs: ScheduleOptions;
  /** Every role's title by id, for exports that name the team's roles. */
  roleTitles: ReadonlyMap<string, string>;
  lang: Lang;
}

/**
 * Reads and validates the content, then schedules one plan as every command that prints a plan
 * does. Content errors are reported (exit 1); an unknown plan is a usage error.
 */
export async function schedulePlanOf(
  contentDir: string,
  planId: string,
  lang: Lang,
  options: { replacing?: 'snapshot' } = {},
): Promise<PlannedPlan | { ok: false; code: number }> {
  const t = translation(lang);
  const { content, findings } = await loadAndValidate(contentDir, { lang, iterations: 0 });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    reportFindings(errors, contentDir, lang);
    return { ok: false, code: 1 };
  }
  const entry = content.plans.find((plan) => plan.id === planId);
  if (!entry) throw new UsageError(t.cli.unknownPlan(planId, path.join(contentDir, 'plans'), content.plans.map((plan) => plan.id).join(', ')));
  const inputs = scheduleOptions(content, entry.id, lang);
  // A snapshot is never measured against itself: rewriting the baseline (--force) plans anew.
  const asOf = entry.data.statusDate ?? entry.data.kickoff;
  if (options.replacing === 'snapshot') inputs.snapshots = inputs.snapshots?.filter((snapshot) => snapshot.date !== asOf);
  const result = cachedSchedulePlan(entry.id, entry.data, inputs);
  if (!result.ok) {
    for (const finding of result.findings) process.stderr.write(`${t.cli.error}: ${entry.file}: ${finding.path}: ${finding.message}\n`);
    return { ok: false, code: 1 };
  }
  const roleTitles = new Map(content.roles.map((role) => [role.id, role.data.title]));
  return { ok: true, entry, schedule: result.schedule, inputs, roleTitles, lang };
}
