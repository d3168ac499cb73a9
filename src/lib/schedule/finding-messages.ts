import { translation, type Translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';

type ScheduleTexts = Translation['findings']['schedule'];

/** The codes of the schedule's findings; each language's table words every one. */
export type FindingCode = keyof ScheduleTexts;

/** What each finding's message needs, by code, as the tables declare it. */
export type FindingParams = {
  [Code in FindingCode]: Parameters<ScheduleTexts[Code]>[0] extends undefined ? Record<string, never> : Parameters<ScheduleTexts[Code]>[0];
};

export function findingMessage<Code extends FindingCode>(code: Code, params: FindingParams[Code], lang: Lang): string {
  return (translation(lang).findings.schedule[code] as (params: FindingParams[Code]) => string)(params);
}
