import type { Content } from '../content/read-content.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ScaffoldResult } from './scaffold-result.ts';

/** What a scaffold is told: the new entry's id, the playbook it joins, the language, today. */
interface ScaffoldInput {
  id: string;
  content: Content;
  lang: Lang;
  today: Date;
  /** Values that replace the scaffold's own for fields it writes (`kickoff init` makes its vendor role a vendor's). */
  values?: Readonly<Record<string, unknown>>;
}

/** Writes the text of a new entry that validates in the playbook at hand. */
export type Scaffold = (input: ScaffoldInput) => ScaffoldResult;
