import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import { formatIsoDay, isoWeekday, toDay } from '../dates.ts';
import type { Plan } from '../schema/plan.ts';

/**
 * A plan as a TaskJuggler 3 project (`kickoff schedule ID --format tjp`), to continue it there or
 * to check our dates against an independent scheduler. What both tools mean the same way: tasks
 * with their titles, duration (`length`), effort (`effort`, the people's capacity as their
 * `efficiency`: whole days at a reduced rate, as in rule 5), milestones, finish-to-start
 * dependencies with a lag in working days (`gaplength`), priorities (the same 1–1000 scale),
 * absences as annual leave, and every non-working weekday of our calendar (public holidays,
 * company holidays, closures) as a global holiday. Where the tools differ by design — a kick-off
 * on a non-working day, several people on one effort task, actual dates — the docs say so.
 */
export function toTaskJuggler(plan: Plan, horizonYears = 3): string {
  const calendar = createWorkingCalendar(plan.calendar, plan.kickoff);
  const kickoff = toDay(plan.kickoff);
  const lines = [
    `project p "${tjText(plan.title)}" ${plan.kickoff} +${horizonYears}y {`,
    '  timezone "UTC"',
    '  timeformat "%Y-%m-%d"',
    '  workinghours mon - fri 9:00 - 12:00, 13:00 - 18:00',
    '  workinghours sat, sun off',
    '}',
  ];
  for (let day = kickoff; day < kickoff + horizonYears * 365; day++) {
    if (isoWeekday(day) < 5 && !calendar.isWorkingDay(day)) lines.push(`leaves holiday "h" ${formatIsoDay(day)}`);
  }
  for (const person of plan.team) {
    // TaskJuggler intervals end before their last date, ours include it.
    const leaves = (person.absences ?? []).map((absence) => `leaves annual ${absence.from} - ${formatIsoDay(toDay(absence.to) + 1)}`);
    // Capacity as efficiency: the person works whole days at a reduced rate, as in our rule 5
    // (a daily limit in hours would end tasks mid-day and start successors that afternoon).
    lines.push(`resource ${tjId(person.id)} "${tjText(person.name)}" { efficiency ${person.capacity} ${leaves.join(' ')} }`);
  }
  for (const task of plan.tasks) {
    const parts: string[] = [];
    const dependencies = (task.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? { task: dependency, lag: 0 } : dependency));
    if (dependencies.length > 0) {
      parts.push(
        `depends ${dependencies.map((dependency) => `!${tjId(dependency.task)}${dependency.lag > 0 ? ` { gaplength ${dependency.lag}d }` : ''}`).join(', ')}`,
      );
    } else {
      // Our milestone is a whole day: its successors start the next working day (rule 6), so in
      // TaskJuggler it sits at the end of the kick-off day, not at its first hour.
      parts.push(task.milestone ? `start ${plan.kickoff}-18:00` : `start ${plan.kickoff}`);
    }
    if (task.milestone) parts.push('milestone');
    else if (task.duration !== undefined) parts.push(`length ${typeof task.duration === 'number' ? task.duration : task.duration.likely}d`);
    else if (task.effort !== undefined) {
      parts.push(`effort ${typeof task.effort === 'number' ? task.effort : task.effort.likely}d`);
      parts.push(`allocate ${(task.assignees ?? []).map(tjId).join(', ')}`);
    }
    if (task.priority !== 500) parts.push(`priority ${task.priority}`);
    lines.push(`task ${tjId(task.id)} "${tjText(task.title ?? task.id)}" { ${parts.join(' ')} }`);
  }
  // `tj3 plan.tjp` writes the computed dates to out.csv.
  lines.push('taskreport "out" { formats csv columns id, start, end hideresource 1 }');
  return `${lines.join('\n')}\n`;
}

/** TaskJuggler ids may not contain hyphens. */
export const tjId = (id: string) => id.replace(/-/g, '_');

/** A TaskJuggler string: double quotes and backslashes escaped, on one line. */
const tjText = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ');
