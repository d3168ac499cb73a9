import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished, TestRunner } from 'vitest';

/**
 * A fresh folder `kickoff-PREFIX-XXXXXX` in the system's temporary folder, removed with all it
 * holds when the test that made it finishes (also one made in a beforeEach hook), or after the
 * file or describe block that made it outside a test.
 *
 * A beforeAll hook is refused: by then vitest has collected the hooks and would drop the afterAll
 * that removes the folder, silently. Make such a folder at the file's top level or in a describe
 * body instead.
 */
export function tempFolder(prefix: string): string {
  const inTest = TestRunner.getCurrentTest() !== undefined;
  if (!inTest && !collecting()) throw new Error(`tempFolder('${prefix}') in a beforeAll or afterAll hook would never be removed`);
  const folder = mkdtempSync(path.join(tmpdir(), `kickoff-${prefix}-`));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  if (inTest) onTestFinished(remove);
  else afterAll(remove);
  return folder;
}

/** Whether vitest is still collecting the file's tests: its run has not begun. */
const collecting = () => TestRunner.getCurrentSuite().file?.result === undefined;
