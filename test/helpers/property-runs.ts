/**
 * The number of runs of a property test. In `npm test` it is the number the test asks for. Under
 * mutation testing (vitest.mutation.config.ts sets KICKOFF_PROPERTY_RUNS_FACTOR) every mutant that
 * a property covers runs it again, hundreds of times over, so there it is scaled down: the
 * example-based tests are meant to kill mutants, the properties only add to them, and a tenth of
 * the runs still tries a few dozen random plans per mutant.
 */
export function numRuns(runs: number): number {
  const factor = Number(process.env.KICKOFF_PROPERTY_RUNS_FACTOR ?? '1');
  return Math.max(1, Math.round(runs * factor));
}
