/**
 * The pieces of a pattern that finds a word as a whole word, for the glossary's links and its
 * lint alike: what a word is made of, and what glues it to its neighbour, so that German
 * compounds ("Änderungsantragsformular", "Key-Account-Manager") never count as the word inside.
 */

/** A character of a word: a letter or a digit. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** A character that glues a word to its neighbour: a letter, a digit or a hyphen. */
export const GLUE = '[\\p{L}\\p{N}-]';

/** Text as a pattern that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
