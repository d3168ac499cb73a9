import { minutesOfDuration } from '../export/mspdi-format.ts';
import type { Translation } from '../i18n/translation.ts';
import { dayOf, lineOf, numberOf, textOf, type XmlNode } from './read-mspdi.ts';

/** What makes the import refuse a file: the line of an element and what is wrong with it, in the reader's words. */
export interface ImportProblem {
  line: number;
  message: string;
}

/**
 * The problems of one file, each once (a value read twice is one problem), in the order of
 * their lines. A file with one is refused: the import writes no plan that lost a task, a link
 * or a value without a word.
 */
export function problemList(): { report(line: number, message: string): void; all(): ImportProblem[] } {
  const problems = new Map<string, ImportProblem>();
  return {
    report: (line, message) => void problems.set(`${line} ${message}`, { line, message }),
    all: () => [...problems.values()].sort((a, b) => a.line - b.line),
  };
}

/** What a number in an element must be: in the reader's words, and as a test (of a whole number, `integer`). */
interface NumberRule {
  expected: string;
  integer?: boolean;
  holds(value: number): boolean;
}

/**
 * Reads values of elements for the import. A value that is there but not what is expected is a
 * problem, and read as missing: taken as missing without a word, it would change the plan (a lag
 * of "abc" would be no lag).
 */
export function checkedValues(problems: ReturnType<typeof problemList>, words: Translation['importer']) {
  const anyNumber: NumberRule = { expected: words.aNumber, holds: () => true };
  const number = (node: XmlNode | undefined, name: string, rule = anyNumber): number | undefined => {
    const text = textOf(node, name);
    if (text === undefined) return undefined;
    const value = numberOf(node, name, rule.integer);
    if (value !== undefined && rule.holds(value)) return value;
    problems.report(lineOf(node, name), words.notExpected(name, text, rule.expected));
    return undefined;
  };
  return {
    number,
    /** A number of an xsd:integer element whose range MS Project keeps to (a priority, a per cent). */
    wholeNumber: (node: XmlNode | undefined, name: string, range: { min: number; max: number }): number | undefined =>
      number(node, name, { expected: words.wholeNumber(range.min, range.max), integer: true, holds: (value) => value >= range.min && value <= range.max }),
    /**
     * A yes or no (xsd:boolean: MS Project writes `1` and `0`, other programs `true` and
     * `false`); anything else, read as no, would make a milestone a task or a day off a working day.
     */
    flag(node: XmlNode | undefined, name: string): boolean | undefined {
      const text = textOf(node, name);
      if (text === undefined) return undefined;
      if (text === '1' || text === 'true') return true;
      if (text === '0' || text === 'false') return false;
      problems.report(lineOf(node, name), words.notExpected(name, text, words.aFlag));
      return undefined;
    },
    /** The minutes of a duration such as `PT8H0M0S`: one not understood, read as 0, would be a milestone. */
    minutes(node: XmlNode | undefined, name: string): number | undefined {
      const text = textOf(node, name);
      const minutes = text === undefined ? undefined : minutesOfDuration(text);
      if (text !== undefined && minutes === undefined) problems.report(lineOf(node, name), words.durationNotUnderstood(name, text));
      return minutes;
    },
    /** The calendar day of a date such as `2027-03-01T08:00:00`: one that is none, read as missing, would be no deadline, no day off. */
    day(node: XmlNode | undefined, name: string): string | undefined {
      const text = textOf(node, name);
      const day = dayOf(node, name);
      if (text !== undefined && day === undefined) problems.report(lineOf(node, name), words.notExpected(name, text, words.aDate));
      return day;
    },
  };
}

export type CheckedValues = ReturnType<typeof checkedValues>;
