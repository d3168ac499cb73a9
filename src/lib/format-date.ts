import { translation } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';

/** A calendar day for display in the site's language (`1. Feb. 2027`, `1 Feb 2027`). */
export function formatDate(iso: string, lang: Lang): string {
  return translation(lang).format.readerDate(iso);
}
