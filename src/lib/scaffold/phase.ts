import { translation } from '../i18n/index.ts';
import { leadRole, phasesInOrder } from './pick-roles.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument, titleFromId } from './scaffold-document.ts';
import { needs } from './scaffold-result.ts';

/** A new phase after the last one, run and answered for by the playbook's leading role. */
export const scaffoldPhase: Scaffold = ({ id, content, lang, values }) => {
  const lead = leadRole(content.roles);
  if (!lead) return needs('roles');
  const text = translation(lang).scaffold;
  const words = text.phase;
  const last = phasesInOrder(content).at(-1);
  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: titleFromId(id), hint: text.hints.title },
        { key: 'order', value: (last?.data.order ?? 0) + 1, hint: words.hints.order },
        { key: 'summary', value: words.summary },
        { key: 'targetState', value: words.targetState, hint: words.hints.targetState },
        { key: 'typicalDuration', value: { min: 2, max: 4, unit: 'weeks' }, hint: words.hints.typicalDuration },
        ...(last ? [{ key: 'dependsOn', value: [last.id], hint: words.hints.dependsOn }] : []),
        { key: 'raci', value: { responsible: [lead.id], accountable: lead.id }, hint: words.hints.raci },
      ],
      words.body,
      values,
    ),
  };
};
