import { translation, type Translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';

export type DiagramLabels = Translation['diagram'];

/** The diagrams' texts in one language. */
export const diagramLabels = (lang: Lang): DiagramLabels => translation(lang).diagram;
