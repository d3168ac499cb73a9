import { toDay } from '../dates.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Axis statements for a chart from `first` to `last` (`YYYY-MM-DD`): weekly ticks on Mondays for
 * up to four months, then monthly, quarterly or yearly ticks, so that labels never crowd.
 * Formats are d3 `timeFormat` patterns; d3 formats month names in English only, so German
 * labels use numbers (`03.2027`).
 */
export function ganttAxisLines(first: string, last: string, lang: Lang): string[] {
  const span = toDay(last) - toDay(first) + 1;
  if (span <= 120) {
    return [`axisFormat ${lang === 'de' ? '%d.%m.' : '%b %d'}`, 'tickInterval 1week', 'weekday monday'];
  }
  const month = lang === 'de' ? '%m.%Y' : '%b %Y';
  if (span <= 550) return [`axisFormat ${month}`, 'tickInterval 1month'];
  if (span <= 1500) return [`axisFormat ${month}`, 'tickInterval 3month'];
  return ['axisFormat %Y', 'tickInterval 12month'];
}
