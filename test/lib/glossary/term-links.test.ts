import { describe, expect, it } from 'vitest';
import { linkFirstUses, mentionsTerm, termMatcher, type MatchedTerm } from '../../../src/lib/glossary/term-links.ts';

const GERMAN: MatchedTerm[] = [
  { id: 'antrag', title: 'Änderungsantrag', forms: ['Änderungsanträge'] },
  { id: 'verfahren', title: 'Änderungsverfahren' },
  { id: 'drehbuch', title: 'Cutover-Drehbuch' },
  { id: 'steward', title: 'Data Steward', forms: ['Data Stewards'] },
];
const ENGLISH: MatchedTerm[] = [
  { id: 'go-live', title: 'go-live' },
  { id: 'steering', title: 'steering committee' },
];

/** The text with each linked part in brackets: `[Änderungsantrag→antrag]`. */
function marked(text: string, terms: MatchedTerm[], linked = new Set<string>()): string {
  const matcher = termMatcher(terms)!;
  return linkFirstUses(text, matcher, linked)
    .map((part) => (part.term ? `[${part.text}→${part.term}]` : part.text))
    .join('');
}

describe('linkFirstUses', () => {
  it('links the first use of each term and leaves later uses plain', () => {
    expect(marked('Ein Änderungsantrag folgt dem Änderungsverfahren; jeder Änderungsantrag wird protokolliert.', GERMAN)).toBe(
      'Ein [Änderungsantrag→antrag] folgt dem [Änderungsverfahren→verfahren]; jeder Änderungsantrag wird protokolliert.',
    );
  });

  it('remembers across texts of the same page what it linked', () => {
    const linked = new Set<string>();
    expect(marked('Der Data Steward prüft.', GERMAN, linked)).toBe('Der [Data Steward→steward] prüft.');
    expect(marked('Der Data Steward gibt frei.', GERMAN, linked)).toBe('Der Data Steward gibt frei.');
    expect([...linked]).toEqual(['steward']);
  });

  it('links listed forms, the longest spelling that fits, and a term across a line break', () => {
    expect(marked('Zwei Data Stewards', GERMAN)).toBe('Zwei [Data Stewards→steward]');
    expect(marked('Alle Änderungsanträge', GERMAN)).toBe('Alle [Änderungsanträge→antrag]');
    expect(marked('der Data\nSteward', GERMAN)).toBe('der [Data\nSteward→steward]');
  });

  it('links whole words only: no German compound, glued or hyphenated, links the term inside it', () => {
    expect(marked('Das Änderungsantragsformular und der Cutover-Drehbuch-Entwurf', GERMAN)).toBe(
      'Das Änderungsantragsformular und der Cutover-Drehbuch-Entwurf',
    );
    expect(marked('Ein Vor-Änderungsantrag, 3Änderungsantrag', GERMAN)).toBe('Ein Vor-Änderungsantrag, 3Änderungsantrag');
    expect(marked('(Cutover-Drehbuch), „Änderungsantrag“.', GERMAN)).toBe('([Cutover-Drehbuch→drehbuch]), „[Änderungsantrag→antrag]“.');
  });

  it('matches a term as written, and a lower-case term also capitalised at the start of a sentence', () => {
    expect(marked('Go-live is near; the steering committee meets.', ENGLISH)).toBe('[Go-live→go-live] is near; the [steering committee→steering] meets.');
    expect(marked('The GO-LIVE and the Steering Committee', ENGLISH)).toBe('The GO-LIVE and the Steering Committee');
    expect(marked('der data steward', GERMAN)).toBe('der data steward');
  });

  it('returns the text unchanged when every term is linked already or none is found', () => {
    expect(linkFirstUses('Änderungsantrag', termMatcher(GERMAN)!, new Set(['antrag', 'verfahren', 'drehbuch', 'steward']))).toEqual([
      { text: 'Änderungsantrag' },
    ]);
    expect(linkFirstUses('nichts', termMatcher(GERMAN)!, new Set())).toEqual([{ text: 'nichts' }]);
    expect(linkFirstUses('', termMatcher(GERMAN)!, new Set())).toEqual([{ text: '' }]);
  });

  it('leaves a term already linked on the page (or its own entry) plain', () => {
    expect(marked('Das Änderungsverfahren regelt den Änderungsantrag.', GERMAN, new Set(['verfahren']))).toBe(
      'Das Änderungsverfahren regelt den [Änderungsantrag→antrag].',
    );
  });

  it('finds the first use also after the pattern was used on another text', () => {
    const matcher = termMatcher(GERMAN)!;
    // The pattern is global: a use elsewhere leaves it where that match ended.
    matcher.pattern.exec('Ein langer Satz über den Änderungsantrag');
    expect(linkFirstUses('Änderungsantrag und Änderungsantrag', matcher, new Set())[0]).toEqual({ text: 'Änderungsantrag', term: 'antrag' });
  });

  it('tells whether a text uses a term at all, wherever the pattern was used before', () => {
    const matcher = termMatcher(GERMAN)!;
    matcher.pattern.exec('Ein langer Satz über den Änderungsantrag');
    expect(mentionsTerm('Änderungsantrag', matcher)).toBe(true);
    expect(mentionsTerm('Änderungsantrag', matcher)).toBe(true);
    expect(mentionsTerm('Das Änderungsantragsformular', matcher)).toBe(false);
  });

  it('prefers the longer of two terms that both end at a word boundary', () => {
    const terms = [...GERMAN, { id: 'lead', title: 'Data Steward Lead' }];
    expect(marked('Der Data Steward Lead und der Data Steward', terms)).toBe('Der [Data Steward Lead→lead] und der [Data Steward→steward]');
  });

  it('returns the parts themselves: plain text before a term, none left over after a term at the end', () => {
    expect(linkFirstUses('Der Änderungsantrag', termMatcher(GERMAN)!, new Set())).toEqual([{ text: 'Der ' }, { text: 'Änderungsantrag', term: 'antrag' }]);
    expect(linkFirstUses('Änderungsantrag.', termMatcher(GERMAN)!, new Set())).toEqual([{ text: 'Änderungsantrag', term: 'antrag' }, { text: '.' }]);
  });

  it('links a spelling to the first term that has it', () => {
    const terms = [
      { id: 'acceptance', title: 'Abnahme' },
      { id: 'final', title: 'Endabnahme', forms: ['Abnahme'] },
    ];
    expect(marked('Die Abnahme und die Endabnahme', terms)).toBe('Die [Abnahme→acceptance] und die [Endabnahme→final]');
  });

  it('ignores white space around a title or form and blank forms, and matches any run of white space inside', () => {
    const terms = [{ id: 'steward', title: '  Data  Steward ', forms: ['   '] }];
    expect(marked('Der Data Steward prüft.', terms)).toBe('Der [Data Steward→steward] prüft.');
    expect(marked('Der Data \n  Steward prüft.', terms)).toBe('Der [Data \n  Steward→steward] prüft.');
  });

  it('matches terms that start with a character special in a character class', () => {
    const terms = [
      { id: 'bracket', title: ']Klammer' },
      { id: 'caret', title: '^Dach' },
      { id: 'dash', title: '-Strich' },
      { id: 'backslash', title: '\\Pfad' },
      { id: 'base', title: 'Basis' },
    ];
    expect(marked('Basis, ]Klammer, ^Dach, -Strich und \\Pfad', terms)).toBe(
      '[Basis→base], []Klammer→bracket], [^Dach→caret], [-Strich→dash] und [\\Pfad→backslash]',
    );
  });

  it('treats a glossary without terms as no matcher', () => {
    expect(termMatcher([])).toBeUndefined();
    expect(termMatcher([{ id: 'x', title: '  ' }])).toBeUndefined();
  });
});
