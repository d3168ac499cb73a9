import path from 'node:path';
import type { Command } from '../command.ts';
import { outputTarget, refuseProjectFiles } from '../out-file.ts';
import { schedulePlanOf, type PlannedPlan } from '../schedule-plan-of.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { writeWhole } from '../write-whole.ts';

/** What a format writes: text, or the bytes of a binary file that only goes where `--out` says. */
type Output = string | Uint8Array;

/** Each output format of `kickoff schedule`, its formatter loaded only when asked for. */
const FORMATS: Record<string, (planned: PlannedPlan) => Promise<Output>> = {
  json: async ({ schedule }) => (await import('../../lib/export/schedule-json.ts')).formatScheduleJson(schedule),
  csv: async ({ schedule }) => (await import('../../lib/export/schedule-csv.ts')).formatScheduleCsv(schedule),
  ics: async ({ entry, schedule, lang }) => (await import('../../lib/export/schedule-ics.ts')).formatScheduleIcs(schedule, { title: entry.data.title, lang }),
  mermaid: async ({ entry, schedule, lang, inputs }) =>
    (await import('../../lib/diagram/gantt.ts')).ganttDiagram(schedule, { title: entry.data.title, lang, phaseTitles: inputs.phaseTitles }).source,
  tjp: async ({ entry }) => (await import('../../lib/export/schedule-tjp.ts')).toTaskJuggler(entry.data),
  xlsx: async ({ entry, schedule, lang, inputs, roleTitles }) =>
    (await import('../../lib/export/schedule-xlsx.ts')).formatScheduleXlsx(schedule, entry.data, {
      title: entry.data.title,
      lang,
      phaseTitles: inputs.phaseTitles,
      roleTitles,
    }),
  mspdi: async ({ entry, schedule, lang, inputs }) =>
    (await import('../../lib/export/schedule-mspdi.ts')).formatScheduleMspdi(schedule, entry.data, {
      title: entry.data.title,
      lang,
      phaseTitles: inputs.phaseTitles,
    }),
};

/** Formats whose output is binary: a terminal would show garbage, so they need `--out`. */
const BINARY = new Set(['xlsx']);

/** `kickoff schedule PLAN-ID [--format …] [--out FILE|-]`: one plan's computed schedule on stdout or into a file. */
export const command: Command = async ({ args, options, config, t, contentDir, configFile }) => {
  expectArgs(args, 1, 'schedule PLAN-ID', t.cli);
  const format = Object.hasOwn(FORMATS, options.format) ? FORMATS[options.format] : undefined;
  if (!format) throw new UsageError(t.cli.formatOption(options.format));
  const target = outputTarget(options.out, BINARY.has(options.format) ? options.format : undefined, process.stdout.isTTY === true, t);
  if (target.to === 'file') refuseProjectFiles(path.resolve(target.file), target.file, { contentDir, configFile }, t);
  const planned = await schedulePlanOf(contentDir, args[0], config.lang);
  if (!planned.ok) return planned.code;
  const output = await format(planned);
  if (target.to === 'stdout') {
    process.stdout.write(output);
    return 0;
  }
  const file = path.resolve(target.file);
  writeWhole(file, output, target.file, t);
  process.stderr.write(`${t.cli.wroteExport(path.relative(process.cwd(), file))}\n`);
  return 0;
};
