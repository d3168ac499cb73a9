import type { Schedule } from '../schedule/schedule-plan.ts';

/**
 * The schedule as the `kickoff schedule --format json` object of the content model, with the
 * tracking additions (status date, baseline, slip, completion, consumption, zone; per task its
 * state, actual dates, work left and baseline dates). Figures a plan does not have are null.
 */
export function scheduleToJson(schedule: Schedule) {
  const { buffer } = schedule;
  return {
    plan: schedule.plan,
    kickoff: schedule.kickoff,
    statusDate: schedule.statusDate ?? null,
    finish: schedule.finish,
    committedFinish: schedule.committedFinish,
    baseline: schedule.baseline,
    slip: schedule.slip,
    completion: schedule.completion,
    consumption: schedule.consumption,
    zone: schedule.zone,
    buffer: {
      method: buffer.method,
      days: buffer.days,
      remaining: buffer.remaining,
      consumed: buffer.consumed,
      start: buffer.start ?? null,
      finish: buffer.finish ?? null,
      ...(buffer.before ? { before: buffer.before } : {}),
    },
    ...(schedule.p50 ? { p50: schedule.p50 } : {}),
    ...(schedule.p85 ? { p85: schedule.p85 } : {}),
    ...(schedule.iterations ? { iterations: schedule.iterations } : {}),
    tasks: schedule.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      ...(task.phase ? { phase: task.phase } : {}),
      state: task.state,
      actualStart: task.actualStart ?? null,
      actualFinish: task.actualFinish ?? null,
      remaining: task.remaining,
      start: task.start,
      finish: task.finish,
      baselineStart: task.baselineStart,
      baselineFinish: task.baselineFinish,
      slip: task.slip,
      milestone: task.milestone,
      critical: task.critical,
      float: task.float,
      workingDays: task.workingDays,
      assignees: task.assignees,
      dependsOn: task.dependsOn,
      ...(task.progress !== undefined ? { progress: task.progress } : {}),
      ...(task.deadline ? { deadline: task.deadline, deadlineMet: task.deadlineMet } : {}),
      ...(task.deadlineChance !== undefined ? { deadlineChance: task.deadlineChance } : {}),
      ...(task.criticality !== undefined ? { criticality: task.criticality } : {}),
    })),
    findings: schedule.findings.map(({ severity, code, path, message }) => ({ severity, code, path, message })),
  };
}

export function formatScheduleJson(schedule: Schedule): string {
  return `${JSON.stringify(scheduleToJson(schedule), null, 2)}\n`;
}
