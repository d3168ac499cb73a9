import type { Schedule } from '../schedule/schedule-plan.ts';

/** The schedule as the `kickoff schedule --format json` object of the content-model spec. */
export function scheduleToJson(schedule: Schedule) {
  return {
    plan: schedule.plan,
    kickoff: schedule.kickoff,
    finish: schedule.finish,
    committedFinish: schedule.committedFinish,
    buffer: schedule.buffer,
    ...(schedule.p50 ? { p50: schedule.p50 } : {}),
    ...(schedule.p85 ? { p85: schedule.p85 } : {}),
    ...(schedule.iterations ? { iterations: schedule.iterations } : {}),
    tasks: schedule.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      ...(task.phase ? { phase: task.phase } : {}),
      start: task.start,
      finish: task.finish,
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
