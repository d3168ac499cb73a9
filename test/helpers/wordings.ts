import { expect, test } from 'vitest';

/**
 * One test per row of `[a call that words something, the words expected]`, named by the words.
 * The call waits for its test: made while vitest collects the file, it would run before mutation
 * testing switches a mutant on, and no change to a table could ever fail the row.
 */
export function testWordings(rows: readonly (readonly [() => string, string])[]): void {
  test.each(rows.map(([words, expected]) => [expected, words] as const))('%s', (expected, words) => {
    expect(words()).toBe(expected);
  });
}
