import { formatIsoDay, toDay } from '../dates.ts';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Plan } from '../schema/plan.ts';
import type { Schedule } from '../schedule/schedule-plan.ts';
import { icalendar, UID_DOMAIN, type CalendarEvent } from './icalendar.ts';

/**
 * One team member's own calendar of a plan: the kick-off, one event per run of consecutive
 * working days they are booked on a task (a done task: its actual days), the deadlines of their
 * tasks and their absences as the plan knows them. UIDs derive from plan, person, task and the
 * run's number, so a subscription updates its events when the plan moves.
 */
export function formatPersonIcs(schedule: Schedule, plan: Plan, personId: string, options: { title: string; lang: Lang }): string {
  const labels = translation(options.lang).calendar;
  const index = plan.team.findIndex((person) => person.id === personId);
  const person = plan.team[index];
  if (!person) throw new Error(`no person ${personId} in plan ${schedule.plan}`);
  const uid = (what: string) => `${schedule.plan}.person.${personId}.${what}@${UID_DOMAIN}`;
  const events: CalendarEvent[] = [{ uid: uid('kickoff'), date: schedule.kickoff, summary: `${labels.kickoff}: ${options.title}` }];

  schedule.tasks.forEach((task, taskIndex) => {
    if (!task.assignees.includes(personId)) return;
    const summary = `${task.title} (${options.title})`;
    if (task.milestone) {
      // a milestone is a date, not work: only its deadline below
    } else if (task.state === 'done') {
      events.push({ uid: uid(`task.${task.id}.1`), date: task.start, last: task.finish, summary, busy: true });
    } else {
      const days = [
        ...new Set(schedule.bookings[taskIndex].filter((booking) => booking.person === index && booking.amount > 0).map((booking) => booking.index)),
      ].sort((a, b) => a - b);
      const runs = runsOf(days).map(([first, last]) => ({
        first: formatIsoDay(schedule.calendar.days[first]),
        last: formatIsoDay(schedule.calendar.days[last]),
      }));
      if (task.state === 'active' && task.actualStart !== undefined && schedule.statusDate !== undefined) {
        runs.unshift(...workedPart(schedule, task.actualStart, schedule.statusDate, runs.shift()));
      }
      runs.forEach(({ first, last }, run) => {
        events.push({ uid: uid(`task.${task.id}.${run + 1}`), date: first, last, summary, busy: true });
      });
    }
    if (task.deadline)
      events.push({
        uid: uid(`deadline.${task.id}`),
        date: task.deadline,
        summary: `${labels.deadline}: ${task.title}`,
        description: `${labels.planned}: ${task.finish}`,
      });
  });

  (person.absences ?? []).forEach((absence, number) => {
    const reason = absence.label ?? translation(options.lang).ui.reasons[absence.reason];
    events.push({ uid: uid(`absence.${number + 1}`), date: absence.from, last: absence.to, summary: `${labels.absent}: ${reason}`, busy: true });
  });
  return icalendar(`${person.name}: ${options.title}`, events, schedule.kickoff);
}

/**
 * The days a task in progress has been worked, from its actual start to the status date, as the
 * bookings hold only the work left from N on (rule T2): joined with the first run of that work
 * when it begins on N, the first working day after the status date.
 */
function workedPart(
  schedule: Schedule,
  actualStart: string,
  statusDate: string,
  next: { first: string; last: string } | undefined,
): { first: string; last: string }[] {
  const { calendar } = schedule;
  const firstOpen = calendar.days[calendar.indexOnOrAfter(toDay(statusDate) + 1)];
  if (next && firstOpen !== undefined && next.first === formatIsoDay(firstOpen)) return [{ first: actualStart, last: next.last }];
  const lastWorked = calendar.days[calendar.indexOnOrBefore(toDay(statusDate))];
  const worked = { first: actualStart, last: lastWorked !== undefined && formatIsoDay(lastWorked) >= actualStart ? formatIsoDay(lastWorked) : actualStart };
  return next ? [worked, next] : [worked];
}

/** Runs of consecutive numbers: [1, 2, 3, 7, 8] → [[1, 3], [7, 8]]. */
function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const value of sorted) {
    const current = runs.at(-1);
    if (current && value === current[1] + 1) current[1] = value;
    else runs.push([value, value]);
  }
  return runs;
}
