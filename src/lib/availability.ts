import type { Schedule } from './schedule/schedule-plan.ts';
import type { Person } from './schema/plan.ts';
import { isoWeekday, toDay, formatIsoDay, type Day } from './dates.ts';

export interface WeekLoad {
  /** Monday of the week, `YYYY-MM-DD`. */
  week: string;
  /** Person-days the person can give in the week (working days × capacity, minus absences). */
  available: number;
  /** Person-days booked by tasks in the week. */
  booked: number;
  absentDays: number;
}

/** One person's availability and load per calendar week, from the kick-off to the committed finish. */
export function weeklyLoad(schedule: Schedule, person: Person, personIndex: number): WeekLoad[] {
  const { calendar } = schedule;
  const end = toDay(schedule.committedFinish);
  const firstMonday = calendar.kickoff - isoWeekday(calendar.kickoff);
  const absences = (person.absences ?? []).map((absence) => [toDay(absence.from), toDay(absence.to)] as const);
  const absent = (day: Day) => absences.some(([from, to]) => from <= day && day <= to);
  const booked = schedule.booked[personIndex];
  const weeks: WeekLoad[] = [];
  let index = 0;
  for (let monday = firstMonday; monday <= end; monday += 7) {
    const load: WeekLoad = { week: formatIsoDay(monday), available: 0, booked: 0, absentDays: 0 };
    for (; index < calendar.days.length && calendar.days[index] < monday + 7; index++) {
      const day = calendar.days[index];
      if (day < monday) continue;
      load.booked += booked?.[index] ?? 0;
      if (absent(day)) load.absentDays++;
      else load.available += person.capacity;
    }
    weeks.push(load);
  }
  return weeks;
}
