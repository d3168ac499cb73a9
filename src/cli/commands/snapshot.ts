import { existsSync } from 'node:fs';
import path from 'node:path';
import { snapshotOf } from '../../lib/schedule/snapshot-of.ts';
import type { Command } from '../command.ts';
import { schedulePlanOf } from '../schedule-plan-of.ts';
import { expectArgs, UsageError } from '../usage-error.ts';
import { writeWhole } from '../write-whole.ts';

/** `kickoff snapshot PLAN-ID [--label TEXT] [--force]`: records the schedule as of the status date, else the kick-off. */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 1, 'snapshot PLAN-ID [--label TEXT] [--force]', t.cli);
  const planned = await schedulePlanOf(contentDir, args[0], config.lang, { replacing: 'snapshot' });
  if (!planned.ok) return planned.code;
  const snapshot = snapshotOf(planned.schedule, options.label?.trim() || undefined);
  const target = path.join(contentDir, 'snapshots', snapshot.plan, `${snapshot.date}.json`);
  const shown = path.relative(process.cwd(), target);
  if (existsSync(target) && !options.force) throw new UsageError(t.cli.exists(shown));
  writeWhole(target, `${JSON.stringify(snapshot, null, 2)}\n`, shown, t, { makeFolder: true });
  // Without a status date the snapshot is the plan as planned, dated by its kick-off.
  const written = planned.schedule.statusDate ? t.cli.wroteSnapshot(shown) : t.cli.wroteKickoffSnapshot(shown);
  process.stdout.write(`${written}\n`);
  return 0;
};
