import { statusReport } from '../../lib/export/status-report.ts';
import { formatStatusText } from '../../lib/export/status-text.ts';
import type { Command } from '../command.ts';
import { schedulePlanOf } from '../schedule-plan-of.ts';
import { expectArgs } from '../usage-error.ts';

/** `kickoff status PLAN-ID`: the plan's status report as text. */
export const command: Command = async ({ args, config, t, contentDir }) => {
  expectArgs(args, 1, 'status PLAN-ID', t.cli);
  const planned = await schedulePlanOf(contentDir, args[0], config.lang);
  if (!planned.ok) return planned.code;
  process.stdout.write(formatStatusText(statusReport(planned.schedule, planned.entry.data, planned.inputs.snapshots ?? []), t));
  return 0;
};
