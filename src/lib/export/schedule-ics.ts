import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Schedule } from '../schedule/schedule-plan.ts';
import { icalendar, UID_DOMAIN, type CalendarEvent } from './icalendar.ts';

/**
 * The plan's key dates as an RFC 5545 calendar of all-day events: kick-off, milestones,
 * deadlines and the end of the buffer. UIDs derive from plan and task ids, so a calendar app
 * that subscribed once updates the same events when the plan moves.
 */
export function formatScheduleIcs(schedule: Schedule, options: { title: string; lang: Lang }): string {
  const labels = translation(options.lang).calendar;
  const events: CalendarEvent[] = [{ uid: `${schedule.plan}.kickoff@${UID_DOMAIN}`, date: schedule.kickoff, summary: `${labels.kickoff}: ${options.title}` }];
  for (const task of schedule.tasks) {
    if (task.milestone) {
      // A tracked milestone says whether it was reached, and where the baseline had it.
      const tracking = [task.state === 'done' ? labels.reached : '', task.baselineFinish ? `${labels.baseline}: ${task.baselineFinish}` : '']
        .filter(Boolean)
        .join(' · ');
      events.push({
        uid: `${schedule.plan}.milestone.${task.id}@${UID_DOMAIN}`,
        date: task.finish,
        summary: `${labels.milestone}: ${task.title}`,
        ...(tracking ? { description: tracking } : {}),
      });
    }
    if (task.deadline) {
      const status = task.deadlineMet ? labels.met : labels.missed;
      events.push({
        uid: `${schedule.plan}.deadline.${task.id}@${UID_DOMAIN}`,
        date: task.deadline,
        summary: `${labels.deadline}: ${task.title}`,
        description: `${labels.planned}: ${task.finish} (${status})`,
      });
    }
  }
  if (schedule.buffer.finish) {
    events.push({ uid: `${schedule.plan}.buffer-end@${UID_DOMAIN}`, date: schedule.buffer.finish, summary: `${labels.bufferEnd} (${options.title})` });
  }
  return icalendar(options.title, events, schedule.kickoff);
}
