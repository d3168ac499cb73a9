import { translation } from '../i18n/index.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument, titleFromId } from './scaffold-document.ts';

/** A new glossary term with no other spellings and no words to avoid yet. */
export const scaffoldTerm: Scaffold = ({ id, lang, values }) => {
  const words = translation(lang).scaffold.term;
  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: titleFromId(id), hint: words.hints.title },
        { key: 'definition', value: words.definition },
        { key: 'forms', value: [], hint: words.hints.forms },
        { key: 'avoid', value: [], hint: words.hints.avoid },
      ],
      words.body,
      values,
    ),
  };
};
