import { toDay } from '../dates.ts';
import type { Snapshot } from '../schema/snapshot.ts';
import { bufferUse, chainCompletion, zoneOf, type Zone } from './baseline.ts';
import type { Schedule } from './schedule-plan.ts';

/** One report date of a tracked plan: a snapshot after the baseline, or the current state. */
export interface HistoryPoint {
  date: string;
  label?: string;
  /** Rule B3 and B2 at that date, in percent; null when the baseline gives no measure. */
  completion: number | null;
  consumption: number | null;
  zone: Zone | null;
  /** True for the current state (the status date), false for a snapshot. */
  current: boolean;
}

/** A baseline milestone's forecast at each report date (the milestone trend analysis). */
export interface MilestoneTrend {
  id: string;
  title: string;
  /** Report date → forecast date, from the baseline on, in date order. */
  forecasts: { date: string; forecast: string }[];
}

export interface TrackingHistory {
  baseline: Snapshot;
  /** The snapshots after the baseline and the current state, in date order (the fever chart). */
  points: HistoryPoint[];
  milestones: MilestoneTrend[];
}

/**
 * What the buffer fever chart and the milestone trend analysis draw, from the baseline, the
 * snapshots after it and the schedule as of its status date. Undefined without a baseline.
 */
export function trackingHistory(schedule: Schedule, snapshots: readonly Snapshot[]): TrackingHistory | undefined {
  const baselineDate = schedule.baseline?.date;
  const baseline = snapshots.find((snapshot) => snapshot.date === baselineDate);
  if (!baseline) return undefined;
  const { calendar } = schedule;
  const committed = calendar.indexOnOrBefore(toDay(baseline.committedFinish));
  const later = snapshots.filter((snapshot) => snapshot.date > baseline.date).sort((a, b) => a.date.localeCompare(b.date));

  const pointOf = (snapshot: Snapshot): HistoryPoint => {
    const shares = new Map(snapshot.tasks.map((task) => [task.id, task.completion]));
    // A snapshot that does not say how far each task was cannot say how far the chain was.
    const measured = snapshot.tasks.every((task) => task.completion !== undefined);
    const completion = measured ? chainCompletion(baseline, (id) => shares.get(id)) : null;
    const { consumption } = bufferUse(baseline.buffer.days, calendar.indexOnOrBefore(toDay(snapshot.finish)), committed);
    return {
      date: snapshot.date,
      ...(snapshot.label ? { label: snapshot.label } : {}),
      completion,
      consumption,
      zone: zoneOf(consumption, completion),
      current: false,
    };
  };
  const now = schedule.statusDate ?? schedule.kickoff;
  const reported = later.filter((snapshot) => snapshot.date < now);
  const points = reported.map(pointOf);
  points.push({ date: now, completion: schedule.completion, consumption: schedule.consumption, zone: schedule.zone, current: true });

  const finishes = reported.map((snapshot) => new Map(snapshot.tasks.map((task) => [task.id, task.finish])));
  const currentById = new Map(schedule.tasks.map((task) => [task.id, task]));
  const milestones = baseline.tasks
    .filter((task) => task.milestone)
    .map((task) => {
      const forecasts = [{ date: baseline.date, forecast: task.finish }];
      reported.forEach((snapshot, index) => {
        const forecast = finishes[index].get(task.id);
        if (forecast !== undefined) forecasts.push({ date: snapshot.date, forecast });
      });
      const current = currentById.get(task.id);
      if (current && now > baseline.date) forecasts.push({ date: now, forecast: current.finish });
      return { id: task.id, title: current?.title ?? task.id, forecasts };
    });
  return { baseline, points, milestones };
}
