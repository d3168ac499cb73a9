/** A long step reports how far it is at most this often, so that a large build never looks stuck. */
export const PROGRESS_SECONDS = 10;

/**
 * Wraps `report` so that it runs only when `seconds` have passed since the start or the last
 * report, and never for the last item (the step's own summary line says that).
 */
export function progressEvery(
  seconds: number,
  report: (done: number, total: number) => void,
  now: () => number = Date.now,
): (done: number, total: number) => void {
  let last = now();
  return (done, total) => {
    if (done >= total || now() - last < seconds * 1000) return;
    last = now();
    report(done, total);
  };
}
