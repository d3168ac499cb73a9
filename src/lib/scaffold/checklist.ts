import { translation } from '../i18n/index.ts';
import { leadRole, phasesInOrder } from './pick-roles.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument, titleFromId } from './scaffold-document.ts';
import { needs } from './scaffold-result.ts';

/** A new checklist of the first phase with one item for the leading role, due a week before it. */
export const scaffoldChecklist: Scaffold = ({ id, content, lang, values }) => {
  const lead = leadRole(content.roles);
  if (!lead) return needs('roles');
  const text = translation(lang).scaffold;
  const words = text.checklist;
  const phase = phasesInOrder(content)[0];
  const item = { id: words.itemId, text: words.item, role: lead.id, ...(phase ? { due: -5 } : {}), critical: false };
  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: titleFromId(id), hint: text.hints.title },
        ...(phase ? [{ key: 'phase', value: phase.id, hint: words.hints.phase }] : []),
        { key: 'items', value: [item], hint: words.hints.items },
      ],
      words.body,
      values,
    ),
  };
};
