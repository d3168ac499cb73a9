import { distance } from 'fastest-levenshtein';

/**
 * The known name a misspelt one most likely meant: the closest by edit distance, when it is
 * close enough to be a typo (one edit for short names, else two or a third of the length — a
 * swapped pair of letters is two edits), else undefined.
 */
export function closest(found: string, known: Iterable<string>): string | undefined {
  const limit = found.length <= 3 ? 1 : Math.max(2, Math.floor(found.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const edits = distance(found, candidate);
    if (edits > limit || edits >= bestDistance || edits === 0) continue;
    best = candidate;
    bestDistance = edits;
  }
  return best;
}
