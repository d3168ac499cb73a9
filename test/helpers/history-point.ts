import type { HistoryPoint } from '../../src/lib/schedule/history.ts';

/** A point of a plan's tracking history as the chart tests draw it: no zone, not the current one unless said. */
export const historyPoint = (date: string, completion: number | null, consumption: number | null, current = false): HistoryPoint => ({
  date,
  completion,
  consumption,
  zone: null,
  current,
});
