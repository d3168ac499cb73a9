import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../../../src/lib/schedule/schedule-plan.ts';
import { dates, makePlan, person, schedule } from '../../helpers/plan.ts';

describe('duration tasks and dependencies (rules 3, 4)', () => {
  it('skips Fronleichnam in Bavaria but not in Berlin', () => {
    const tasks = [{ id: 'a', title: 'A', duration: 3, start: '2027-05-26' }];
    expect(dates(schedule({ kickoff: '2027-05-03', calendar: { region: 'DE-BY' }, team: [person('p')], tasks })).a).toEqual(['2027-05-26', '2027-05-31']);
    expect(dates(schedule({ kickoff: '2027-05-03', calendar: { region: 'DE-BE' }, team: [person('p')], tasks })).a).toEqual(['2027-05-26', '2027-05-28']);
  });

  it('skips Allerheiligen in Bavaria', () => {
    const result = schedule({ kickoff: '2027-10-29', calendar: { region: 'DE-BY' }, team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 2 }] });
    expect(dates(result).a).toEqual(['2027-10-29', '2027-11-02']);
  });

  it('skips Buß- und Bettag in Saxony', () => {
    const tasks = [{ id: 'a', title: 'A', duration: 2 }];
    expect(dates(schedule({ kickoff: '2027-11-16', calendar: { region: 'DE-SN' }, team: [person('p')], tasks })).a).toEqual(['2027-11-16', '2027-11-18']);
    expect(dates(schedule({ kickoff: '2027-11-16', calendar: { region: 'DE-BY' }, team: [person('p')], tasks })).a).toEqual(['2027-11-16', '2027-11-17']);
  });

  it('jumps over a closure across New Year', () => {
    const result = schedule({
      kickoff: '2027-12-22',
      calendar: { region: 'DE-BY', closures: [{ from: '2027-12-24', to: '2028-01-01', label: 'Betriebsferien' }] },
      team: [person('p')],
      tasks: [{ id: 'a', title: 'A', duration: 5 }],
    });
    expect(dates(result).a).toEqual(['2027-12-22', '2028-01-05']);
  });

  it('counts a lag in working days across a holiday (Ascension)', () => {
    const result = schedule({
      kickoff: '2027-05-03',
      team: [person('p')],
      tasks: [
        { id: 'a', title: 'A', duration: 3 },
        { id: 'b', title: 'B', duration: 1, dependsOn: [{ task: 'a', lag: 1 }] },
        { id: 'c', title: 'C', duration: 1, dependsOn: ['a'] },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-05-03', '2027-05-05'], b: ['2027-05-10', '2027-05-10'], c: ['2027-05-07', '2027-05-07'] });
  });

  it('starts no earlier than `start` and never before the kick-off', () => {
    const result = schedule({
      kickoff: '2027-03-03',
      team: [person('p')],
      tasks: [
        { id: 'weekend', title: 'W', duration: 1, start: '2027-03-06' },
        { id: 'early', title: 'E', duration: 1, start: '2027-02-01' },
      ],
    });
    expect(dates(result)).toEqual({ weekend: ['2027-03-08', '2027-03-08'], early: ['2027-03-03', '2027-03-03'] });
  });

  it('books duration tasks whether or not the capacity is free, and warns', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p', { absences: [{ from: '2027-03-02', to: '2027-03-02', reason: 'sickness' }] })],
      tasks: [
        { id: 'a', title: 'A', duration: 3, assignees: ['p'] },
        { id: 'b', title: 'B', duration: 2, assignees: ['p'] },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-03-01', '2027-03-03'], b: ['2027-03-01', '2027-03-02'] });
    const codes = result.findings.map((finding) => `${finding.code} ${finding.path}`);
    expect(codes).toContain('absent-during-task tasks[0]');
    expect(codes).toContain('absent-during-task tasks[1]');
    expect(codes).toContain('overbooked team[0]');
  });
});

describe('effort tasks (rule 5)', () => {
  it('spreads effort over a half-time person’s days, skipping a vacation', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p', { capacity: 0.5, absences: [{ from: '2027-03-08', to: '2027-03-12', reason: 'vacation' }] })],
      tasks: [{ id: 'a', title: 'A', effort: 3, assignees: ['p'] }],
    });
    expect(dates(result).a).toEqual(['2027-03-01', '2027-03-15']);
    expect(result.findings.map((finding) => finding.code)).not.toContain('absent-during-task');
  });

  it('adds the capacity of several assignees', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p'), person('q', { capacity: 0.5 })],
      tasks: [{ id: 'a', title: 'A', effort: 6, assignees: ['p', 'q'] }],
    });
    expect(dates(result).a).toEqual(['2027-03-01', '2027-03-04']);
  });

  it('starts on the first day that contributes', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p', { absences: [{ from: '2027-03-01', to: '2027-03-03', reason: 'training' }] })],
      tasks: [{ id: 'a', title: 'A', effort: 2, assignees: ['p'] }],
    });
    expect(dates(result).a).toEqual(['2027-03-04', '2027-03-05']);
  });
});

describe('order (rule 7)', () => {
  it('gives a shared person to the higher priority first', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p')],
      tasks: [
        { id: 'low', title: 'Low', effort: 3, assignees: ['p'] },
        { id: 'high', title: 'High', effort: 2, assignees: ['p'], priority: 800 },
      ],
    });
    expect(dates(result)).toEqual({ low: ['2027-03-03', '2027-03-05'], high: ['2027-03-01', '2027-03-02'] });
  });

  it('breaks equal priority by earlier possible start, then by file order', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p')],
      tasks: [
        { id: 'later', title: 'Later', effort: 1, assignees: ['p'], start: '2027-03-02' },
        { id: 'first', title: 'First', effort: 2, assignees: ['p'] },
        { id: 'second', title: 'Second', effort: 1, assignees: ['p'] },
      ],
    });
    expect(dates(result)).toEqual({ first: ['2027-03-01', '2027-03-02'], second: ['2027-03-03', '2027-03-03'], later: ['2027-03-04', '2027-03-04'] });
  });

  it('shares a day between two effort tasks of a part-time person', () => {
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p')],
      tasks: [
        { id: 'a', title: 'A', effort: 1.5, assignees: ['p'] },
        { id: 'b', title: 'B', effort: 1, assignees: ['p'] },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-03-01', '2027-03-02'], b: ['2027-03-02', '2027-03-03'] });
  });
});

describe('milestones (rule 6)', () => {
  const base = { kickoff: '2027-05-03', team: [person('p')] };
  it('falls on the predecessor’s finish; a successor starts the next working day', () => {
    const result = schedule({
      ...base,
      tasks: [
        { id: 'a', title: 'A', duration: 3 },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
        { id: 'c', title: 'C', duration: 1, dependsOn: ['m'] },
      ],
    });
    expect(dates(result)).toEqual({ a: ['2027-05-03', '2027-05-05'], m: ['2027-05-05', '2027-05-05'], c: ['2027-05-07', '2027-05-07'] });
  });

  it('with lag L lies on the L-th working day after the finish', () => {
    const result = schedule({
      ...base,
      tasks: [
        { id: 'a', title: 'A', duration: 3 },
        { id: 'm', title: 'M', milestone: true, dependsOn: [{ task: 'a', lag: 2 }] },
      ],
    });
    expect(dates(result).m).toEqual(['2027-05-10', '2027-05-10']);
  });

  it('without dependencies lies on its earliest start', () => {
    const result = schedule({
      ...base,
      tasks: [
        { id: 'm', title: 'M', milestone: true, start: '2027-05-06' },
        { id: 'n', title: 'N', milestone: true },
      ],
    });
    expect(dates(result)).toEqual({ m: ['2027-05-07', '2027-05-07'], n: ['2027-05-03', '2027-05-03'] });
  });
});

describe('buffer (rule 9) and critical path (rule 10)', () => {
  const tasks = [
    { id: 'a', title: 'A', duration: { optimistic: 4, likely: 5, pessimistic: 9 } },
    { id: 'b', title: 'B', duration: 3 },
    { id: 'c', title: 'C', duration: { optimistic: 1, likely: 2, pessimistic: 5 }, dependsOn: ['a', 'b'] },
    { id: 'end', title: 'Ende', milestone: true, dependsOn: ['c'] },
  ];
  const kickoff = '2027-03-01';

  it('computes float and the critical path', () => {
    const result = schedule({ kickoff, team: [person('p')], tasks, buffer: { method: 'none' } });
    const byId = Object.fromEntries(result.tasks.map((task) => [task.id, task]));
    expect([byId.a.float, byId.b.float, byId.c.float, byId.end.float]).toEqual([0, 2, 0, 0]);
    expect([byId.a.critical, byId.b.critical, byId.c.critical]).toEqual([true, false, true]);
    expect(result.finish).toBe('2027-03-09');
    expect(result.committedFinish).toBe('2027-03-09');
    expect(result.findings.map((finding) => finding.code)).toContain('no-buffer');
  });

  it('percent: value % of the working days from kick-off to last finish, rounded up', () => {
    const result = schedule({ kickoff, team: [person('p')], tasks, buffer: { method: 'percent', value: 15 } });
    // 7 working days; 15 % = 1.05 → 2 days.
    expect(result.buffer).toEqual({ method: 'percent', days: 2, start: '2027-03-10', finish: '2027-03-11', remaining: null, consumed: null });
    expect(result.committedFinish).toBe('2027-03-11');
  });

  it('fixed, with `before` moving the milestone to the buffer’s last day', () => {
    const result = schedule({ kickoff, team: [person('p')], tasks, buffer: { method: 'fixed', value: 5, before: 'end' } });
    expect(result.committedFinish).toBe('2027-03-16');
    expect(dates(result).end).toEqual(['2027-03-16', '2027-03-16']);
    expect(result.findings.map((finding) => finding.code)).not.toContain('small-buffer');
  });

  it('rule 9a: with work waiting for the `before` milestone, the buffer protects the milestone and the work follows it', () => {
    const withCare = [...tasks, { id: 'care', title: 'Hypercare', duration: 4, dependsOn: ['end'] }];
    const result = schedule({ kickoff, team: [person('p')], tasks: withCare, buffer: { method: 'fixed', value: 5, before: 'end' } });
    // C ends 09.03. The buffer takes 10.–16.03., the milestone its last day (the committed
    // finish), hypercare the four working days after it, outside what the buffer protects.
    expect(result.buffer).toMatchObject({ days: 5, start: '2027-03-10', finish: '2027-03-16', before: 'end' });
    expect(dates(result).end).toEqual(['2027-03-16', '2027-03-16']);
    expect(dates(result).care).toEqual(['2027-03-17', '2027-03-22']);
    expect(result.finish).toBe('2027-03-09');
    expect(result.committedFinish).toBe('2027-03-16');
    expect(result.tasks.find((task) => task.id === 'a')?.critical).toBe(true);
  });

  it('rss: root of the summed squares of (pessimistic − likely) over critical tasks', () => {
    const result = schedule({ kickoff, team: [person('p')], tasks, buffer: { method: 'rss' } });
    // sqrt(4² + 3²) = 5
    expect(result.buffer.days).toBe(5);
  });

  it('warns about a buffer under 10 %', () => {
    const long = [{ id: 'a', title: 'A', duration: 40 }];
    const result = schedule({ kickoff, team: [person('p')], tasks: long, buffer: { method: 'fixed', value: 3 } });
    expect(result.findings.map((finding) => finding.code)).toContain('small-buffer');
  });
});

describe('findings', () => {
  it('warns about a missed deadline and a required role nobody has', () => {
    const result = schedule(
      { kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 5, deadline: '2027-03-04' }] },
      {
        roles: [
          { id: 'entwicklung-anbieter', title: 'Entwicklung Anbieter', kickoff: 'required' },
          { id: 'it', title: 'IT', kickoff: 'required' },
        ],
      },
    );
    const codes = result.findings.map((finding) => `${finding.code} ${finding.path}`);
    expect(codes).toContain('deadline-missed tasks[0].deadline');
    expect(codes).toContain('required-role-missing team');
    expect(codes.filter((code) => code.startsWith('required-role-missing'))).toHaveLength(1);
    expect(result.tasks[0].deadlineMet).toBe(false);
  });

  it('writes messages in the site language', () => {
    const input = { kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 5 }] };
    expect(schedule(input, { lang: 'de' }).findings[0].message).toMatch(/Puffer/);
    expect(schedule(input, { lang: 'en' }).findings[0].message).toMatch(/buffer/);
  });

  it('fails fast, naming the task, when a task can never finish (rule 11)', () => {
    const plan = makePlan({
      kickoff: '2027-03-01',
      team: [person('p', { absences: [{ from: '2027-03-01', to: '2040-12-31', reason: 'other' }] })],
      tasks: [{ id: 'a', title: 'Datenmodell', effort: 1, assignees: ['p'] }],
    });
    const started = performance.now();
    const result = schedulePlan('x', plan, { iterations: 0, lang: 'en' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings[0]).toMatchObject({ severity: 'error', code: 'never-finishes', path: 'tasks[0]' });
      expect(result.findings[0].message).toContain('Datenmodell');
    }
  });
});

describe('the finish of a tracked plan', () => {
  it('is a done task’s actual finish, also on a Saturday, and so is the committed finish without a buffer', () => {
    // a: five days from Mon 1 March 2027, reported done on Sat 6 March.
    const done = schedule({
      kickoff: '2027-03-01',
      statusDate: '2027-03-08',
      team: [person('p')],
      tasks: [{ id: 'a', title: 'A', duration: 5, actualStart: '2027-03-01', actualFinish: '2027-03-06' }],
    });
    expect(done.finish).toBe('2027-03-06');
    // Without a buffer the committed finish is that finish, not the last working day before it.
    expect(done.committedFinish).toBe('2027-03-06');
  });
});

describe('the ten-year horizon, at its last working day', () => {
  // The horizon of a kick-off on Mon 1 March 2027 ends before Sun 1 March 2037: its last working
  // day is Fri 27 February 2037. n, its number of working days, comes from the calendar.
  const base = { kickoff: '2027-03-01', team: [person('p')] };
  // Computed inside each test: work done in a describe body is covered by no test in Stryker's runs.
  const horizonDays = () => schedule({ ...base, tasks: [{ id: 'a', title: 'A', duration: 1 }] }).calendar.days.length;
  const outcome = (tasks: Record<string, unknown>[]) => {
    const result = schedulePlan('x', makePlan({ ...base, tasks }), { iterations: 0, lang: 'en' });
    return result.ok ? result.schedule.finish : result.findings.map((finding) => `${finding.code} ${finding.path}: ${finding.message}`);
  };

  it('a buffer may end on that day, not one day later', () => {
    const n = horizonDays();
    const withBuffer = (days: number) => {
      const result = schedulePlan('x', makePlan({ ...base, buffer: { method: 'fixed', value: days }, tasks: [{ id: 'a', title: 'A', duration: n - 2 }] }), {
        iterations: 0,
        lang: 'en',
      });
      return result.ok ? result.schedule.committedFinish : result.findings.map((finding) => `${finding.code} ${finding.path}: ${finding.message}`);
    };
    expect(withBuffer(2)).toBe('2037-02-27');
    expect(withBuffer(3)).toEqual(['never-finishes buffer: “buffer” cannot finish within ten years of the kick-off: there are not enough working days.']);
  });

  it('work behind the buffer’s milestone that the buffer pushes past it never finishes', () => {
    const n = horizonDays();
    // a takes n − 5 days, m follows it, then the buffer of 2 days; h (4 days) waits for m. Without
    // the buffer h would end on day n − 2; pinned behind it, h would need day n.
    const result = schedulePlan(
      'x',
      makePlan({
        ...base,
        buffer: { method: 'fixed', value: 2, before: 'm' },
        tasks: [
          { id: 'a', title: 'A', duration: n - 5 },
          { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
          { id: 'h', title: 'H', duration: 4, dependsOn: ['m'] },
        ],
      }),
      { iterations: 0, lang: 'en' },
    );
    expect(result.ok ? [] : result.findings.map((finding) => `${finding.code} ${finding.path}: ${finding.message}`)).toEqual([
      'never-finishes tasks[2]: “H” cannot finish within ten years of the kick-off: there are not enough working days.',
    ]);
  });

  it('a duration task of all n days ends on it; one day more never finishes', () => {
    const n = horizonDays();
    expect(outcome([{ id: 'a', title: 'A', duration: n }])).toBe('2037-02-27');
    expect(outcome([{ id: 'a', title: 'A', duration: n + 1 }])).toEqual([
      'never-finishes tasks[0]: “A” cannot finish within ten years of the kick-off: there are not enough working days.',
    ]);
  });

  it('a milestone on that day is in; one a day later, or an effort task after it, never finishes for want of working days', () => {
    const n = horizonDays();
    expect(
      outcome([
        { id: 'a', title: 'A', duration: n },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
      ]),
    ).toBe('2037-02-27');
    expect(
      outcome([
        { id: 'a', title: 'A', duration: n },
        { id: 'm', title: 'M', milestone: true, dependsOn: [{ task: 'a', lag: 1 }] },
      ]),
    ).toEqual(['never-finishes tasks[1]: “M” cannot finish within ten years of the kick-off: there are not enough working days.']);
    expect(
      outcome([
        { id: 'a', title: 'A', duration: n },
        { id: 'e', title: 'E', effort: 1, assignees: ['p'], dependsOn: ['a'] },
      ]),
    ).toEqual(['never-finishes tasks[1]: “E” cannot finish within ten years of the kick-off: there are not enough working days.']);
  });
});

describe('float in a file not in dependency order', () => {
  it('is the same as in dependency order: the chain r → m → n is critical, s has two days', () => {
    // r Mon 1 March 2027; m Tue 2 – Wed 3; n Thu 4 (the end); s Tue 2, which could wait until Thu 4.
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p')],
      tasks: [
        { id: 'm', title: 'M', duration: 2, dependsOn: ['r'] },
        { id: 'n', title: 'N', duration: 1, dependsOn: ['m'] },
        { id: 'r', title: 'R', duration: 1 },
        { id: 's', title: 'S', duration: 1, dependsOn: ['r'] },
      ],
    });
    expect(result.tasks.map((task) => [task.id, task.float, task.critical])).toEqual([
      ['m', 0, true],
      ['n', 0, true],
      ['r', 0, true],
      ['s', 2, false],
    ]);
  });
});

describe('bookings', () => {
  it('book a duration task’s people at their capacity on each of its days', () => {
    // a: Mon 1 – Wed 3 March 2027, working days 0–2; p works half-time.
    const result = schedule({ kickoff: '2027-03-01', team: [person('p', { capacity: 0.5 })], tasks: [{ id: 'a', title: 'A', duration: 3, assignees: ['p'] }] });
    expect(result.bookings).toEqual([
      [
        { person: 0, index: 0, amount: 0.5 },
        { person: 0, index: 1, amount: 0.5 },
        { person: 0, index: 2, amount: 0.5 },
      ],
    ]);
  });
});

describe('an effort task beside an overbooked person', () => {
  it('takes the free person’s days and nothing from the overbooked one', () => {
    // a and b book p twice over on Mon 1 and Tue 2 March 2027; c's two days of effort fall to q on those days.
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p'), person('q')],
      tasks: [
        { id: 'a', title: 'A', duration: 2, assignees: ['p'] },
        { id: 'b', title: 'B', duration: 2, assignees: ['p'] },
        { id: 'c', title: 'C', effort: 2, assignees: ['p', 'q'] },
      ],
    });
    expect([result.tasks[2].start, result.tasks[2].finish]).toEqual(['2027-03-01', '2027-03-02']);
    expect(result.bookings[2]).toEqual([
      { person: 1, index: 0, amount: 1 },
      { person: 1, index: 1, amount: 1 },
    ]);
  });
});

describe('active tasks after the status date', () => {
  it('share one person by priority, and at equal priority in file order', () => {
    // Both begun Mon 1 March 2027, 2 days left each at the status date Tue 2 March: x first on
    // Wed 3 and Thu 4, then y on Fri 5 and Mon 8 March.
    const result = schedule({
      kickoff: '2027-03-01',
      statusDate: '2027-03-02',
      team: [person('p')],
      tasks: [
        { id: 'x', title: 'X', effort: 3, assignees: ['p'], actualStart: '2027-03-01', remaining: 2 },
        { id: 'y', title: 'Y', effort: 3, assignees: ['p'], actualStart: '2027-03-01', remaining: 2 },
      ],
    });
    expect(result.tasks.map((task) => [task.id, task.finish])).toEqual([
      ['x', '2027-03-04'],
      ['y', '2027-03-08'],
    ]);
  });
});

describe('the buffer before a milestone', () => {
  it('no longer once the milestone is done: the work after it counts, and the buffer follows it', () => {
    // a done Mon 1 – Wed 3 March 2027 and m on Wed 3; status date Mon 8: b Tue 9 – Wed 10, the buffer Thu 11 – Fri 12.
    const result = schedule({
      kickoff: '2027-03-01',
      statusDate: '2027-03-08',
      team: [person('p')],
      buffer: { method: 'fixed', value: 2, before: 'm' },
      tasks: [
        { id: 'a', title: 'A', duration: 3, actualStart: '2027-03-01', actualFinish: '2027-03-03' },
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'], actualFinish: '2027-03-03' },
        { id: 'b', title: 'B', duration: 2, dependsOn: ['m'] },
      ],
    });
    expect([result.finish, result.committedFinish]).toEqual(['2027-03-10', '2027-03-12']);
    expect(result.buffer).not.toHaveProperty('before');
  });

  it('also when the milestone is the first task in the file', () => {
    // a: Mon 1 – Wed 3 March 2027; the buffer Thu 4 – Fri 5 March; m waits for it, on Fri 5 March.
    const result = schedule({
      kickoff: '2027-03-01',
      team: [person('p')],
      buffer: { method: 'fixed', value: 2, before: 'm' },
      tasks: [
        { id: 'm', title: 'M', milestone: true, dependsOn: ['a'] },
        { id: 'a', title: 'A', duration: 3 },
      ],
    });
    expect(result.buffer).toMatchObject({ days: 2, start: '2027-03-04', finish: '2027-03-05', before: 'm' });
    expect([result.tasks[0].start, result.tasks[0].finish]).toEqual(['2027-03-05', '2027-03-05']);
  });
});

describe('Monte Carlo (rule 8)', () => {
  const input = {
    kickoff: '2027-03-01',
    team: [person('p')],
    tasks: [
      { id: 'a', title: 'A', duration: { optimistic: 5, likely: 10, pessimistic: 30 } },
      { id: 'b', title: 'B', effort: { optimistic: 2, likely: 4, pessimistic: 12 }, assignees: ['p'], dependsOn: ['a'], deadline: '2027-03-26' },
    ],
    buffer: { method: 'percent', value: 10 },
  };

  it('is reproducible and reports P50 ≤ P85, deadline chances and criticality', () => {
    const first = schedule(input, { iterations: 500 });
    const second = schedule(input, { iterations: 500 });
    expect(first.p50).toBe(second.p50);
    expect(first.p85).toBe(second.p85);
    expect(first.p50! <= first.p85!).toBe(true);
    expect(first.p50! >= first.finish).toBe(true); // right-skewed estimates
    const b = first.tasks[1];
    expect(b.deadlineChance).toBeGreaterThan(0);
    expect(b.deadlineChance).toBeLessThan(1);
    expect(first.tasks[0].criticality).toBe(1);
    expect(first.findings.map((finding) => finding.code)).toContain('p85-after-committed');
  });

  it('takes each run’s finish from its latest task, not the last in the file, and counts a task with float in no run as critical', () => {
    // a: 5 to 30 working days from Mon 1 March 2027, so never done before Fri 5 March. c: one day,
    // Mon 1 March, last in the file, with at least four days of float in every run.
    const parallel = {
      kickoff: '2027-03-01',
      team: [person('p')],
      tasks: [
        { id: 'a', title: 'A', duration: { optimistic: 5, likely: 10, pessimistic: 30 } },
        { id: 'c', title: 'C', duration: 1 },
      ],
    };
    const result = schedule(parallel, { iterations: 200 });
    expect(result.p50! >= '2027-03-05').toBe(true);
    expect(result.tasks.map((task) => task.criticality)).toEqual([1, 0]);
  });

  it('gives no P85 date past the ten-year horizon, and warns with a dash for it', () => {
    // Beta-PERT mean (100 + 4 × 200 + 20,000) / 6 ≈ 3,483 working days: far past the some 2,600
    // working days of ten years, so most runs end beyond the horizon.
    const result = schedule(
      { kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: { optimistic: 100, likely: 200, pessimistic: 20000 } }] },
      { iterations: 50, lang: 'en' },
    );
    expect(result.iterations).toBe(50);
    expect(result.p85).toBeUndefined();
    const late = result.findings.filter((finding) => finding.code === 'p85-after-committed');
    expect(late.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^At 85% confidence the project finishes on —, after the committed finish of \d{4}-\d\d-\d\d\.$/),
    ]);
  });

  it('gives a plan done before its kick-off that finish as P50 and P85, and no warning about it', () => {
    // a was done Thu 25 – Sat 27 February 2027, before the kick-off on Mon 1 March.
    const result = schedule(
      {
        kickoff: '2027-03-01',
        statusDate: '2027-03-01',
        team: [person('p')],
        tasks: [{ id: 'a', title: 'A', duration: { optimistic: 1, likely: 2, pessimistic: 3 }, actualStart: '2027-02-25', actualFinish: '2027-02-27' }],
      },
      { iterations: 20 },
    );
    expect([result.finish, result.committedFinish, result.p50, result.p85]).toEqual(['2027-02-27', '2027-02-27', '2027-02-27', '2027-02-27']);
    expect(result.findings.map((finding) => finding.code)).not.toContain('p85-after-committed');
  });

  it('puts P50 on the kick-off day when most runs end on it, though the likely plan ends a day later', () => {
    // Effort (0.01, 1.05, 1.06) for a full-time person: α = 1 + 4 × 1.04 / 1.05 ≈ 4.96, β ≈ 1.04;
    // P(draw ≤ 1 day) ≈ ((1 − 0.01) / 1.05)^4.96 ≈ 0.75. So P50 is Mon 1 March 2027 and P85 Tue 2
    // March, the likely plan's finish (1.05 days).
    const result = schedule(
      {
        kickoff: '2027-03-01',
        team: [person('p')],
        tasks: [{ id: 'a', title: 'A', effort: { optimistic: 0.01, likely: 1.05, pessimistic: 1.06 }, assignees: ['p'] }],
      },
      { iterations: 200 },
    );
    expect([result.finish, result.p50, result.p85]).toEqual(['2027-03-02', '2027-03-01', '2027-03-02']);
  });

  it('has no P50/P85 without three-point estimates', () => {
    const result = schedule({ kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 2 }] }, { iterations: 100 });
    expect(result.p50).toBeUndefined();
  });
});
