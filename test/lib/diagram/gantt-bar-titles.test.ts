import { describe, expect, test } from 'vitest';
import { addGanttBarTitles, barTitleText, summaryBarFacts, taskBarFacts, taskBarTitles } from '../../../src/lib/diagram/gantt-bar-titles.ts';
import { planGantts } from '../../../src/lib/diagram/plan-gantts.ts';
import { person, schedule } from '../../helpers/plan.ts';

const svg = [
  '<svg id="kd1" viewBox="0 0 1100 200"><title id="chart-title-kd1">Plan</title><g>',
  '<rect id="kd1-t1" rx="3" ry="3" x="100" y="50" width="40" height="20" class="task crit0"></rect>',
  '<rect id="kd1-t2" x="160" y="74" width="30" height="20" class="task task0"/>',
  '<rect id="kd1-t3" x="120" y="98" width="20" height="20" class="task milestone task0"></rect>',
  '</g><g><text id="kd1-t1-text">A</text></g></svg>',
].join('');

// Kick-off Monday 1 March 2027; two-day tasks, one after the other, a milestone after both.
const plan = schedule({
  kickoff: '2027-03-01',
  team: [person('anna', { name: 'Anna Muster' }), person('ben', { name: 'Ben Beispiel' })],
  tasks: [
    { id: 'a', title: 'Analyse', duration: 2, assignees: ['anna', 'ben'] },
    { id: 'b', title: 'Bau', duration: 2, dependsOn: ['a'], assignees: ['ben'] },
    { id: 'c', title: 'Nebenbei', duration: 1, dependsOn: ['a'] },
    { id: 'm', title: 'Fertig', milestone: true, dependsOn: ['b', 'c'] },
  ],
});
const people = new Map([
  ['anna', 'Anna Muster'],
  ['ben', 'Ben Beispiel'],
]);
const indexed = plan.tasks.map((task, index) => ({ task, index }));

describe('gantt bar titles', () => {
  test('a task’s title: its exact dates, its people by name and its total float, in the page’s language', () => {
    const de = taskBarTitles(indexed, 'de', people);
    expect(de.t1).toBe('Analyse\n1. März 2027 – 2. März 2027\nZuständig: Anna Muster, Ben Beispiel\nGesamtpuffer: 0 Arbeitstage (kritischer Pfad)');
    // c takes one day beside b's two: one working day of float.
    expect(de.t3).toBe('Nebenbei\n3. März 2027\nZuständig: niemand\nGesamtpuffer: 1 Arbeitstag');
    // A milestone sits on the day its last predecessor finishes.
    expect(de.t4).toBe('Fertig\n4. März 2027\nZuständig: niemand\nGesamtpuffer: 0 Arbeitstage (kritischer Pfad)');
    const en = taskBarTitles(indexed, 'en', people);
    expect(en.t2).toBe('Bau\n3 Mar 2027 – 4 Mar 2027\nAssignees: Ben Beispiel\nTotal float: 0 working days (critical path)');
    expect(en.t3).toBe('Nebenbei\n3 Mar 2027\nAssignees: none\nTotal float: 1 working day');
  });

  test('done work has no float; an unknown person shows by id', () => {
    const done = { ...plan.tasks[0], float: null, assignees: ['anna', 'zoe'] };
    expect(barTitleText(taskBarFacts(done, people), 'en')).toBe('Analyse\n1 Mar 2027 – 2 Mar 2027\nAssignees: Anna Muster, zoe\nTotal float: – (done)');
  });

  test('a summary bar spans its tasks, names everyone on them once and has the float of its tightest task', () => {
    const facts = summaryBarFacts('Umsetzung', plan.tasks.slice(1, 3), people);
    expect(facts).toEqual({ title: 'Umsetzung', start: '2027-03-03', finish: '2027-03-04', assignees: ['Ben Beispiel'], float: 0, critical: true });
  });

  test('the buffer’s bar has its dates only', () => {
    const withBuffer = schedule({
      kickoff: '2027-03-01',
      team: [person('p')],
      buffer: { method: 'fixed', value: 3 },
      tasks: [{ id: 'a', title: 'A', duration: 2 }],
    });
    const titles = planGantts(withBuffer, { title: 'P', lang: 'de' }).charts[0].titles;
    expect(titles.buffer).toBe('Puffer (3 Arbeitstage)\n3. März 2027 – 5. März 2027');
    expect(Object.keys(titles)).toEqual(['t1', 'buffer']);
  });

  test('each bar of the SVG gets its title as a child of its rectangle, text escaped; other bars stay as they were', () => {
    const drawn = addGanttBarTitles(svg, { t1: 'A & B <1>\nZeile 2', t2: 'Zwei', t9: 'not in this chart' });
    expect(drawn).toContain('class="task crit0"><title>A &amp; B &lt;1&gt;\nZeile 2</title></rect>');
    // A self-closing rectangle is opened to take its title.
    expect(drawn).toContain('<rect id="kd1-t2" x="160" y="74" width="30" height="20" class="task task0"><title>Zwei</title></rect>');
    expect(drawn).toContain('class="task milestone task0"></rect>');
    expect(drawn).not.toContain('not in this chart');
    // The chart's own title and the labels are untouched.
    expect(drawn).toContain('<title id="chart-title-kd1">Plan</title><g>');
    expect(drawn).toContain('<text id="kd1-t1-text">A</text>');
  });

  test('an SVG without an id is returned as it is', () => {
    expect(addGanttBarTitles('<svg><rect id="x-t1"></rect></svg>', { t1: 'A' })).toBe('<svg><rect id="x-t1"></rect></svg>');
  });
});
