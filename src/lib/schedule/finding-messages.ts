import { shortDate, type Lang } from '../i18n/lang.ts';

/** Parameters of each schedule finding, by code; messages are rendered per language. */
export interface FindingParams {
  'required-role-missing': { role: string; roleTitle: string };
  'no-buffer': Record<string, never>;
  'small-buffer': { days: number; percent: number };
  'absent-during-task': { person: string; task: string; days: number; first: string };
  overbooked: { person: string; days: number; first: string; peak: number };
  'deadline-missed': { task: string; deadline: string; finish: string };
  'p85-after-committed': { p85: string; committed: string };
  'kickoff-not-working-day': { kickoff: string; first: string };
  'buffer-before-has-successors': { milestone: string };
  'never-finishes': { task: string; reason: 'no-working-days' | 'no-capacity' };
}

export type FindingCode = keyof FindingParams;

type Messages = { [Code in FindingCode]: (params: FindingParams[Code], lang: Lang) => string };

const percent = (value: number) => `${Math.round(value * 10) / 10} %`;

const de: Messages = {
  'required-role-missing': (p) => `Die Rolle „${p.roleTitle}“ (${p.role}) muss beim Kick-off dabei sein, aber niemand im Team hat sie.`,
  'no-buffer': () => 'Der Plan hat keinen Puffer. Tagesgeschäft, Krankheit, Urlaub, Messen und Fehleinschätzungen brauchen Reserve (üblich: 15–20 %).',
  'small-buffer': (p) => `Der Puffer von ${p.days} Arbeitstagen ist nur ${percent(p.percent)} der geplanten Laufzeit (weniger als 10 %).`,
  'absent-during-task': (p, lang) => `${p.person} ist an ${p.days} Arbeitstag(en) während „${p.task}“ abwesend (ab ${shortDate(p.first, lang)}); die Aufgabe hat feste Dauer und verschiebt sich nicht.`,
  overbooked: (p, lang) => `${p.person} ist an ${p.days} Arbeitstag(en) über der Kapazität verplant (ab ${shortDate(p.first, lang)}, höchstens ${percent(p.peak * 100)}).`,
  'deadline-missed': (p, lang) => `„${p.task}“ endet am ${shortDate(p.finish, lang)}, der Termin ist der ${shortDate(p.deadline, lang)}.`,
  'p85-after-committed': (p, lang) => `Mit 85 % Wahrscheinlichkeit ist das Projekt erst am ${shortDate(p.p85, lang)} fertig – nach dem zugesagten Ende am ${shortDate(p.committed, lang)}.`,
  'kickoff-not-working-day': (p, lang) => `Der Kick-off am ${shortDate(p.kickoff, lang)} ist kein Arbeitstag; der erste Arbeitstag ist der ${shortDate(p.first, lang)}.`,
  'buffer-before-has-successors': (p) => `Der Puffer liegt vor dem Meilenstein „${p.milestone}“, aber von diesem hängen noch Aufgaben ab; sie bleiben an ihrem geplanten Termin.`,
  'never-finishes': (p) =>
    p.reason === 'no-capacity'
      ? `„${p.task}“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig: die zugewiesenen Personen haben keine freie Kapazität (abwesend oder verplant).`
      : `„${p.task}“ wird innerhalb von zehn Jahren nach dem Kick-off nicht fertig: es gibt nicht genug Arbeitstage.`,
};

const en: Messages = {
  'required-role-missing': (p) => `The role “${p.roleTitle}” (${p.role}) is required at the kick-off, but nobody in the team has it.`,
  'no-buffer': () => 'The plan has no buffer. Daily business, sickness, vacation, trade fairs and misjudged effort need a reserve (15–20 % is common).',
  'small-buffer': (p) => `The buffer of ${p.days} working days is only ${percent(p.percent)} of the scheduled length (under 10 %).`,
  'absent-during-task': (p, lang) => `${p.person} is absent on ${p.days} working day(s) during “${p.task}” (from ${shortDate(p.first, lang)}); fixed-duration tasks do not move.`,
  overbooked: (p, lang) => `${p.person} is booked over capacity on ${p.days} working day(s) (from ${shortDate(p.first, lang)}, peak ${percent(p.peak * 100)}).`,
  'deadline-missed': (p, lang) => `“${p.task}” finishes on ${shortDate(p.finish, lang)}; its deadline is ${shortDate(p.deadline, lang)}.`,
  'p85-after-committed': (p, lang) => `At 85 % confidence the project finishes on ${shortDate(p.p85, lang)}, after the committed finish of ${shortDate(p.committed, lang)}.`,
  'kickoff-not-working-day': (p, lang) => `The kick-off on ${shortDate(p.kickoff, lang)} is not a working day; the first working day is ${shortDate(p.first, lang)}.`,
  'buffer-before-has-successors': (p) => `The buffer sits before milestone “${p.milestone}”, but tasks still depend on it; they keep their scheduled dates.`,
  'never-finishes': (p) =>
    p.reason === 'no-capacity'
      ? `“${p.task}” cannot finish within ten years of the kick-off: its assignees have no free capacity (absent or fully booked).`
      : `“${p.task}” cannot finish within ten years of the kick-off: there are not enough working days.`,
};

const MESSAGES: Record<Lang, Messages> = { de, en };

export function findingMessage<Code extends FindingCode>(code: Code, params: FindingParams[Code], lang: Lang): string {
  return (MESSAGES[lang][code] as (params: FindingParams[Code], lang: Lang) => string)(params, lang);
}
