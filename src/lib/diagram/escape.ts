/**
 * Escaping of user text (task names, phase titles, plan titles) for mermaid sources.
 *
 * How mermaid 12.3 treats text, as read in `node_modules/mermaid/dist` and checked with its parser:
 * - Before any diagram parser runs, `encodeEntities` (utils) turns every `#name;` / `#123;` into a
 *   private marker (`ﬂ°°123¶ß`); after rendering, `decodeEntities` turns the markers in the SVG
 *   string into `&#123;`, which the browser shows as the character. So `#NN;` with the decimal
 *   code point is the one escape that works in every diagram type, inside and outside quotes.
 * - Because of that, a raw `#word;` in a name would silently become an HTML entity, and raw `¶ß`
 *   or `ﬂ°` would be rewritten by `decodeEntities`: `#`, `¶`, `ﬂ` and `°` are always encoded.
 * - Gantt: `:` ends a task name, `#` and `;` end the task data, `%` starts a comment (even as the
 *   second character of a line: the lexer rule `[^}]%%*[^\n]*`), and a name that starts with a
 *   keyword (`title`, `section`, `excludes`, `dateFormat`, `click`, `call`, `href`, `gantt`,
 *   `weekday`, a `YYYY-MM-DD` date, …) becomes that statement; leading spaces are skipped.
 * - Flowchart: `"` ends a quoted label, a backtick after the quote makes it a markdown string, and
 *   a line containing `direction TB` (anywhere, even inside quotes) is read as a direction
 *   statement and the node silently loses its label. Vertex labels are trimmed.
 * - Titles and accessibility texts pass through DOMPurify (`sanitizeText`); `<`, `>`, `&` and
 *   non-breaking spaces are therefore encoded too, and `<…>` would also be touched by
 *   `cleanupText` in the preprocessor.
 *
 * The rule here is a whitelist: letters, combining marks, digits, single inner spaces and a few
 * punctuation marks stay as they are (so that the source stays readable), everything else is
 * written as `#NN;`. Line breaks and other control characters become spaces first (they cannot
 * be shown inside one label); leading and trailing spaces are encoded so that no lexer trims them.
 */

/** Punctuation that is inert in gantt names, timeline events and quoted flowchart labels. */
const SAFE_PUNCTUATION = new Set(['-', '.', ',', '(', ')', '/', '!', '?', "'", '+', '_']);

/** Characters that mermaid's own entity markers (`ﬂ°°…¶ß`) are made of. */
const MARKER_CHARACTERS = new Set(['ﬂ', '°', '¶']);

const SAFE_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Statement keywords of the gantt lexer (mermaid 12.3, `gantt.jison`, case-insensitive) that a
 * task name must not start with. Matched as prefixes, which errs on the safe side (`Calling…`
 * gets its first letter encoded too).
 */
const GANTT_KEYWORDS = [
  'acc', // accTitle, accDescr, accDescription
  'href',
  'call',
  'click',
  'gantt',
  'dateformat',
  'inclusiveenddates',
  'topaxis',
  'axisformat',
  'tickinterval',
  'includes',
  'excludes',
  'todaymarker',
  'weekday',
  'weekend',
  'title',
  'section',
];

/** `#NN;` with the decimal code point, mermaid's portable character escape. */
const entity = (character: string): string => `#${character.codePointAt(0)};`;

/**
 * The text as a diagram can show it: `\r\n`, line breaks and any other control character become
 * one space each; lone surrogates become U+FFFD. Decoding {@link mermaidText}'s markers returns
 * exactly this.
 */
export function normalizeLabel(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n/g, ' ')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
}

/**
 * Encodes text for any mermaid label position (gantt title, section and task name after the
 * first character, timeline event, quoted flowchart label, accTitle/accDescr).
 */
export function mermaidText(text: string): string {
  const characters = Array.from(normalizeLabel(text));
  const last = characters.length - 1;
  let out = characters
    .map((character, index) => {
      if (character === ' ') return index === 0 || index === last ? entity(character) : character;
      if (MARKER_CHARACTERS.has(character)) return entity(character);
      if (SAFE_PUNCTUATION.has(character) || SAFE_CHARACTER.test(character)) return character;
      return entity(character);
    })
    .join('');
  // The flowchart lexer reads any line containing `direction TB|BT|LR|RL|TD` as a direction
  // statement; encoding the first letter of `direction` keeps that from matching.
  out = out.replace(/direction/gi, (word) => entity(word[0]) + word.slice(1));
  return out;
}

/**
 * Encodes a gantt task name, which sits at the start of its line: on top of {@link mermaidText},
 * a first character that would make the line a keyword statement (or a date token) is encoded.
 */
export function ganttTaskName(text: string): string {
  const encoded = mermaidText(text);
  const lower = encoded.toLowerCase();
  const risky = /^\d/.test(encoded) || GANTT_KEYWORDS.some((keyword) => lower.startsWith(keyword));
  if (!risky) return encoded;
  const first = String.fromCodePoint(encoded.codePointAt(0) ?? 0);
  return entity(first) + encoded.slice(first.length);
}

/**
 * Flowchart node labels are HTML labels, and mermaid 12 decodes them twice: `createText` turns
 * the entity markers into `&#NN;` and DOMPurify makes characters of them, so the label's own
 * characters sit in the SVG as they are; then `cleanUpSvgCode` runs `decodeEntities` over the
 * whole SVG and rewrites a literal `¶ß` to `;` and `ﬂ°` to `&` (seen in Chromium). An invisible
 * WORD JOINER (U+2060) between the two characters keeps them apart; nothing else changes.
 */
export function separateMarkerPairs(text: string): string {
  return text.replace(/¶(?=ß)/g, '¶\u2060').replace(/ﬂ(?=°)/g, 'ﬂ\u2060');
}

/** Encodes text for a quoted flowchart node label (see {@link separateMarkerPairs}). */
export function htmlLabelText(text: string): string {
  return mermaidText(separateMarkerPairs(normalizeLabel(text)));
}

/**
 * A URL for a mermaid `click … href "…"` line: characters outside the URL syntax (and `"`, `;`,
 * `{`, `}`, spaces) are percent-encoded, so that the string can neither end the quote nor form
 * `#name;` entities or `%%{…}%%` directives. Existing `%XX` escapes stay as they are.
 */
export function mermaidHref(url: string): string {
  return Array.from(normalizeLabel(url).trim())
    .map((character) => (/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,=%]$/.test(character) ? character : encodeURIComponent(character)))
    .join('')
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}
