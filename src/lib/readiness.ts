import { translation, type Translation } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';
import type { FindingCode } from './schedule/finding-messages.ts';
import type { Schedule, ScheduleFinding } from './schedule/schedule-plan.ts';

/**
 * The lessons of a kick-off as checks on a plan: each check passes when the schedule has none
 * of its findings. Shown on the plan page, so that what went wrong elsewhere is asked here.
 */
const CHECKS: { id: keyof Translation['readiness']; codes: FindingCode[] }[] = [
  { id: 'roles', codes: ['required-role-missing'] },
  { id: 'buffer', codes: ['no-buffer', 'small-buffer', 'buffer-misplaced'] },
  { id: 'checklists', codes: ['checklist-late'] },
  { id: 'availability', codes: ['absent-during-task'] },
  { id: 'capacity', codes: ['overbooked'] },
  { id: 'deadlines', codes: ['deadline-missed'] },
  { id: 'confidence', codes: ['p85-after-committed'] },
  { id: 'calendar', codes: ['kickoff-not-working-day'] },
  { id: 'tracking', codes: ['task-late', 'started-early', 'red-zone', 'buffer-overrun'] },
];

export interface ReadinessCheck {
  id: string;
  label: string;
  ok: boolean;
  findings: ScheduleFinding[];
}

export function readinessChecks(schedule: Schedule, lang: Lang): ReadinessCheck[] {
  const applies = (check: (typeof CHECKS)[number]) =>
    (check.id !== 'confidence' || schedule.p85 !== undefined) && (check.id !== 'tracking' || schedule.statusDate !== undefined);
  return CHECKS.filter(applies).map((check) => {
    const findings = schedule.findings.filter((finding) => check.codes.includes(finding.code));
    return { id: check.id, label: translation(lang).readiness[check.id], ok: findings.length === 0, findings };
  });
}
