import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { keepOtherSections, spliceSection, writeSection } from '../../scripts/bench/splice-section.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

/** The sections a full run does not write: other benchmarks own them. */
const others = '## Binders\n\nbinders table\n\n## Large plans\n\nlarge plans text\n';
const previous = `# Report\n\nold header\n\n## Builds\n\nold builds\n\n${others}`;

describe('bench-results sections', () => {
  it('replaces a section with the same heading and keeps the rest in place', () => {
    expect(spliceSection(previous, '## Builds\n\nnew builds\n')).toBe(previous.replace('old builds', 'new builds'));
  });

  it('adds a section with a new heading at the end', () => {
    expect(spliceSection('# Report\n', '## Binders\n\ntable\n')).toBe('# Report\n\n## Binders\n\ntable\n');
  });

  it('keeps the sections a full run did not write, after its own, and drops the ones it rewrote', () => {
    const run = '# Report\n\nnew header\n\n## Builds\n\nnew builds\n';
    expect(keepOtherSections(previous, run)).toBe(`${run}\n${others}`);
  });

  it('keeps nothing from an empty or heading-less previous file', () => {
    const run = '# Report\n\n## Builds\n\nx\n';
    expect(keepOtherSections('', run)).toBe(run);
    expect(keepOtherSections('just text\n', run)).toBe(run);
  });
});

describe('writeSection', () => {
  it('starts a missing results file with the section, then replaces only that section', () => {
    const dir = tempFolder('sections');
    const shown = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const file = path.join(dir, 'results.md');
      writeSection(file, '## Instructions\n\nfirst\n');
      expect(readFileSync(file, 'utf8')).toBe('\n\n## Instructions\n\nfirst\n');
      writeFileSync(file, previous);
      writeSection(file, '## Builds\n\nnew builds\n');
      expect(readFileSync(file, 'utf8')).toBe(previous.replace('old builds', 'new builds'));
      expect(shown).toHaveBeenLastCalledWith('## Builds\n\nnew builds\n\n');
    } finally {
      shown.mockRestore();
    }
  });
});
