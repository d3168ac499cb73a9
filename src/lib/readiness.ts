import type { Lang } from './i18n/lang.ts';
import type { FindingCode } from './schedule/finding-messages.ts';
import type { Schedule, ScheduleFinding } from './schedule/schedule-plan.ts';

/**
 * The lessons of a kick-off as checks on a plan: each check passes when the schedule has none
 * of its findings. Shown on the plan page, so that what went wrong elsewhere is asked here.
 */
const CHECKS: { id: string; codes: FindingCode[]; label: Record<Lang, string> }[] = [
  { id: 'roles', codes: ['required-role-missing'], label: { de: 'Alle Pflichtrollen sind im Team besetzt – auch die Entwicklung des Anbieters.', en: 'Every role required at the kick-off is staffed – including the vendor’s developer.' } },
  { id: 'buffer', codes: ['no-buffer', 'small-buffer', 'buffer-before-has-successors'], label: { de: 'Ein Puffer von mindestens 10 % fängt Tagesgeschäft, Krankheit, Urlaub, Messen und Fehleinschätzungen auf.', en: 'A buffer of at least 10 % absorbs daily business, sickness, vacation, trade fairs and misjudged effort.' } },
  { id: 'availability', codes: ['absent-during-task'], label: { de: 'Niemand ist während einer Aufgabe mit fester Dauer abwesend.', en: 'Nobody is absent during a fixed-duration task they work on.' } },
  { id: 'capacity', codes: ['overbooked'], label: { de: 'Niemand ist über seine zugesagte Kapazität verplant.', en: 'Nobody is booked beyond the capacity they committed.' } },
  { id: 'deadlines', codes: ['deadline-missed'], label: { de: 'Alle Termine werden im Plan gehalten.', en: 'The plan meets every deadline.' } },
  { id: 'confidence', codes: ['p85-after-committed'], label: { de: 'Mit 85 % Wahrscheinlichkeit ist das Projekt zum zugesagten Ende fertig.', en: 'The project finishes by the committed date with 85 % confidence.' } },
  { id: 'calendar', codes: ['kickoff-not-working-day'], label: { de: 'Der Kick-off liegt auf einem Arbeitstag.', en: 'The kick-off is on a working day.' } },
];

export interface ReadinessCheck {
  id: string;
  label: string;
  ok: boolean;
  findings: ScheduleFinding[];
}

export function readinessChecks(schedule: Schedule, lang: Lang): ReadinessCheck[] {
  return CHECKS.filter((check) => check.id !== 'confidence' || schedule.p85 !== undefined).map((check) => {
    const findings = schedule.findings.filter((finding) => check.codes.includes(finding.code));
    return { id: check.id, label: check.label[lang], ok: findings.length === 0, findings };
  });
}
