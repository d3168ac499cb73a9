/**
 * What the gantt emitter relies on in mermaid 12 (checked against its parser, so that an upgrade
 * that changes it fails here first).
 */
import { describe, expect, it } from 'vitest';
import { displayedText, parseDiagram } from '../../helpers/mermaid-dom.ts';

const local = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
};

const gantt = (...lines: string[]) => ['gantt', '  dateFormat YYYY-MM-DD', ...lines.map((line) => `  ${line}`)].join('\n') + '\n';

describe('mermaid 12 gantt semantics', () => {
  it('ends a bar at the start of its end date (so a bar covering the finish day needs finish + 1)', async () => {
    const { db } = await parseDiagram(gantt('A:a, 2027-03-01, 2027-03-05'));
    const [task] = db.getTasks();
    expect(task.startTime).toEqual(local('2027-03-01'));
    expect(task.endTime).toEqual(local('2027-03-05'));
  });

  it('accepts milestones with a 0d duration and with explicit dates', async () => {
    const { db } = await parseDiagram(gantt('M1:milestone, m1, 2027-03-10, 0d', 'M2:milestone, m2, 2027-03-10, 2027-03-11'));
    const [m1, m2] = db.getTasks();
    expect([m1.milestone, m1.startTime, m1.endTime]).toEqual([true, local('2027-03-10'), local('2027-03-10')]);
    expect([m2.milestone, m2.startTime, m2.endTime]).toEqual([true, local('2027-03-10'), local('2027-03-11')]);
  });

  it('does not move date-ended bars over excluded days', async () => {
    const { db } = await parseDiagram(gantt('excludes saturday, sunday, 2027-03-03', 'A:a, 2027-03-01, 2027-03-06'));
    expect(db.getTasks()[0].endTime).toEqual(local('2027-03-06'));
  });

  it('merges excludes tokens (12.3); one comma-separated line is read the same way', async () => {
    const { db } = await parseDiagram(gantt('excludes saturday, sunday, 2027-03-03', 'excludes 2027-03-04', 'A:a, 2027-03-01, 2027-03-06'));
    expect(db.getExcludes()).toEqual(['saturday', 'sunday', '2027-03-03', '2027-03-04']);
  });

  it('swallows task names that start with a keyword (why the first letter gets encoded)', async () => {
    const { db } = await parseDiagram(gantt('section S', 'title X:a, 2027-03-01, 2027-03-02'));
    expect(db.getTasks()).toHaveLength(0);
    expect(db.getDiagramTitle()).toBe('X:a, 2027-03-01, 2027-03-02');
    const encoded = await parseDiagram(gantt('section S', '#116;itle X:a, 2027-03-01, 2027-03-02'));
    expect(displayedText(encoded.db.getTasks()[0].task)).toBe('title X');
  });

  it('reads #NN; as an entity in names, sections and titles', async () => {
    const { db } = await parseDiagram(gantt('title T#58;1', 'section S#35;2', 'A#59;B:a, 2027-03-01, 2027-03-02'));
    expect(displayedText(db.getDiagramTitle())).toBe('T:1');
    expect(displayedText(db.getSections()[0])).toBe('S#2');
    expect(displayedText(db.getTasks()[0].task)).toBe('A;B');
  });
});
