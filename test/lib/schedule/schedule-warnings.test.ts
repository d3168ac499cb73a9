/**
 * The checks of `scheduleWarnings` at the edges the boundary tests leave: the buffer-place rule,
 * the checklist order, absences on done work, the first overbooked day, a P85 beyond the horizon
 * and the buffer overrun, each finding whole (code, path, English message), worked by hand.
 *
 * Calendars: Germany (DE), March 2027: working days Mon 1 – Fri 5, Mon 8 – Fri 12 March. Berlin
 * (DE-BE), June 2027: no public holiday; working days Mon 7 – Fri 11, Mon 14 – Fri 18 June.
 */
import { describe, expect, it } from 'vitest';
import type { PlaybookRules } from '../../../src/lib/playbook-rules.ts';
import type { Schedule, ScheduleFinding } from '../../../src/lib/schedule/schedule-plan.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { person, schedule } from '../../helpers/plan.ts';

const march = { kickoff: '2027-03-01', calendar: { region: 'DE' }, team: [person('p')] };
const june = { kickoff: '2027-06-07', calendar: { region: 'DE-BE' }, team: [person('p')] };
const withCode = (result: Schedule, code: string): ScheduleFinding[] => result.findings.filter((finding) => finding.code === code);

describe('buffer placement (the playbook’s buffer rule)', () => {
  /** The go-live phase's milestone must have the buffer before it. */
  const rules = (source: string | null = 'phases/go-live.mdx'): PlaybookRules => ({
    buffer: { minPercent: 0, before: { phase: 'go-live', title: 'Go-live' }, ...(source ? { source } : {}) },
    checklistsDone: [],
  });
  const misplaced = (result: Schedule) => withCode(result, 'buffer-misplaced');
  const warning = (path: string, sits: string): ScheduleFinding => ({
    severity: 'warning',
    code: 'buffer-misplaced',
    path,
    message: `The buffer must sit before the milestone of phase “Go-live” (rule “buffer placement” in phases/go-live.mdx), but it sits ${sits}.`,
  });
  const build = { id: 'b', title: 'Build', duration: 3, phase: 'build' };
  const live = { id: 'g', title: 'Switch', duration: 2, phase: 'go-live', dependsOn: ['b'] };
  const plan = (tasks: unknown[], before?: string) => ({ ...march, buffer: { method: 'fixed', value: 2, ...(before ? { before } : {}) }, tasks });

  it('a buffer at the end of the plan is misplaced; the finding is on `buffer`', () => {
    expect(misplaced(schedule(plan([build, live]), { lang: 'en', rules: rules() }))).toEqual([warning('buffer', 'at the end of the plan')]);
  });

  it('without a source the rule is the default one, which holds no plan to a place', () => {
    expect(misplaced(schedule(plan([build, live]), { lang: 'en', rules: rules(null) }))).toEqual([]);
  });

  it('a milestone of the phase as the plan’s first task is the right place', () => {
    const first = { id: 'm', title: 'Live', milestone: true, phase: 'go-live' };
    expect(misplaced(schedule(plan([first, build], 'm'), { lang: 'en', rules: rules() }))).toEqual([]);
  });

  it('a milestone of another phase as the plan’s first task is named, on `buffer.before`', () => {
    const first = { id: 'm', title: 'Built', milestone: true, phase: 'build' };
    expect(misplaced(schedule(plan([first, live], 'm'), { lang: 'en', rules: rules() }))).toEqual([warning('buffer.before', 'before “Built”')]);
  });

  it('a milestone without phase that follows only tasks of the phase is the right place', () => {
    const after = { id: 'm', title: 'Live', milestone: true, dependsOn: ['g'] };
    expect(misplaced(schedule(plan([build, live, after], 'm'), { lang: 'en', rules: rules() }))).toEqual([]);
  });

  it('a milestone without phase that follows tasks of two phases, or none, is misplaced', () => {
    const both = { id: 'm', title: 'Both', milestone: true, dependsOn: ['b', 'g'] };
    expect(misplaced(schedule(plan([build, live, both], 'm'), { lang: 'en', rules: rules() }))).toEqual([warning('buffer.before', 'before “Both”')]);
    const alone = { id: 'm', title: 'Alone', milestone: true };
    expect(misplaced(schedule(plan([build, live, alone], 'm'), { lang: 'en', rules: rules() }))).toEqual([warning('buffer.before', 'before “Alone”')]);
  });
});

describe('checklist order', () => {
  // prep: Mon 1 – Wed 3 March; build starts Thu 4 March. The checklist counts its due days from
  // prep's start, Monday 1 March: its last item at +2 is due Wed 3, at +3 Thu 4 March.
  const plan = {
    ...march,
    tasks: [
      { id: 'p1', title: 'Prep', duration: 3, phase: 'prep' },
      { id: 'b1', title: 'Build', duration: 2, phase: 'build', dependsOn: ['p1'] },
    ],
  };
  const rules = (lastDue: number): PlaybookRules => ({
    buffer: { minPercent: 0 },
    checklistsDone: [
      { phase: 'build', phaseTitle: 'Build', checklist: 'ready', checklistTitle: 'Ready', checklistPhase: 'prep', lastDue, source: 'phases/build.mdx' },
    ],
  });

  it('a last item due the day before the phase starts is in time; due on its first day it is late', () => {
    expect(withCode(schedule(plan, { lang: 'en', rules: rules(2) }), 'checklist-late')).toEqual([]);
    expect(withCode(schedule(plan, { lang: 'en', rules: rules(3) }), 'checklist-late')).toEqual([
      {
        severity: 'warning',
        code: 'checklist-late',
        path: 'checklists',
        message:
          'Checklist “Ready” must be done before phase “Build” starts (rule in phases/build.mdx); its last item is due 2027-03-04, the phase starts 2027-03-04.',
      },
    ]);
  });
});

describe('absences', () => {
  it('a done duration task during an absence is history: no warning; a planned one is warned about', () => {
    // p is away on Tuesday 8 June. a was done Mon 7 – Wed 9 June; b is planned for Tue 8 – Wed 9 June.
    const team = [person('p', { absences: [{ from: '2027-06-08', to: '2027-06-08', reason: 'vacation' }] })];
    const done = schedule({
      ...june,
      team,
      statusDate: '2027-06-10',
      tasks: [{ id: 'a', title: 'A', duration: 3, assignees: ['p'], actualStart: '2027-06-07', actualFinish: '2027-06-09' }],
    });
    expect(withCode(done, 'absent-during-task')).toEqual([]);
    const planned = schedule({ ...june, team, tasks: [{ id: 'b', title: 'B', duration: 2, assignees: ['p'], start: '2027-06-08' }] }, { lang: 'en' });
    expect(withCode(planned, 'absent-during-task').map((finding) => finding.message)).toEqual([
      'p is absent on 1 working day(s) during “B” (from 2027-06-08); fixed-duration tasks do not move.',
    ]);
  });
});

describe('overbooking', () => {
  /** Two duration tasks of two days for p, both from `start`: p is booked at 200 % on both days. */
  const twice = (start: string) =>
    schedule(
      {
        ...march,
        tasks: [
          { id: 'a', title: 'A', duration: 2, assignees: ['p'], start },
          { id: 'b', title: 'B', duration: 2, assignees: ['p'], start },
        ],
      },
      { lang: 'en' },
    );

  it('names the first overbooked day: Wednesday 3 March when the overbooking begins then', () => {
    expect(withCode(twice('2027-03-03'), 'overbooked')).toEqual([
      {
        severity: 'warning',
        code: 'overbooked',
        path: 'team[0]',
        message: 'p is booked over capacity on 2 working day(s) (from 2027-03-03, peak 200%).',
      },
    ]);
  });

  it('names the first overbooked day: Monday 1 March, the first working day, not the second', () => {
    expect(withCode(twice('2027-03-01'), 'overbooked').map((finding) => finding.message)).toEqual([
      'p is booked over capacity on 2 working day(s) (from 2027-03-01, peak 200%).',
    ]);
  });
});

describe('a P85 beyond the ten-year horizon', () => {
  it('gives no P50 or P85 date and warns with “—”', () => {
    // Kick-off Tuesday 2 March 2027: the horizon's last working day is Monday 2 March 2037, six
    // working days after Monday 23 February 2037 (23–27 February, 2 March). a's likely six days end
    // on it; a draw of (6, 6, 30) is 6 + 24 x with x ~ Beta(1, 5), and rounds to 6 days only when
    // x < 0.5 / 24, that is in 1 − (1 − 1/48)⁵ ≈ 10 % of runs. The other runs cannot finish: P50 and
    // P85 lie beyond the horizon.
    const result = schedule(
      {
        kickoff: '2027-03-02',
        calendar: { region: 'DE' },
        team: [person('p')],
        tasks: [{ id: 'a', title: 'A', duration: { optimistic: 6, likely: 6, pessimistic: 30 }, start: '2037-02-23' }],
      },
      { lang: 'en', iterations: 200 },
    );
    expect(result).toMatchObject({ finish: '2037-03-02', committedFinish: '2037-03-02', iterations: 200 });
    expect([result.p50, result.p85]).toEqual([undefined, undefined]);
    expect(withCode(result, 'p85-after-committed')).toEqual([
      {
        severity: 'warning',
        code: 'p85-after-committed',
        path: 'buffer',
        message: 'At 85% confidence the project finishes on —, after the committed finish of 2037-03-02.',
      },
    ]);
  });
});

describe('buffer overrun (rule B1)', () => {
  it('says by how many working days the plan now finishes after the committed finish', () => {
    // Baseline: a Mon 7 – Wed 9 June, one buffer day: committed Thursday 10 June. As of Tuesday
    // 8 June a has 5 days left, from Wednesday 9 June: 9, 10, 11, 14, 15 June. The finish (15 June)
    // is 3 working days after the committed one (11, 14, 15 June).
    const plan = { ...june, buffer: { method: 'fixed', value: 1 }, tasks: [{ id: 'a', title: 'A', duration: 3 }] };
    const baseline = snapshotOf(schedule(plan));
    expect(baseline.committedFinish).toBe('2027-06-10');
    const result = schedule(
      { ...plan, statusDate: '2027-06-08', tasks: [{ id: 'a', title: 'A', duration: 3, actualStart: '2027-06-07', remaining: 5 }] },
      { lang: 'en', snapshots: [baseline] },
    );
    expect(result.finish).toBe('2027-06-15');
    expect(withCode(result, 'buffer-overrun')).toEqual([
      {
        severity: 'warning',
        code: 'buffer-overrun',
        path: 'statusDate',
        message: 'The committed finish of 2027-06-10 can no longer be held: the plan finishes 3 working days later.',
      },
    ]);
  });
});
