import type { Finding } from '../content/finding.ts';
import { escapeRegExp, GLUE, WORD_CHAR } from '../glossary/word-pattern.ts';
import type { GlossaryTerm } from '../schema/glossary.ts';

type WithFile<T> = { id: string; file: string; data: T };

/** A text file of the content, as written. */
export interface SourceFile {
  file: string;
  source: string;
}

/** A discouraged word found in a file. */
export interface DiscouragedUse {
  file: string;
  line: number;
  column: number;
  found: string;
  preferred: string;
  /** The glossary file that settles the term. */
  glossaryFile: string;
}

/**
 * A file states that it uses a discouraged word on purpose with a YAML comment in its front
 * matter: `# glossary-allow: Datenverantwortung, Change Request — reason`. The reason is for the
 * reader; the words before it are exempt in that file.
 */
const ALLOW_DIRECTIVE = /^#\s*glossary-allow:\s*(.+)$/;

/**
 * The pattern of one synonym: the word as written (case matters, as with German nouns), not
 * glued to other letters or a hyphen ("Key Account" does not match "Key-Account-Manager"); a
 * trailing `*` lets it run on into longer words.
 */
export function synonymPattern(synonym: string): RegExp {
  const open = synonym.endsWith('*');
  const word = escapeRegExp(open ? synonym.slice(0, -1) : synonym).replace(/ /g, '\\s+');
  const tail = open ? `${WORD_CHAR}*` : `(?!${GLUE})`;
  return new RegExp(`(?<!${GLUE})${word}${tail}`, 'gu');
}

/** Text that every use of a synonym contains as written: its first word (the patterns match case and all). */
function synonymNeedle(synonym: string): string {
  return (synonym.endsWith('*') ? synonym.slice(0, -1) : synonym).split(' ')[0];
}

/** The words a file exempts, from its `glossary-allow` comments. */
export function allowedIn(source: string): Set<string> {
  const allowed = new Set<string>();
  // Most files allow nothing: no need to go through their lines.
  if (!source.includes('glossary-allow')) return allowed;
  for (const line of source.split(/\r?\n/)) {
    const match = ALLOW_DIRECTIVE.exec(line.trim());
    if (!match) continue;
    const words = match[1].split(/\s+[—–]\s+|\s+\(/)[0];
    for (const word of words.split(',')) if (word.trim()) allowed.add(word.trim());
  }
  return allowed;
}

/**
 * The lines (0-based) of a glossary entry's `avoid` list in its front matter: the one place where
 * the entry must name the words it discourages. Its definition and body are prose like any other.
 */
export function avoidListLines(source: string): Set<number> {
  const lines = source.split(/\r?\n/);
  const skipped = new Set<number>();
  if (lines[0]?.trim() !== '---') return skipped;
  let inList = false;
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index];
    if (text.trim() === '---') break;
    // A top-level key starts at the margin; the list's items and continuation lines are indented or start with '-'.
    const topLevel = /^[^\s#-]/.test(text);
    if (topLevel) inList = /^avoid\s*:/.test(text);
    if (inList) skipped.add(index);
  }
  return skipped;
}

/**
 * Every use of a discouraged synonym in the files, line by line. Comment lines of the front
 * matter are skipped (they may name the word they allow), as is a glossary entry's `avoid` list,
 * which must name the words it discourages; the entry's definition and text are checked.
 */
export function discouragedUses(glossary: readonly WithFile<GlossaryTerm>[], files: readonly SourceFile[]): DiscouragedUse[] {
  const glossaryFiles = new Set(glossary.map((term) => term.file));
  const synonyms = glossary.flatMap((term) =>
    (term.data.avoid ?? []).map((synonym) => ({
      synonym,
      pattern: synonymPattern(synonym),
      needle: synonymNeedle(synonym),
      preferred: term.data.title,
      glossaryFile: term.file,
    })),
  );
  const uses: DiscouragedUse[] = [];
  for (const { file, source } of files) {
    // Most files use none of the words: a plain substring search rules a word out before any pattern runs.
    const present = synonyms.filter(({ needle }) => source.includes(needle));
    if (present.length === 0) continue;
    const skipped = glossaryFiles.has(file) ? avoidListLines(source) : undefined;
    const allowed = allowedIn(source);
    source.split(/\r?\n/).forEach((text, index) => {
      if (skipped?.has(index)) return;
      if (text.trimStart().startsWith('#') && ALLOW_DIRECTIVE.test(text.trim())) return;
      for (const { synonym, pattern, needle, preferred, glossaryFile } of present) {
        if (allowed.has(synonym) || !text.includes(needle)) continue;
        for (const match of text.matchAll(pattern)) {
          if (allowed.has(match[0])) continue;
          uses.push({ file, line: index + 1, column: (match.index ?? 0) + 1, found: match[0], preferred, glossaryFile });
        }
      }
    });
  }
  return uses;
}

/** The uses as warnings with the code `glossary-term`, worded by the caller's language. */
export function glossaryFindings(uses: readonly DiscouragedUse[], message: (use: DiscouragedUse) => string): Finding[] {
  return uses.map((use) => ({
    severity: 'warning',
    code: 'glossary-term',
    file: use.file,
    path: '',
    line: use.line,
    column: use.column,
    message: message(use),
  }));
}
