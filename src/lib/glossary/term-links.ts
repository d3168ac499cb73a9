/**
 * Finding glossary terms in running text, so that pages can link each term's first use to its
 * entry. One combined pattern per glossary scans a text once, however many terms there are.
 *
 * Word boundaries: a term matches only as a whole word — not glued to a letter, digit or hyphen —
 * so German compounds are left alone ("Änderungsantragsformular" does not link "Änderungsantrag",
 * nor "Cutover-Drehbuch-Entwurf" the "Cutover-Drehbuch"). A term is matched as written (German
 * nouns keep their capital); a term written in lower case also matches with a capital first letter,
 * as at the start of a sentence ("Go-live" for "go-live"). Inflected forms match when the term
 * lists them (`forms`): guessing German endings would link the wrong words.
 */

import { escapeRegExp, GLUE } from './word-pattern.ts';

/** What the matcher needs of a glossary entry. */
export interface MatchedTerm {
  id: string;
  /** The preferred term. */
  title: string;
  /** Further spellings that link to the term, such as plurals. */
  forms?: readonly string[];
}

export interface TermMatcher {
  /** Every spelling of every term as one alternation. */
  pattern: RegExp;
  /** The term of each spelling, its white space as single spaces. */
  termOf: ReadonlyMap<string, string>;
  /** How many terms there are. */
  size: number;
}

/** A piece of text: plain, or the first use of a term on the page. */
export interface TextPart {
  text: string;
  term?: string;
}

const escapeInClass = (char: string) => char.replace(/[\]\\^-]/g, '\\$&');

/** The spellings of a term: title and forms as written, and each with a capital first letter. */
function spellings(term: MatchedTerm): string[] {
  const written = [term.title, ...(term.forms ?? [])].map((form) => form.trim()).filter(Boolean);
  return [...written, ...written.map((form) => form.charAt(0).toUpperCase() + form.slice(1))];
}

/** A spelling as a pattern: white space inside matches any white space (a line break in the source). */
const spellingPattern = (form: string) => escapeRegExp(form).replace(/\s+/g, '\\s+');
const normalSpace = (text: string) => text.replace(/\s+/g, ' ');

/** The matcher of a glossary, or undefined when it has no terms. */
export function termMatcher(terms: readonly MatchedTerm[]): TermMatcher | undefined {
  const usable = terms.filter((term) => term.title.trim() !== '');
  if (usable.length === 0) return undefined;
  const termOf = new Map<string, string>();
  for (const term of usable) for (const form of spellings(term)) if (!termOf.has(normalSpace(form))) termOf.set(normalSpace(form), term.id);
  // Longest first: where two spellings both end at a word boundary ("Data Steward", "Data Steward
  // Lead"), the longer one is the term meant.
  const forms = [...termOf.keys()].sort((a, b) => b.length - a.length);
  const alternatives = forms.map(spellingPattern).join('|');
  // Most positions in a text start no term: looking at the first character before the word
  // boundary and the alternatives saves about 40 % of the scan (3 MB of generated prose, 87 terms).
  const firsts = [...new Set(forms.map((form) => escapeInClass([...form][0])))].join('');
  return { pattern: new RegExp(`(?=[${firsts}])(?<!${GLUE})(?:${alternatives})(?!${GLUE})`, 'gu'), termOf, size: usable.length };
}

/** Whether a text uses any term of the glossary. */
export function mentionsTerm(text: string, matcher: TermMatcher): boolean {
  // The pattern is global: `test` starts where its last use ended, and leaves it where it matched.
  matcher.pattern.lastIndex = 0;
  const found = matcher.pattern.test(text);
  matcher.pattern.lastIndex = 0;
  return found;
}

/**
 * Splits a text into plain parts and the first use of each term not yet in `linked`, which it
 * records there: the caller keeps one set per page, so that a term links once per page.
 * Returns the text as one plain part when nothing is to be linked.
 */
export function linkFirstUses(text: string, matcher: TermMatcher, linked: Set<string>): TextPart[] {
  if (linked.size >= matcher.size) return [{ text }];
  const parts: TextPart[] = [];
  let from = 0;
  // matchAll starts where the pattern's last use left off.
  matcher.pattern.lastIndex = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const term = matcher.termOf.get(normalSpace(match[0]));
    if (term === undefined || linked.has(term)) continue;
    linked.add(term);
    const at = match.index;
    if (at > from) parts.push({ text: text.slice(from, at) });
    parts.push({ text: match[0], term });
    from = at + match[0].length;
  }
  if (from < text.length || parts.length === 0) parts.push({ text: text.slice(from) });
  return parts;
}

/**
 * Elements whose text is never linked: headings (a link there reads as a section link), links
 * (no link inside a link), code and what is shown as written.
 */
export const UNLINKED_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'label',
  'summary',
  'abbr',
  'dfn',
]);
