import { translation } from '../i18n/index.ts';
import { leadRole } from './pick-roles.ts';
import type { Scaffold } from './scaffold.ts';
import { scaffoldDocument, titleFromId } from './scaffold-document.ts';
import { needs } from './scaffold-result.ts';

/** A new weekly hour, chaired by the leading role with every other role taking part. */
export const scaffoldMeeting: Scaffold = ({ id, content, lang, values }) => {
  const chair = leadRole(content.roles);
  const participants = content.roles.filter((role) => role !== chair).map((role) => role.id);
  // The chair is not listed among the participants, of whom there must be one.
  if (!chair || participants.length === 0) return needs('roles', 2);
  const text = translation(lang).scaffold;
  const words = text.meeting;
  return {
    ok: true,
    source: scaffoldDocument(
      [
        { key: 'title', value: titleFromId(id), hint: text.hints.title },
        { key: 'summary', value: words.summary },
        { key: 'cadence', value: 'weekly', hint: words.hints.cadence },
        { key: 'duration', value: 60, hint: words.hints.duration },
        { key: 'chair', value: chair.id },
        { key: 'participants', value: participants, hint: words.hints.participants },
        { key: 'agenda', value: words.agenda },
      ],
      words.body,
      values,
    ),
  };
};
