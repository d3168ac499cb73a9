import { expect, test } from 'vitest';
import { progressEvery } from '../../src/cli/progress.ts';

test('reports at most every N seconds, never the last item', () => {
  let clock = 0;
  const reports: string[] = [];
  const step = progressEvery(
    10,
    (done, total) => reports.push(`${done}/${total}`),
    () => clock,
  );
  for (const [time, done] of [
    [1, 1],
    [9, 2],
    [10, 3],
    [15, 4],
    [21, 5],
    [40, 6],
  ] as const) {
    clock = time * 1000;
    step(done, 6);
  }
  expect(reports).toEqual(['3/6', '5/6']);
});
