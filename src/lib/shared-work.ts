import type { ParseJob, ParseResult } from './content/read-entry.ts';
import type { ScheduleFinding } from './schedule/schedule-plan.ts';
import type { ScheduleJob } from './schedule/schedule-cache.ts';

/**
 * The work another thread can take over, by kind: what goes there (plain data) and what comes
 * back. Both threads run the same function on an item, so where an item was worked on never
 * changes its result.
 */
export interface SharedWork {
  /** A file parsed and checked (`parseJob`). */
  parse: { item: ParseJob; result: ParseResult };
  /** A plan's schedule findings (`scheduleJobFindings`). */
  schedule: { item: ScheduleJob; result: ScheduleFinding[] };
}

export type SharedKind = keyof SharedWork;

/**
 * Works through `items`, each with `here` or on another thread; the results in the order of the
 * items. The command line shares with a helper thread on large playbooks (src/cli/helper-thread.ts).
 */
export type Share = <Kind extends SharedKind>(
  kind: Kind,
  items: readonly SharedWork[Kind]['item'][],
  here: (item: SharedWork[Kind]['item']) => SharedWork[Kind]['result'],
) => Promise<SharedWork[Kind]['result'][]>;

/** Every item worked on here. */
export const shareNothing: Share = async (_kind, items, here) => items.map((item) => here(item));
