import { translation } from '../i18n/index.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument, titleFromId } from './scaffold-document.ts';

/** A new role on the customer's side, optional at the kick-off. */
export const scaffoldRole: Scaffold = ({ id, lang, values }) => {
  const text = translation(lang).scaffold;
  const words = text.role;
  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: titleFromId(id), hint: text.hints.title },
        { key: 'side', value: 'customer', hint: words.hints.side },
        { key: 'summary', value: words.summary, hint: words.hints.summary },
        { key: 'kickoff', value: 'optional', hint: words.hints.kickoff },
        { key: 'responsibilities', value: [words.responsibility] },
      ],
      words.body,
      values,
    ),
  };
};
