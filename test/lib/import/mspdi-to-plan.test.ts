/**
 * mspdiToPlan on small hand-written MS Project files: each test states one rule of the import
 * (what a task, a resource, a link, a constraint, the progress, the status date and the calendar
 * become in the plan, and the finding that names what the plan cannot say), with the expected
 * plan worked out by hand from the file.
 */
import { describe, expect, it } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { mspdiToPlan, type ImportContext, type ImportFinding, type ImportResult } from '../../../src/lib/import/mspdi-to-plan.ts';
import type { ImportProblem } from '../../../src/lib/import/problems.ts';
import { readMspdi } from '../../../src/lib/import/read-mspdi.ts';
import { importMspdi } from '../../../src/lib/import/import-mspdi.ts';

const words = translation('en').importer;
const context: ImportContext = {
  phases: [
    { id: 'kickoff', title: 'Kick-off' },
    { id: 'build', title: 'Build' },
  ],
  roles: [
    { id: 'lead', title: 'Project lead' },
    { id: 'dev', title: 'Developer' },
  ],
  defaultRegion: 'DE',
  words,
};

/** A work resource of the role `dev`, without a calendar. */
const ANN = '<Resource><UID>1</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><Group>Developer</Group></Resource>';
const ONE_DAY = '<Duration>PT8H0M0S</Duration>';

/** A task of outline level 1 with the given UID (also its ID) and name, and further elements. */
const task = (uid: number, name: string, more = ONE_DAY) =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel>${more}</Task>`;
const summary = (uid: number, name: string, level: number, more = '') =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>${level}</OutlineLevel><Summary>1</Summary>${more}</Task>`;
const link = (from: number, more = '') => `<PredecessorLink><PredecessorUID>${from}</PredecessorUID><Type>1</Type>${more}</PredecessorLink>`;
const assignment = (taskUid: number, resourceUid: number | string) =>
  `<Assignment><TaskUID>${taskUid}</TaskUID><ResourceUID>${resourceUid}</ResourceUID></Assignment>`;

interface Parts {
  /** Elements of the project before its calendars; by default its company and author. */
  head?: string;
  calendars?: string;
  tasks: string;
  resources?: string;
  assignments?: string;
}

/** A project starting on Monday 1 March 2027. */
function file({ head = '<Company>Customer</Company><Author>Vendor</Author>', calendars = '', tasks, resources = ANN, assignments = '' }: Parts): string {
  return (
    `<Project><Title>Shop</Title><StartDate>2027-03-01T08:00:00</StartDate>${head}<Calendars>${calendars}</Calendars>` +
    `<Tasks>${tasks}</Tasks><Resources>${resources}</Resources><Assignments>${assignments}</Assignments></Project>`
  );
}

function convert(xml: string): Extract<ImportResult, { ok: true }> {
  const read = readMspdi(xml);
  if (!read.ok) throw new Error(`not read: ${read.problem}`);
  const result = mspdiToPlan(read.project, context);
  if (!result.ok) throw new Error(`not imported: ${JSON.stringify(result)}`);
  return result;
}

const planOf = (parts: Parts) => convert(file(parts)).plan;
const tasksOf = (parts: Parts) => planOf(parts).tasks as Record<string, unknown>[];
const teamOf = (parts: Parts) => planOf(parts).team as Record<string, unknown>[];
/** The findings of one subject (a task, a resource, `project`, `calendar`), as messages. */
const findingsOf = (findings: ImportFinding[], subject: string) => findings.filter((finding) => finding.subject === subject).map((finding) => finding.message);
/** Every finding but those of the calendar (the public holidays of DE a file without days off has). */
const notCalendar = (findings: ImportFinding[]) => findings.filter((finding) => finding.subject !== 'calendar');

describe('tasks', () => {
  it('come in the order of their IDs, not of the file', () => {
    const tasks = `<Task><UID>8</UID><ID>2</ID><Name>Second</Name>${ONE_DAY}</Task><Task><UID>9</UID><ID>1</ID><Name>First</Name>${ONE_DAY}</Task>`;
    expect(tasksOf({ tasks }).map((entry) => entry.id)).toEqual(['first', 'second']);
  });

  it('leave out null tasks (empty rows), with a UID or without, without a finding', () => {
    const tasks = `${task(1, 'Kept')}<Task><UID>2</UID><ID>2</ID><IsNull>1</IsNull><Name>Null</Name>${ONE_DAY}</Task><Task><ID>3</ID><IsNull>1</IsNull></Task>`;
    const result = convert(file({ tasks }));
    expect((result.plan.tasks as Record<string, unknown>[]).map((entry) => entry.title)).toEqual(['Kept']);
    expect(notCalendar(result.findings)).toEqual([]);
  });

  it('are named by their UID when they have no name', () => {
    expect(tasksOf({ tasks: `<Task><UID>5</UID><ID>5</ID>${ONE_DAY}</Task>` })).toStrictEqual([{ id: 'uid-5', title: 'UID 5', duration: 1 }]);
  });

  it('take the id `task` when their name gives no letter or digit, numbered after the first', () => {
    expect(tasksOf({ tasks: task(1, '???') + task(2, '!!!') + task(3, '...') }).map((entry) => entry.id)).toEqual(['task', 'task-2', 'task-3']);
  });

  it('number a name that repeats after the numbers taken, also by a task’s own id', () => {
    const own = (id: string) => `${ONE_DAY}<ExtendedAttribute><FieldID>188743731</FieldID><Value>${id}</Value></ExtendedAttribute>`;
    const tasks = task(1, 'A') + task(2, 'A') + task(3, 'B', own('a-3')) + task(4, 'A') + task(5, 'A') + task(6, 'B', own('a-2'));
    expect(tasksOf({ tasks }).map((entry) => entry.id)).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-5', 'a-2-2']);
  });

  it('take ids made from their names: umlauts and ß spelled out, accents dropped, one hyphen between words, at most 60 characters', () => {
    const names = ['Größe &amp; Maß', 'Über Äpfel', 'Café  Crème', `${'a'.repeat(59)} more`, '-- Start --'];
    // The 60th character of the fourth is the hyphen before "more": cut, and the hyphen with it.
    expect(tasksOf({ tasks: names.map((name, index) => task(index + 1, name)).join('') }).map((entry) => entry.id)).toEqual([
      'groesse-mass',
      'ueber-aepfel',
      'cafe-creme',
      'a'.repeat(59),
      'start',
    ]);
  });

  it('take our export’s id from the Text1 field only, not from another custom field', () => {
    const attribute = (field: number, value: string) => `<ExtendedAttribute><FieldID>${field}</FieldID><Value>${value}</Value></ExtendedAttribute>`;
    const tasks =
      task(1, 'Own id', ONE_DAY + attribute(188743734, 'text-two') + attribute(188743731, 'own-id')) +
      task(2, 'Other field', ONE_DAY + attribute(188743734, 'text-two'));
    expect(tasksOf({ tasks }).map((entry) => entry.id)).toEqual(['own-id', 'other-field']);
  });

  it('treat the project summary (UID 0, or outline level 0) as no task even without <Summary>', () => {
    const tasks =
      `<Task><UID>0</UID><ID>0</ID><Name>Project</Name><OutlineLevel>1</OutlineLevel>${ONE_DAY}</Task>` +
      `<Task><UID>7</UID><ID>1</ID><Name>Top</Name><OutlineLevel>0</OutlineLevel>${ONE_DAY}</Task>` +
      task(2, 'Work');
    const result = convert(file({ tasks }));
    expect((result.plan.tasks as Record<string, unknown>[]).map((entry) => entry.title)).toEqual(['Work']);
    // UID 0 at level 1 is a summary task of the plan's own level, so its title is matched with the phases.
    expect(findingsOf(result.findings, 'task “Project”')).toEqual([words.summaryNoPhase]);
    expect(findingsOf(result.findings, 'task “Top”')).toEqual([]);
  });

  it('leave out external and inactive tasks, each with a finding', () => {
    const tasks =
      task(1, 'Kept') +
      task(2, 'Elsewhere', `${ONE_DAY}<ExternalTask>1</ExternalTask>`) +
      task(3, 'Dormant', `${ONE_DAY}<Active>0</Active>`) +
      task(4, 'Active', `${ONE_DAY}<Active>1</Active><ExternalTask>0</ExternalTask>`);
    const result = convert(file({ tasks }));
    expect((result.plan.tasks as Record<string, unknown>[]).map((entry) => entry.title)).toEqual(['Kept', 'Active']);
    expect(notCalendar(result.findings)).toEqual([
      { subject: 'task “Elsewhere”', message: 'left out: an external task' },
      { subject: 'task “Dormant”', message: 'left out: an inactive task' },
    ]);
  });

  it('read durations, efforts and lags in the file’s minutes per day', () => {
    // 600 minutes a day: 30 hours are 3 days, 15 hours of work 1.5 days, a lag of 12,000 tenths of a minute 2 days.
    const tasks =
      task(1, 'Long days', '<Duration>PT30H0M0S</Duration>') +
      task(2, 'Work', `<Type>2</Type><Duration>PT15H0M0S</Duration><Work>PT15H0M0S</Work>${link(1, '<LinkLag>12000</LinkLag><LagFormat>7</LagFormat>')}`);
    const result = convert(file({ head: '<Company>C</Company><Author>V</Author><MinutesPerDay>600</MinutesPerDay>', tasks, assignments: assignment(2, 1) }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'long-days', title: 'Long days', duration: 3 },
      { id: 'work', title: 'Work', effort: 1.5, assignees: ['ann'], dependsOn: [{ task: 'long-days', lag: 2 }] },
    ]);
    expect(notCalendar(result.findings)).toEqual([]);
  });
});

describe('durations', () => {
  it('are read as MS Project writes them, elapsed ones too (in hours); only a zero duration makes a milestone', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['<Duration>PT8H0M0S</Duration>', { duration: 1 }],
      ['<Duration>PT0H0M0S</Duration>', { milestone: true }],
      ['<Duration>PT4H30M0S</Duration>', { duration: 1 }],
      ['<Duration>PT0H59M2.4S</Duration>', { duration: 1 }],
      ['<Duration>P1DT0H0M0S</Duration>', { duration: 3 }],
    ];
    const tasks = cases.map(([duration], index) => task(index + 1, `T${index + 1}`, duration)).join('');
    expect(tasksOf({ tasks })).toStrictEqual(cases.map(([, expected], index) => ({ id: `t${index + 1}`, title: `T${index + 1}`, ...expected })));
  });

  it('in elapsed time are named, with how they were taken: their hours around the clock as working hours', () => {
    const elapsed = (hours: number, days: string, hoursPerDay = 8) =>
      `its duration is elapsed time, ${hours} hours around the clock; taken as working time: ${days} of ${hoursPerDay} hours`;
    const rounded = (days: number) => `its duration is not whole working days; rounded up to ${days}`;
    // MS Project writes an elapsed duration in hours around the clock: one elapsed day is PT24H0M0S.
    const cases: [format: number | undefined, duration: string, expected: Record<string, unknown>, findings: string[]][] = [
      [8, 'PT24H0M0S', { duration: 3 }, [elapsed(24, '3 working days')]],
      [40, 'PT48H0M0S', { duration: 6 }, [elapsed(48, '6 working days')]],
      [10, 'PT168H0M0S', { duration: 21 }, [elapsed(168, '21 working days')]],
      [12, 'PT720H0M0S', { duration: 90 }, [elapsed(720, '90 working days')]],
      [6, 'PT2H0M0S', { duration: 1 }, [elapsed(2, '0.25 working days'), rounded(1)]],
      [38, 'PT8H0M0S', { duration: 1 }, [elapsed(8, '1 working day')]],
      [4, 'PT0H30M0S', { duration: 1 }, [elapsed(0.5, '0.06 working days'), rounded(1)]],
      [20, 'PT24H0M0S', { duration: 3 }, [elapsed(24, '3 working days')]],
      // Working time, estimated (`?`) or not, and the default, are what a plan counts.
      [7, 'PT16H0M0S', { duration: 2 }, []],
      [39, 'PT16H0M0S', { duration: 2 }, []],
      [5, 'PT16H0M0S', { duration: 2 }, []],
      [undefined, 'PT16H0M0S', { duration: 2 }, []],
      // A milestone has no duration to take.
      [8, 'PT0H0M0S', { milestone: true }, [words.zeroDuration]],
    ];
    const format = (code: number | undefined) => (code === undefined ? '' : `<DurationFormat>${code}</DurationFormat>`);
    const tasks = cases.map(([code, duration], index) => task(index + 1, `T${index + 1}`, `<Duration>${duration}</Duration>${format(code)}`)).join('');
    const result = convert(file({ tasks }));
    expect(result.plan.tasks).toStrictEqual(cases.map(([, , expected], index) => ({ id: `t${index + 1}`, title: `T${index + 1}`, ...expected })));
    expect(notCalendar(result.findings)).toEqual(
      cases.flatMap(([, , , findings], index) => findings.map((message) => ({ subject: `task “T${index + 1}”`, message }))),
    );
    // In working days of the file's length, as its lags are.
    const short = convert(
      file({
        head: '<Company>C</Company><Author>A</Author><MinutesPerDay>450</MinutesPerDay>',
        tasks:
          task(1, 'A', '<Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat>') +
          task(2, 'B', ONE_DAY + link(1, '<LinkLag>4500</LinkLag><LagFormat>8</LagFormat>')),
      }),
    );
    expect(notCalendar(short.findings).map((finding) => finding.message)).toEqual([
      elapsed(24, '3.2 working days', 7.5),
      rounded(4),
      rounded(2),
      'the lag after “A” is in elapsed time or per cent; taken as working days of 7.5 hours',
    ]);
  });
});

describe('milestones and effort', () => {
  it('make a milestone of a task marked so, whatever its duration, and of one without duration, with a finding', () => {
    const tasks = task(1, 'Go-live', `<Milestone>1</Milestone>${ONE_DAY}`) + task(2, 'Check', '<Duration>PT0H0M0S</Duration>') + task(3, 'Plain');
    const result = convert(file({ tasks }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'go-live', title: 'Go-live', milestone: true },
      { id: 'check', title: 'Check', milestone: true },
      { id: 'plain', title: 'Plain', duration: 1 },
    ]);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'task “Check”', message: 'a task of no duration: imported as a milestone' }]);
  });

  it('take fixed work as effort only with work and people; without people it is a duration task with a finding', () => {
    const fixedWork = (work: string) => `<Type>2</Type><Duration>PT16H0M0S</Duration><Work>${work}</Work>`;
    const tasks = task(1, 'Effort', fixedWork('PT12H0M0S')) + task(2, 'Nobody', fixedWork('PT12H0M0S')) + task(3, 'No work', fixedWork('PT0H0M0S'));
    const result = convert(file({ tasks, assignments: assignment(1, 1) + assignment(3, 1) }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'effort', title: 'Effort', effort: 1.5, assignees: ['ann'] },
      { id: 'nobody', title: 'Nobody', duration: 2 },
      { id: 'no-work', title: 'No work', duration: 2, assignees: ['ann'] },
    ]);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'task “Nobody”', message: 'fixed work without work resources: imported as a duration task' }]);
  });
});

describe('phases from summary tasks', () => {
  it('match a summary task’s title with a phase’s in any case and spacing', () => {
    const tasks = summary(1, '  kick-OFF ', 1) + `<Task><UID>2</UID><ID>2</ID><Name>Inner</Name><OutlineLevel>2</OutlineLevel>${ONE_DAY}</Task>`;
    expect(tasksOf({ tasks })).toStrictEqual([{ id: 'inner', phase: 'kickoff', title: 'Inner', duration: 1 }]);
  });

  it('give each task the phase of its nearest summary ancestor that names one', () => {
    // Build (level 1) › Kick-off (2) › Details (3, no phase: inherits kickoff) › task (4); a task
    // directly under Build; the project summary (level 0) names no phase and has a link, which is no finding.
    const tasks =
      summary(0, 'Project', 0, link(9)) +
      summary(1, 'Build', 1) +
      summary(2, 'Kick-off', 2) +
      summary(3, 'Details', 3) +
      `<Task><UID>4</UID><ID>4</ID><Name>Deep</Name><OutlineLevel>4</OutlineLevel>${ONE_DAY}</Task>` +
      `<Task><UID>5</UID><ID>5</ID><Name>Shallow</Name><OutlineLevel>2</OutlineLevel>${ONE_DAY}</Task>` +
      task(6, 'Outside');
    const result = convert(file({ tasks }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'deep', phase: 'kickoff', title: 'Deep', duration: 1 },
      { id: 'shallow', phase: 'build', title: 'Shallow', duration: 1 },
      { id: 'outside', title: 'Outside', duration: 1 },
    ]);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'task “Details”', message: words.summaryNoPhase }]);
  });

  it('name the links of a summary task below the project summary', () => {
    const result = convert(
      file({
        tasks:
          task(1, 'First') + summary(2, 'Build', 1, link(1)) + `<Task><UID>3</UID><ID>3</ID><Name>Inner</Name><OutlineLevel>2</OutlineLevel>${ONE_DAY}</Task>`,
      }),
    );
    expect(notCalendar(result.findings)).toEqual([{ subject: 'task “Build”', message: words.summaryLinks }]);
  });
});

describe('the team', () => {
  it('leaves out null resources; a name without letters gives the id `person`', () => {
    const resources = `${ANN}<Resource><UID>2</UID><IsNull>1</IsNull><Name>Ghost</Name><Group>Developer</Group></Resource><Resource><UID>3</UID><Name>???</Name><Group>dev</Group></Resource>`;
    expect(teamOf({ tasks: task(1, 'A'), resources }).map((person) => person.id)).toEqual(['ann', 'person']);
  });

  it('names a resource without a name after its UID, with a finding; MS Project’s unnamed resource of UID 0 is no one', () => {
    const resources =
      '<Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>' +
      ANN +
      '<Resource><UID>7</UID><ID>2</ID><Type>1</Type><Group>dev</Group></Resource>' +
      '<Resource><UID>8</UID><ID>3</ID><Type>0</Type></Resource>';
    const result = convert(file({ tasks: task(1, 'A'), resources, assignments: assignment(1, 7) + assignment(1, 8) }));
    expect(result.plan.team).toStrictEqual([
      { id: 'ann', name: 'Ann', role: 'dev' },
      { id: 'uid-7', name: 'UID 7', role: 'dev' },
    ]);
    expect(result.plan.tasks).toStrictEqual([{ id: 'a', title: 'A', duration: 1, assignees: ['uid-7'] }]);
    expect(notCalendar(result.findings)).toEqual([
      { subject: 'resource “UID 7”', message: 'no name (<Name>): named after its UID; give the person their name in the plan' },
      { subject: 'resource “UID 8”', message: words.notWork },
    ]);
  });

  it('titles a task without a name after its UID, with a finding, as a resource', () => {
    const tasks = `${task(1, 'A')}<Task><UID>9</UID><ID>2</ID><OutlineLevel>1</OutlineLevel>${ONE_DAY}</Task>`;
    const result = convert(file({ tasks }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'a', title: 'A', duration: 1 },
      { id: 'uid-9', title: 'UID 9', duration: 1 },
    ]);
    expect(findingsOf(result.findings, 'task “UID 9”')).toEqual(['no name (<Name>): titled after its UID; give the task its title in the plan']);
    expect(findingsOf(result.findings, 'task “A”')).toEqual([]);
  });

  it('finds the role by its id, or by its title in any case and spacing, but not with the words run together', () => {
    const resource = (uid: number, name: string, group: string) => `<Resource><UID>${uid}</UID><Name>${name}</Name><Group>${group}</Group></Resource>`;
    const resources = resource(1, 'Ann', 'developer') + resource(2, 'Bob', '  Project   LEAD ') + resource(3, 'Cy', 'dev') + resource(4, 'Di', 'Projectlead');
    const result = convert(file({ tasks: task(1, 'A'), resources }));
    expect((result.plan.team as Record<string, unknown>[]).map((person) => person.role)).toEqual(['dev', 'lead', 'dev', 'lead']);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'resource “Di”', message: words.noRole('Projectlead', 'lead') }]);
  });

  it('takes maximum units below one as capacity; one gives none, more than one is cut with a finding', () => {
    const person = (uid: number, name: string, units: string) =>
      `<Resource><UID>${uid}</UID><Name>${name}</Name><Group>dev</Group><MaxUnits>${units}</MaxUnits></Resource>`;
    const resources = person(1, 'Half', '0.5') + person(2, 'Full', '1') + person(3, 'Double', '2') + person(4, 'Little', '.01');
    const result = convert(file({ tasks: task(1, 'A'), resources }));
    expect(result.plan.team).toStrictEqual([
      { id: 'half', name: 'Half', role: 'dev', capacity: 0.5 },
      { id: 'full', name: 'Full', role: 'dev' },
      { id: 'double', name: 'Double', role: 'dev' },
      { id: 'little', name: 'Little', role: 'dev', capacity: 0.01 },
    ]);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'resource “Double”', message: 'maximum units 2 are more than one person; capacity set to 1' }]);
  });

  it('takes the days off of a resource’s calendar as absences and names its extra working time', () => {
    const exception = (from: string, to: string, name: string, working: number) =>
      `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Name>${name}</Name><DayWorking>${working}</DayWorking></Exception>`;
    const calendars = `<Calendar><UID>5</UID><Name>Ann</Name><Exceptions>${exception('2027-04-05', '2027-04-09', 'Urlaub', 0)}${exception('2027-03-06', '2027-03-06', 'Saturday shift', 1)}${exception('2027-03-10', '2027-03-10', 'Dentist', 0)}</Exceptions></Calendar>`;
    const resources = `<Resource><UID>1</UID><Name>Ann</Name><Group>dev</Group><CalendarUID>5</CalendarUID></Resource><Resource><UID>2</UID><Name>Bob</Name><Group>dev</Group></Resource>`;
    const result = convert(file({ calendars, tasks: task(1, 'A'), resources }));
    expect(result.plan.team).toStrictEqual([
      {
        id: 'ann',
        name: 'Ann',
        role: 'dev',
        absences: [
          { from: '2027-04-05', to: '2027-04-09', reason: 'vacation' },
          { from: '2027-03-10', to: '2027-03-10', reason: 'other', label: 'Dentist' },
        ],
      },
      { id: 'bob', name: 'Bob', role: 'dev' },
    ]);
    expect(findingsOf(result.findings, 'resource “Ann”')).toEqual([
      "the extra working time 2027-03-06 – 2027-03-06 is left out: a plan's calendar can only add days off",
    ]);
  });
});

describe('assignments', () => {
  it('name an assignment to a resource the file does not hold, UID 0 included, but not MS Project’s unassigned resource', () => {
    const tasks = task(1, 'A') + task(2, 'B') + task(3, 'C');
    const result = convert(file({ tasks, assignments: assignment(1, 9) + assignment(2, 0) + assignment(3, -65535) + assignment(3, 1) }));
    expect(notCalendar(result.findings)).toEqual([
      { subject: 'task “A”', message: 'the assignment of resource UID 9 is left out: no such work resource' },
      { subject: 'task “B”', message: 'the assignment of resource UID 0 is left out: no such work resource' },
    ]);
    expect((result.plan.tasks as Record<string, unknown>[]).map((entry) => entry.assignees)).toEqual([undefined, undefined, ['ann']]);
  });

  it('leave out, without a word, assignments of material resources and those of tasks the plan does not hold', () => {
    const resources = `${ANN}<Resource><UID>2</UID><Name>Paper</Name><Type>0</Type></Resource>`;
    const tasks = summary(1, 'Build', 1) + `<Task><UID>2</UID><ID>2</ID><Name>Inner</Name><OutlineLevel>2</OutlineLevel>${ONE_DAY}</Task>`;
    const result = convert(file({ tasks, resources, assignments: assignment(2, 2) + assignment(1, 9) + assignment(1, 1) }));
    expect(notCalendar(result.findings)).toEqual([{ subject: 'resource “Paper”', message: words.notWork }]);
    expect(result.plan.tasks).toStrictEqual([{ id: 'inner', phase: 'build', title: 'Inner', duration: 1 }]);
  });
});

describe('links', () => {
  it('name a link from a task the plan does not hold and leave it out', () => {
    const result = convert(
      file({
        tasks: summary(1, 'Build', 1) + `<Task><UID>2</UID><ID>2</ID><Name>Inner</Name><OutlineLevel>2</OutlineLevel>${ONE_DAY}${link(99)}${link(1)}</Task>`,
      }),
    );
    expect(result.plan.tasks).toStrictEqual([{ id: 'inner', phase: 'build', title: 'Inner', duration: 1 }]);
    expect(findingsOf(result.findings, 'task “Inner”')).toEqual([
      'the link from task UID 99 is left out: no such task, or it is a summary task',
      'the link from task UID 1 is left out: no such task, or it is a summary task',
    ]);
  });

  it('take lags in working time (minutes, hours, days, weeks, months, estimated or not) as days, name elapsed ones, round up part days', () => {
    // 4,800 tenths of a minute are one day of 480 minutes; 7,200 a day and a half.
    const lagged = (format: number, lag: number) => link(1, `<LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat>`);
    const tasks =
      task(1, 'A') +
      task(2, 'Hours', ONE_DAY + lagged(5, 4800)) +
      task(3, 'Elapsed', ONE_DAY + lagged(8, 4800)) +
      task(4, 'Elapsed none', ONE_DAY + lagged(8, 0)) +
      task(5, 'Half', ONE_DAY + lagged(7, 7200)) +
      task(6, 'Default format', ONE_DAY + link(1, '<LinkLag>9600</LinkLag>')) +
      task(7, 'Estimated days', ONE_DAY + lagged(39, 4800)) +
      task(8, 'Estimated elapsed', ONE_DAY + lagged(40, 4800));
    const result = convert(file({ tasks }));
    expect((result.plan.tasks as Record<string, unknown>[]).map((entry) => entry.dependsOn)).toEqual([
      undefined,
      [{ task: 'a', lag: 1 }],
      [{ task: 'a', lag: 1 }],
      ['a'],
      [{ task: 'a', lag: 2 }],
      [{ task: 'a', lag: 2 }],
      [{ task: 'a', lag: 1 }],
      [{ task: 'a', lag: 1 }],
    ]);
    expect(notCalendar(result.findings)).toEqual([
      { subject: 'task “Elapsed”', message: 'the lag after “A” is in elapsed time or per cent; taken as working days of 8 hours' },
      { subject: 'task “Half”', message: 'the lag after “A” is not whole working days; rounded up to 2' },
      { subject: 'task “Estimated elapsed”', message: 'the lag after “A” is in elapsed time or per cent; taken as working days of 8 hours' },
    ]);
  });
});

describe('constraints, deadlines and priorities', () => {
  it('take “must start on” as a start with a finding, and drop a start on or before the kick-off', () => {
    const constrained = (type: number, date: string) => `${ONE_DAY}<ConstraintType>${type}</ConstraintType><ConstraintDate>${date}T08:00:00</ConstraintDate>`;
    const tasks =
      task(1, 'Must', constrained(2, '2027-03-08')) + task(2, 'On kickoff', constrained(4, '2027-03-01')) + task(3, 'After', constrained(4, '2027-03-02'));
    const result = convert(file({ tasks }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'must', title: 'Must', duration: 1, start: '2027-03-08' },
      { id: 'on-kickoff', title: 'On kickoff', duration: 1 },
      { id: 'after', title: 'After', duration: 1, start: '2027-03-02' },
    ]);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'task “Must”', message: words.mustStartOn }]);
  });

  it('keep a deadline, and a priority other than the default 500; MS Project’s lowest, 0, as 1 with a finding', () => {
    const tasks =
      task(1, 'Due', `${ONE_DAY}<Deadline>2027-03-31T17:00:00</Deadline><Priority>500</Priority>`) +
      task(2, 'Urgent', `${ONE_DAY}<Priority>1000</Priority>`) +
      task(3, 'Low', `${ONE_DAY}<Priority>0</Priority>`) +
      task(4, 'Lowest', `${ONE_DAY}<Priority>1</Priority>`);
    const result = convert(file({ tasks }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'due', title: 'Due', duration: 1, deadline: '2027-03-31' },
      { id: 'urgent', title: 'Urgent', duration: 1, priority: 1000 },
      { id: 'low', title: 'Low', duration: 1, priority: 1 },
      { id: 'lowest', title: 'Lowest', duration: 1, priority: 1 },
    ]);
    expect(notCalendar(result.findings)).toEqual([{ subject: 'task “Low”', message: "priority 0, MS Project's lowest, is taken as 1, a plan's lowest" }]);
  });
});

describe('progress', () => {
  const tracked = (uid: number, name: string, more: string) => task(uid, name, `<Duration>PT24H0M0S</Duration>${more}`);
  const started = '<ActualStart>2027-03-01T08:00:00</ActualStart>';
  const finished = '<ActualFinish>2027-03-03T17:00:00</ActualFinish>';

  it('of a started task: the remaining duration (or work, for an effort) and a per cent strictly between 0 and 100', () => {
    const tasks =
      tracked(
        1,
        'Quarter',
        `${started}<PercentComplete>25</PercentComplete><RemainingDuration>PT16H0M0S</RemainingDuration><RemainingWork>PT4H0M0S</RemainingWork>`,
      ) +
      tracked(2, 'None yet', `${started}<PercentComplete>0</PercentComplete><RemainingDuration>PT0H0M0S</RemainingDuration>`) +
      tracked(3, 'All', `${started}<PercentComplete>100</PercentComplete>`) +
      task(
        4,
        'Effort',
        `<Type>2</Type><Duration>PT24H0M0S</Duration><Work>PT24H0M0S</Work>${started}<PercentComplete>34</PercentComplete><RemainingWork>PT12H0M0S</RemainingWork><RemainingDuration>PT4H0M0S</RemainingDuration>`,
      );
    const result = convert(
      file({ tasks, head: '<Company>C</Company><Author>V</Author><StatusDate>2027-03-02T17:00:00</StatusDate>', assignments: assignment(4, 1) }),
    );
    expect(result.plan.tasks).toStrictEqual([
      { id: 'quarter', title: 'Quarter', duration: 3, actualStart: '2027-03-01', remaining: 2, progress: 25 },
      { id: 'none-yet', title: 'None yet', duration: 3, actualStart: '2027-03-01' },
      { id: 'all', title: 'All', duration: 3, actualStart: '2027-03-01' },
      { id: 'effort', title: 'Effort', effort: 3, assignees: ['ann'], actualStart: '2027-03-01', remaining: 1.5, progress: 34 },
    ]);
  });

  it('the physical per cent where it was reported (above 0, or the earned value method is physical), else the per cent of the durations', () => {
    const tasks =
      tracked(1, 'Reported', `${started}<PercentComplete>40</PercentComplete><PhysicalPercentComplete>25</PhysicalPercentComplete>`) +
      // What MS Project writes for a task whose earned value method is % Complete.
      tracked(2, 'Durations', `${started}<PercentComplete>40</PercentComplete><PhysicalPercentComplete>0</PhysicalPercentComplete>`) +
      tracked(
        3,
        'Physical zero',
        `${started}<PercentComplete>40</PercentComplete><EarnedValueMethod>1</EarnedValueMethod><PhysicalPercentComplete>0</PhysicalPercentComplete>`,
      ) +
      tracked(4, 'Physical only', `${started}<PhysicalPercentComplete>70</PhysicalPercentComplete>`);
    const result = convert(file({ tasks, head: '<Company>C</Company><Author>V</Author><StatusDate>2027-03-02T17:00:00</StatusDate>' }));
    expect((result.plan.tasks as Record<string, unknown>[]).map((item) => [item.id, item.progress])).toStrictEqual([
      ['reported', 25],
      ['durations', 40],
      ['physical-zero', undefined],
      ['physical-only', 70],
    ]);
  });

  it('of a task not started: a per cent strictly between 0 and 100, no remaining work', () => {
    const tasks =
      tracked(1, 'Some', '<PercentComplete>30</PercentComplete><RemainingDuration>PT8H0M0S</RemainingDuration>') +
      tracked(2, 'Zero', '<PercentComplete>0</PercentComplete><RemainingDuration>PT8H0M0S</RemainingDuration>') +
      tracked(3, 'Hundred', '<PercentComplete>100</PercentComplete>');
    expect(tasksOf({ tasks })).toStrictEqual([
      { id: 'some', title: 'Some', duration: 3, progress: 30 },
      { id: 'zero', title: 'Zero', duration: 3 },
      { id: 'hundred', title: 'Hundred', duration: 3 },
    ]);
  });

  it('of a finished task: its actual dates only, whatever per cent and remaining duration the file gives', () => {
    const tasks =
      tracked(1, 'Done', `${started}${finished}<PercentComplete>60</PercentComplete><RemainingDuration>PT8H0M0S</RemainingDuration>`) +
      tracked(2, 'Finish only', `${finished}<PercentComplete>60</PercentComplete>`) +
      task(3, 'Reached', `<Milestone>1</Milestone><Duration>PT0H0M0S</Duration>${started}${finished}`);
    const result = convert(file({ tasks, head: '<Company>C</Company><Author>V</Author><StatusDate>2027-03-03T17:00:00</StatusDate>' }));
    expect(result.plan.tasks).toStrictEqual([
      { id: 'done', title: 'Done', duration: 3, actualStart: '2027-03-01', actualFinish: '2027-03-03' },
      // An actual finish without an actual start is left out; the per cent then counts.
      { id: 'finish-only', title: 'Finish only', duration: 3, progress: 60 },
      // A milestone has no actual start, only its actual finish.
      { id: 'reached', title: 'Reached', milestone: true, actualFinish: '2027-03-03' },
    ]);
  });
});

describe('the status date', () => {
  // A finished at 5 March (ID 1), B started 2 March (ID 2): the latest actual date is A's finish, not the file's last.
  const tasks =
    task(1, 'A', '<Duration>PT40H0M0S</Duration><ActualStart>2027-03-01T08:00:00</ActualStart><ActualFinish>2027-03-05T17:00:00</ActualFinish>') +
    task(2, 'B', '<Duration>PT40H0M0S</Duration><ActualStart>2027-03-02T08:00:00</ActualStart>');
  const head = (status: string) => `<Company>C</Company><Author>V</Author>${status}`;

  it('is the latest of the actual dates when the file has none', () => {
    const result = convert(file({ tasks, head: head('') }));
    expect(result.plan.statusDate).toBe('2027-03-05');
    expect(findingsOf(result.findings, 'project')).toEqual([words.statusDateMissing('2027-03-05')]);
  });

  it('is kept when it is the day of the latest actual date', () => {
    const result = convert(file({ tasks, head: head('<StatusDate>2027-03-05T17:00:00</StatusDate>') }));
    expect(result.plan.statusDate).toBe('2027-03-05');
    expect(findingsOf(result.findings, 'project')).toEqual([]);
  });

  it('moves to the latest actual date from a day before it', () => {
    const result = convert(file({ tasks, head: head('<StatusDate>2027-03-04T17:00:00</StatusDate>') }));
    expect(result.plan.statusDate).toBe('2027-03-05');
    expect(findingsOf(result.findings, 'project')).toEqual([words.statusDateMoved('2027-03-04', '2027-03-05')]);
  });
});

describe('title, customer and vendor', () => {
  it('take the file’s name for a missing title, and the title for a missing company and author, with findings', () => {
    const xml = `<Project><Name>Shop.mpp</Name><StartDate>2027-03-01T08:00:00</StartDate><Tasks>${task(1, 'A')}</Tasks><Resources>${ANN}</Resources></Project>`;
    const result = convert(xml);
    expect(result.plan).toMatchObject({ title: 'Shop.mpp', customer: 'Shop.mpp', vendor: 'Shop.mpp' });
    expect(findingsOf(result.findings, 'project')).toEqual([words.noCompany('Shop.mpp'), words.noAuthor('Shop.mpp')]);
  });

  it('take the manager as vendor when there is no author', () => {
    const result = convert(file({ tasks: task(1, 'A'), head: '<Company>Customer</Company><Manager>Manager</Manager>' }));
    expect(result.plan).toMatchObject({ title: 'Shop', customer: 'Customer', vendor: 'Manager' });
    expect(findingsOf(result.findings, 'project')).toEqual([]);
  });
});

describe('the calendar', () => {
  const calendar = (uid: number, name: string, base: number, more = '') =>
    `<Calendar><UID>${uid}</UID><Name>${name}</Name><IsBaseCalendar>${base}</IsBaseCalendar>${more}</Calendar>`;
  const regionOf = (head: string, calendars: string) => {
    const result = convert(file({ head: `<Company>C</Company><Author>V</Author>${head}`, calendars, tasks: task(1, 'A') }));
    return {
      region: (result.plan.calendar as { region: string }).region,
      guessed: findingsOf(result.findings, 'calendar').some((message) => message.startsWith('the calendar names no region')),
    };
  };

  it('is the project’s calendar, else the first base calendar; its region is the code in parentheses at the end of its name', () => {
    const two = calendar(1, 'Standard (AT)', 1) + calendar(2, 'Office (DE-BY)', 1);
    expect(regionOf('<CalendarUID>2</CalendarUID>', two)).toEqual({ region: 'DE-BY', guessed: false });
    expect(regionOf('', calendar(1, 'Ann', 0) + calendar(2, 'Standard (AT)', 1))).toEqual({ region: 'AT', guessed: false });
    expect(regionOf('', calendar(1, 'Standard (AT) old', 1))).toEqual({ region: 'DE', guessed: true });
    expect(regionOf('', calendar(1, 'Standard (AT)-old', 1))).toEqual({ region: 'DE', guessed: true });
  });

  it('has only its region when the file has the default week and no days off', () => {
    expect(
      convert(file({ head: '<CalendarUID>1</CalendarUID>', calendars: calendar(1, 'Standard (DE)', 1), tasks: task(1, 'A') })).plan.calendar,
    ).toStrictEqual({ region: 'DE' });
  });

  it('reads days off written as week days of type 0, as MS Project 2003 did, named by their first day', () => {
    const period = (from: string, to: string) => `<TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod>`;
    const weekDays =
      '<WeekDays>' +
      `<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking>${period('2027-03-10', '2027-03-10')}</WeekDay>` +
      `<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking>${period('2027-03-15', '2027-03-16')}</WeekDay>` +
      `<WeekDay><DayType>0</DayType><DayWorking>1</DayWorking>${period('2027-03-13', '2027-03-13')}</WeekDay>` +
      '<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking></WeekDay>' +
      // A weekday's own entry (Monday) with a time period is no day off.
      `<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking>${period('2027-03-22', '2027-03-22')}</WeekDay>` +
      '</WeekDays>';
    const result = convert(file({ head: '<CalendarUID>1</CalendarUID>', calendars: calendar(1, 'Standard (DE)', 1, weekDays), tasks: task(1, 'A') }));
    expect(result.plan.calendar).toStrictEqual({
      region: 'DE',
      holidays: [{ date: '2027-03-10', label: '2027-03-10' }],
      closures: [{ from: '2027-03-15', to: '2027-03-16', label: '2027-03-15' }],
    });
    expect(findingsOf(result.findings, 'calendar').filter((message) => message.startsWith('the extra working time'))).toEqual([
      "the extra working time 2027-03-13 – 2027-03-13 is left out: a plan's calendar can only add days off",
    ]);
  });

  it('keeps weekdays the file does not list as they are by default', () => {
    const saturday = '<WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking></WeekDay></WeekDays>';
    const result = convert(file({ head: '<CalendarUID>1</CalendarUID>', calendars: calendar(1, 'Standard (DE)', 1, saturday), tasks: task(1, 'A') }));
    expect((result.plan.calendar as { workdays: string[] }).workdays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  });

  it('makes a single working day off a holiday and several a closure, and names extra working time', () => {
    const exception = (from: string, to: string, name: string, working: number) =>
      `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Name>${name}</Name><DayWorking>${working}</DayWorking></Exception>`;
    const exceptions = `<Exceptions>${exception('2027-03-10', '2027-03-10', 'Outing', 0)}${exception('2027-03-15', '2027-03-16', 'Move', 0)}${exception('2027-03-13', '2027-03-13', 'Saturday', 1)}</Exceptions>`;
    const result = convert(file({ head: '<CalendarUID>1</CalendarUID>', calendars: calendar(1, 'Standard (DE)', 1, exceptions), tasks: task(1, 'A') }));
    expect(result.plan.calendar).toStrictEqual({
      region: 'DE',
      holidays: [{ date: '2027-03-10', label: 'Outing' }],
      closures: [{ from: '2027-03-15', to: '2027-03-16', label: 'Move' }],
    });
    expect(findingsOf(result.findings, 'calendar')[0]).toBe(
      "the extra working time 2027-03-13 – 2027-03-13 is left out: a plan's calendar can only add days off",
    );
  });

  it('keeps an exception from the year 1 to 9999 as one closure, and one of weekend days alone as none', () => {
    const exception = (from: string, to: string) =>
      `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Name>X</Name><DayWorking>0</DayWorking></Exception>`;
    const exceptions = `<Exceptions>${exception('0001-01-01', '9999-12-31')}${exception('2027-03-13', '2027-03-14')}</Exceptions>`;
    const result = convert(file({ head: '<CalendarUID>1</CalendarUID>', calendars: calendar(1, 'Standard (DE)', 1, exceptions), tasks: task(1, 'A') }));
    expect(result.plan.calendar).toStrictEqual({ region: 'DE', closures: [{ from: '0001-01-01', to: '9999-12-31', label: 'X' }] });
  });

  it('names the public holidays the file works on up to ten years after the kick-off at most', () => {
    const result = convert(
      file({
        head: '<CalendarUID>1</CalendarUID>',
        calendars: calendar(1, 'Standard (DE)', 1),
        tasks: task(1, 'A', `${ONE_DAY}<Finish>9999-12-31T17:00:00</Finish>`),
      }),
    );
    const named = findingsOf(result.findings, 'calendar')[0].match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    // Kick-off 1 March 2027, ten years on (3,653 days) 1 March 2037, and 366 days to 2 March 2038:
    // New Year's Day 2038 is the last holiday before it.
    expect(named.at(-1)).toBe('2038-01-01');
  });

  it('names the public holidays the file works on up to 366 days after its last date', () => {
    // The last date is a task's finish. 2028 is a leap year: 366 days after Saturday 1 January 2028
    // is New Year's Day 2029, a Monday; 366 days after Friday 31 December 2027 is 31 December 2028,
    // so the last holiday named is Boxing Day 2028.
    const lastHolidayNamed = (finish: string) => {
      const result = convert(
        file({
          head: '<CalendarUID>1</CalendarUID>',
          calendars: calendar(1, 'Standard (DE)', 1),
          tasks: task(1, 'A', `${ONE_DAY}<Finish>${finish}T17:00:00</Finish>`),
        }),
      );
      const message = findingsOf(result.findings, 'calendar')[0];
      return /(\d{4}-\d{2}-\d{2}) are working days/.exec(message)?.[1];
    };
    expect(lastHolidayNamed('2028-01-01')).toBe('2029-01-01');
    expect(lastHolidayNamed('2027-12-31')).toBe('2028-12-26');
  });
});

/** The problems for which mspdiToPlan refuses a file, or what it gave instead. */
function problemsOf(parts: Parts): ImportProblem[] | ImportResult {
  const read = readMspdi(file(parts));
  if (!read.ok) throw new Error(`not read: ${read.problem}`);
  const result = mspdiToPlan(read.project, context);
  return !result.ok && 'problems' in result ? result.problems : result;
}

describe('yes and no', () => {
  it('are 1 and 0 as MS Project writes them, or true and false as xsd:boolean allows', () => {
    const tasks = `${task(1, 'A', '<IsNull>false</IsNull>')}<Task><UID>2</UID><IsNull>true</IsNull></Task><Task><UID>3</UID><IsNull>1</IsNull></Task>${task(4, 'B', '<IsNull>0</IsNull>')}`;
    expect(tasksOf({ tasks }).map((item) => item.id)).toStrictEqual(['a', 'b']);
  });
});

describe('a file the import refuses, naming the line of each element', () => {
  // Each file starts on line 1 with the project, its tasks and assignments each on a line of their own from line 2.
  const A = `\n${task(1, 'A')}`;
  const cases: [string, Parts, ImportProblem[]][] = [
    [
      'a task without a UID (it was left out without a word), by name and ID, or without them',
      { tasks: `${A}\n<Task><ID>2</ID><Name>No UID</Name>${ONE_DAY}</Task>\n<Task/>\n<Task><UID></UID><Name>Empty</Name></Task>` },
      [
        { line: 3, message: 'the task “No UID” (ID 2) has no <UID>; links and assignments name a task by it' },
        { line: 4, message: 'the task has no <UID>; links and assignments name a task by it' },
        { line: 5, message: 'the task “Empty” has no <UID>; links and assignments name a task by it' },
      ],
    ],
    [
      'the only task without a UID: the problem, not a file without tasks',
      { tasks: `\n<Task><ID>1</ID>${ONE_DAY}</Task>` },
      [{ line: 2, message: 'the task (ID 1) has no <UID>; links and assignments name a task by it' }],
    ],
    [
      'a link without a PredecessorUID (it was a link from “task UID undefined”), on the line of the link',
      { tasks: `${A}\n${task(2, 'B', `${ONE_DAY}${link(1)}\n<PredecessorLink>\n<Type>1</Type></PredecessorLink>`)}` },
      [{ line: 4, message: 'a link (<PredecessorLink>) of task “B” has no <PredecessorUID>: it names no predecessor' }],
    ],
    [
      'an assignment without a TaskUID or a ResourceUID (each was left out without a word)',
      { tasks: A, assignments: `\n${assignment(1, 1)}\n<Assignment><ResourceUID>1</ResourceUID></Assignment>\n<Assignment><TaskUID>1</TaskUID></Assignment>` },
      [
        { line: 4, message: 'an assignment (<Assignment>) has no <TaskUID>: it names no task or no resource' },
        { line: 5, message: 'an assignment (<Assignment>) has no <ResourceUID>: it names no task or no resource' },
      ],
    ],
    [
      'a number the import reads that is none (each was read as missing), also in a calendar and a resource',
      {
        head: '<Company>C</Company><Author>A</Author>\n<MinutesPerDay>eight hours</MinutesPerDay>',
        calendars: `\n<Calendar><UID>1</UID><IsBaseCalendar>1</IsBaseCalendar><WeekDays><WeekDay><DayType>2</DayType>\n<DayWorking>yes</DayWorking></WeekDay></WeekDays></Calendar>`,
        tasks: `\n${task(1, 'A', `${ONE_DAY}\n<Priority>high</Priority>`)}\n${task(2, 'B', ONE_DAY + link(1, '\n<LinkLag>abc</LinkLag>'))}`,
        resources: '\n<Resource><UID>1</UID><Name>Ann</Name><Type>1</Type>\n<MaxUnits>100%</MaxUnits></Resource>',
      },
      [
        { line: 2, message: '<MinutesPerDay> is “eight hours”; expected a positive number of minutes (480 for working days of 8 hours)' },
        { line: 4, message: '<DayWorking> is “yes”; expected 1 or 0 (true or false)' },
        { line: 6, message: '<Priority> is “high”; expected a whole number from 0 to 1000' },
        { line: 8, message: '<LinkLag> is “abc”; expected a number in digits, such as 12 or 0.75' },
        { line: 10, message: '<MaxUnits> is “100%”; expected a number above 0 (1 for a person full time, 0.5 for half time)' },
      ],
    ],
    [
      'a number in a form JavaScript reads but xsd:decimal does not (each passed: 0x10 as 16, 1e3 as 1000)',
      {
        tasks: `\n${task(1, 'A', `${ONE_DAY}\n<Priority>0x10</Priority>`)}\n${task(2, 'B', ONE_DAY + link(1, '\n<LinkLag>&#160;4800</LinkLag>'))}`,
        resources: '\n<Resource><UID>1</UID><Name>Ann</Name><Type>1</Type>\n<MaxUnits>1e0</MaxUnits></Resource>',
      },
      [
        { line: 3, message: '<Priority> is “0x10”; expected a whole number from 0 to 1000' },
        { line: 5, message: '<LinkLag> is “\u00a04800”; expected a number in digits, such as 12 or 0.75' },
        { line: 7, message: '<MaxUnits> is “1e0”; expected a number above 0 (1 for a person full time, 0.5 for half time)' },
      ],
    ],
    [
      'a duration not understood (each was 0: a milestone, no effort, nothing remaining)',
      {
        tasks:
          `\n${task(1, 'Weeks', '<Duration>P2W</Duration>')}\n${task(2, 'Year', '<Duration>P1Y</Duration>')}` +
          `\n${task(3, 'Effort', `${ONE_DAY}<Type>2</Type>\n<Work>forty hours</Work>`)}` +
          `\n${task(4, 'Started', `${ONE_DAY}<ActualStart>2027-03-01T08:00:00</ActualStart>\n<RemainingDuration>PT4H</RemainingDuration>`)}` +
          `\n${task(5, 'Remaining', `${ONE_DAY}<ActualStart>2027-03-01T08:00:00</ActualStart>\n<RemainingDuration>-PT4H0M0S</RemainingDuration>`)}`,
      },
      [
        ['P2W', 'Duration', 2],
        ['P1Y', 'Duration', 3],
        ['forty hours', 'Work', 5],
        ['-PT4H0M0S', 'RemainingDuration', 9],
      ].map(([found, element, line]) => ({
        line: line as number,
        message: `the duration “${found}” in <${element}> is not understood; expected hours, minutes and seconds such as PT8H0M0S (weeks, months and years have no fixed length in working time)`,
      })),
    ],
    [
      'a date that is no day (each was read as missing: no deadline, no actual start, no day off), a constraint’s only where the plan takes it',
      {
        head: '<Company>C</Company><Author>A</Author>\n<StatusDate>03/01/2027</StatusDate>',
        calendars:
          '\n<Calendar><UID>1</UID><IsBaseCalendar>1</IsBaseCalendar><Exceptions><Exception><Name>Closed</Name><TimePeriod>' +
          '\n<FromDate>2027-02-30T00:00:00</FromDate><ToDate>2027-03-02T23:59:00</ToDate></TimePeriod></Exception></Exceptions></Calendar>',
        tasks:
          `\n${task(1, 'A', `${ONE_DAY}\n<Deadline>2027-13-01T17:00:00</Deadline>\n<ActualStart>soon</ActualStart>`)}` +
          `\n${task(2, 'B', `${ONE_DAY}<ConstraintType>4</ConstraintType>\n<ConstraintDate>2027-04-31T08:00:00</ConstraintDate>`)}` +
          `\n${task(3, 'C', `${ONE_DAY}<ConstraintType>0</ConstraintType><ConstraintDate>never</ConstraintDate>`)}`,
      },
      [
        ['StatusDate', '03/01/2027', 2],
        ['FromDate', '2027-02-30T00:00:00', 4],
        ['Deadline', '2027-13-01T17:00:00', 6],
        ['ActualStart', 'soon', 7],
        ['ConstraintDate', '2027-04-31T08:00:00', 9],
      ].map(([element, found, line]) => ({
        line: line as number,
        message: `<${element}> is “${found}”; expected a date such as 2027-03-01T08:00:00, of a day that exists`,
      })),
    ],
    [
      'a number outside the range MS Project keeps to (maximum units of 0 were full time, a priority was cut to 1000, a per cent beyond 100 was left out)',
      {
        tasks:
          `\n${task(1, 'A', `${ONE_DAY}\n<Priority>1001</Priority>\n<PercentComplete>150</PercentComplete>`)}` +
          `\n${task(2, 'B', `${ONE_DAY}\n<Priority>-1</Priority>\n<PercentWorkComplete>101</PercentWorkComplete>\n<PhysicalPercentComplete>-5</PhysicalPercentComplete>`)}` +
          `\n${task(3, 'C', `${ONE_DAY}\n<Priority>500.5</Priority>\n<PercentComplete>50.0</PercentComplete>`)}`,
        resources:
          '\n<Resource><UID>1</UID><Name>Ann</Name><Type>1</Type>\n<MaxUnits>0</MaxUnits></Resource>' +
          '\n<Resource><UID>2</UID><Name>Bob</Name><Type>1</Type>\n<MaxUnits>-0.5</MaxUnits></Resource>',
      },
      [
        [3, 'Priority', '1001', 'a whole number from 0 to 1000'],
        [4, 'PercentComplete', '150', 'a whole number from 0 to 100'],
        [6, 'Priority', '-1', 'a whole number from 0 to 1000'],
        [7, 'PercentWorkComplete', '101', 'a whole number from 0 to 100'],
        [8, 'PhysicalPercentComplete', '-5', 'a whole number from 0 to 100'],
        [10, 'Priority', '500.5', 'a whole number from 0 to 1000'],
        [11, 'PercentComplete', '50.0', 'a whole number from 0 to 100'],
        [13, 'MaxUnits', '0', 'a number above 0 (1 for a person full time, 0.5 for half time)'],
        [15, 'MaxUnits', '-0.5', 'a number above 0 (1 for a person full time, 0.5 for half time)'],
      ].map(([line, element, found, expected]) => ({ line: line as number, message: `<${element}> is “${found}”; expected ${expected}` })),
    ],
    ...['0', '-480'].map((minutes): [string, Parts, ImportProblem[]] => [
      `minutes per day of ${minutes} (durations and lags became infinite or negative)`,
      { head: `\n<MinutesPerDay>${minutes}</MinutesPerDay>`, tasks: A },
      [{ line: 2, message: `<MinutesPerDay> is “${minutes}”; expected a positive number of minutes (480 for working days of 8 hours)` }],
    ]),
  ];
  it.each(cases)('%s', (_, parts, problems) => {
    expect(problemsOf(parts)).toEqual(problems);
  });
});

describe('importMspdi', () => {
  it('names the file and the line of each problem, in the order of the lines', () => {
    const tasks = `\n<Task><Name>First</Name></Task>\n${task(2, 'B', `${ONE_DAY}<PredecessorLink/>`)}`;
    expect(importMspdi(file({ tasks }), 'plan.xml', context, translation('de').importer)).toEqual({
      ok: false,
      messages: [
        'plan.xml:2: der Vorgang „First“ hat keine <UID>; Verknüpfungen und Zuordnungen nennen einen Vorgang über sie',
        'plan.xml:3: eine Verknüpfung (<PredecessorLink>) von Vorgang „B“ hat keine <PredecessorUID>: sie nennt keinen Vorgänger',
      ],
    });
  });

  it('writes a long title on one line', () => {
    const name = 'A task whose name is long enough to be folded by a YAML writer that keeps lines to eighty characters';
    const result = importMspdi(file({ tasks: task(1, name) }), 'plan.xml', context, words);
    if (!result.ok) expect.fail(result.messages.join('\n'));
    expect(result.source).toContain(`title: ${name}\n`);
  });
});
