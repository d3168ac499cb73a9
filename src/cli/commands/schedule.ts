import type { Command } from '../command.ts';
import { schedulePlanOf, type PlannedPlan } from '../schedule-plan-of.ts';
import { expectArgs, UsageError } from '../usage-error.ts';

/** Each output format of `kickoff schedule`, its formatter loaded only when asked for. */
const FORMATS: Record<string, (planned: PlannedPlan) => Promise<string>> = {
  json: async ({ schedule }) => (await import('../../lib/export/schedule-json.ts')).formatScheduleJson(schedule),
  csv: async ({ schedule }) => (await import('../../lib/export/schedule-csv.ts')).formatScheduleCsv(schedule),
  ics: async ({ entry, schedule, lang }) => (await import('../../lib/export/schedule-ics.ts')).formatScheduleIcs(schedule, { title: entry.data.title, lang }),
  mermaid: async ({ entry, schedule, lang, inputs }) =>
    (await import('../../lib/diagram/gantt.ts')).ganttDiagram(schedule, { title: entry.data.title, lang, phaseTitles: inputs.phaseTitles }).source,
  tjp: async ({ entry }) => (await import('../../lib/export/schedule-tjp.ts')).toTaskJuggler(entry.data),
};

/** `kickoff schedule PLAN-ID [--format …]`: one plan's computed schedule on stdout. */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 1, 'schedule PLAN-ID', t.cli);
  const format = Object.hasOwn(FORMATS, options.format) ? FORMATS[options.format] : undefined;
  if (!format) throw new UsageError(t.cli.formatOption(options.format));
  const planned = await schedulePlanOf(contentDir, args[0], config.lang);
  if (!planned.ok) return planned.code;
  process.stdout.write(await format(planned));
  return 0;
};
