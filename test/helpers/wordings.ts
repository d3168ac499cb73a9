/**
 * Table rows of `[a call that words something, the words expected]`, turned into vitest's
 * `test.each` rows named by the words. The call must wait for the test: made while vitest
 * collects the file, it would run before mutation testing switches a mutant on, and no change
 * to a table could ever fail the row.
 */
export function wordings(rows: readonly (readonly [() => string, string])[]): [string, () => string][] {
  return rows.map(([words, expected]) => [expected, words]);
}
