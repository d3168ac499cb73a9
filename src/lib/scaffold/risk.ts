import { translation } from '../i18n/index.ts';
import { leadRole } from './pick-roles.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument, titleFromId } from './scaffold-document.ts';
import { needs } from './scaffold-result.ts';

/** A new risk of medium likelihood and impact, watched by the leading role. */
export const scaffoldRisk: Scaffold = ({ id, content, lang, values }) => {
  const lead = leadRole(content.roles);
  if (!lead) return needs('roles');
  const text = translation(lang).scaffold;
  const words = text.risk;
  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: titleFromId(id), hint: text.hints.title },
        { key: 'likelihood', value: 'medium', hint: words.hints.level },
        { key: 'impact', value: 'medium' },
        { key: 'owner', value: lead.id, hint: words.hints.owner },
        { key: 'mitigation', value: words.mitigation },
        { key: 'triggers', value: [words.trigger], hint: words.hints.triggers },
        { key: 'strategy', value: 'mitigate', hint: words.hints.strategy },
      ],
      words.body,
      values,
    ),
  };
};
