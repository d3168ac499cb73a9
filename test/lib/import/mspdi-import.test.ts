/**
 * MS Project XML in: our own export read back (sample plans and random plans must schedule to the
 * same dates, task by task), a file as another tool writes it (every item a plan cannot express
 * named), and files that are no MSPDI at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatScheduleMspdi } from '../../../src/lib/export/schedule-mspdi.ts';
import { translation } from '../../../src/lib/i18n/index.ts';
import { importMspdi } from '../../../src/lib/import/import-mspdi.ts';
import type { ImportContext } from '../../../src/lib/import/mspdi-to-plan.ts';
import { schedulePlan, type Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';
import { rawPlanArb, type RawPlan } from '../../helpers/arbitraries.ts';
import { sampleSchedules, type SamplePlan } from '../../helpers/sample-schedules.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';
import { numRuns } from '../../helpers/property-runs.ts';

const words = translation('en').importer;
const FOREIGN = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/mspdi/foreign.xml'), 'utf8');

/** The imported plan's front matter, read as `kickoff validate` reads it. */
function imported(xml: string, context: Omit<ImportContext, 'words'>) {
  const result = importMspdi(xml, 'plan.xml', context, words);
  if (!result.ok) throw new Error(result.messages.join('\n'));
  const frontMatter = parse(result.source.split('---\n')[1]) as Record<string, unknown>;
  return { ...result, frontMatter, plan: planSchema.parse(frontMatter) };
}

/** Start and finish of every task by id. */
const datesOf = (schedule: Schedule) => Object.fromEntries(schedule.tasks.map((task) => [task.id, [task.start, task.finish]]));

let sample: { plans: SamplePlan[]; context: Omit<ImportContext, 'words'> };
beforeAll(async () => {
  const { content, plans } = await sampleSchedules('de');
  sample = {
    plans,
    context: {
      phases: content.phases.map((phase) => ({ id: phase.id, title: phase.data.title })),
      roles: content.roles.map((role) => ({ id: role.id, title: role.data.title })),
      defaultRegion: 'DE',
    },
  };
});

describe('export → import → schedule', () => {
  it('gives every sample plan the same dates, task by task, without a finding', () => {
    for (const { id, plan, schedule, phaseTitles } of sample.plans) {
      const back = imported(formatScheduleMspdi(schedule, plan, { title: plan.title, lang: 'de', phaseTitles }), sample.context);
      expect(back.findings, id).toEqual([]);
      const again = schedulePlan(id, back.plan, { iterations: 0, phaseTitles });
      if (!again.ok) throw new Error(`${id} does not schedule after the round trip`);
      expect(datesOf(again.schedule), id).toEqual(datesOf(schedule));
      expect(again.schedule.committedFinish, id).toBe(schedule.committedFinish);
      // Ids, people, phases and the buffer's milestone come back as they were.
      expect(back.plan.tasks.map((task) => [task.id, task.phase])).toEqual(plan.tasks.map((task) => [task.id, task.phase]));
      expect(back.plan.team.map((person) => [person.id, person.role, person.capacity])).toEqual(
        plan.team.map((person) => [person.id, person.role, person.capacity]),
      );
      expect(back.plan.buffer?.before).toBe(plan.buffer?.before);
    }
  });

  it('keeps the carriage returns of texts (CRLF line breaks, a lone CR), which an XML reader turns into line feeds as written', () => {
    const input = {
      title: 'Relaunch\r\nPhase 2',
      customer: 'Kunde\rAG',
      vendor: 'Agentur',
      kickoff: '2027-03-01',
      calendar: { region: 'DE' },
      team: [
        person('ann', { name: 'Ann\r\nMeier', role: 'lead', absences: [{ from: '2027-03-03', to: '2027-03-03', reason: 'other', label: 'Arzt\r\nTermin' }] }),
      ],
      tasks: [{ id: 'spec', title: 'Spec\r\nreview', duration: 2, assignees: ['ann'] }],
    };
    const plan = makePlan(input);
    const xml = formatScheduleMspdi(schedule(input), plan, { title: plan.title, lang: 'en' });
    expect(xml).not.toContain('\r');
    expect(xml).toContain('<Name>Spec&#13;\nreview</Name>');
    const back = imported(xml, sample.context).plan;
    expect([back.title, back.customer, back.tasks[0].title, back.team[0].name, back.team[0].absences?.[0]]).toEqual([
      'Relaunch\r\nPhase 2',
      'Kunde\rAG',
      'Spec\r\nreview',
      'Ann\r\nMeier',
      { from: '2027-03-03', to: '2027-03-03', reason: 'other', label: 'Arzt\r\nTermin' },
    ]);
  });

  it('keeps the tracking of musterhandel-pim: status date, actual dates, per cent complete', () => {
    const { plan, schedule, phaseTitles } = sample.plans.find((entry) => entry.id === 'musterhandel-pim')!;
    const back = imported(formatScheduleMspdi(schedule, plan, { title: plan.title, lang: 'de', phaseTitles }), sample.context);
    expect(back.plan.statusDate).toBe('2027-08-20');
    expect(back.plan.tasks.find((task) => task.id === 'projektauftrag')).toMatchObject({ actualStart: '2027-02-02', actualFinish: '2027-02-04' });
    expect(back.plan.tasks.find((task) => task.id === 'm-fachkonzept')?.dependsOn).toEqual([{ task: 'fachkonzept', lag: 5 }]);
  });

  it('gives random plans the same dates (efforts and capacities to the hundredth, as people write them)', () => {
    const context = {
      phases: [
        { id: 'start', title: 'Start' },
        { id: 'build', title: 'Build' },
      ],
      roles: [
        { id: 'lead', title: 'Lead' },
        { id: 'dev', title: 'Developer' },
      ],
      defaultRegion: 'DE',
    };
    const phaseTitles = new Map(context.phases.map((phase) => [phase.id, phase.title]));
    fc.assert(
      fc.property(rawPlanArb, (raw: RawPlan) => {
        const plan = planSchema.parse(hundredths(raw));
        const original = schedulePlan('random', plan, { iterations: 0, phaseTitles });
        fc.pre(original.ok);
        if (!original.ok) return;
        const back = imported(formatScheduleMspdi(original.schedule, plan, { title: plan.title, lang: 'en', phaseTitles }), context);
        const again = schedulePlan('random', back.plan, { iterations: 0, phaseTitles });
        expect(again.ok).toBe(true);
        if (again.ok) expect(datesOf(again.schedule)).toEqual(datesOf(original.schedule));
      }),
      { numRuns: numRuns(40), seed: 16 },
    );
  });
});

/** Efforts and capacities rounded to two decimals, the precision a file written by people has. */
function hundredths(raw: RawPlan): RawPlan {
  const round = (value: unknown): unknown =>
    typeof value === 'number'
      ? Math.max(0.01, Math.round(value * 100) / 100)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, round(inner)]))
        : value;
  return {
    ...raw,
    team: raw.team.map((person) => (person.capacity === undefined ? person : { ...person, capacity: round(person.capacity) })),
    tasks: raw.tasks.map((task) => (task.effort === undefined ? task : { ...task, effort: round(task.effort) })),
  };
}

describe('a file written by another tool', () => {
  it('names every item a plan cannot express and still writes the rest', () => {
    const back = imported(FOREIGN, sample.context);
    const firstRole = sample.context.roles[0].id;
    expect(back.findings.map((finding) => `${finding.subject}: ${finding.message}`)).toEqual([
      'task “Sonstiges”: summary task whose title matches no phase of the playbook: its tasks get no phase',
      'task “Sonstiges”: the links of this summary task are left out: a plan links tasks only',
      `resource “Vera Vogt”: the group “Projektleitung” matches no role; role set to \`${firstRole}\`, check it`,
      'resource “Papier”: a material or cost resource, not a person: left out, with its assignments',
      'task “Texte schreiben”: the SS link from “Auftakt vorbereiten” is left out: a plan has finish-to-start links only',
      'task “Bilder freigeben”: its duration is not whole working days; rounded up to 2',
      "task “Bilder freigeben”: the negative lag (lead) after “Texte schreiben” is taken as 0: a plan's lags are 0 or more working days",
      'task “Bilder freigeben”: the constraint “must finish on” is left out: a plan knows only “start no earlier than”',
      'project: the status date 2027-03-10 is left out: the file records no actual dates, and a status date alone would move all planned work after it',
      'calendar: the calendar names no region; DE is assumed for public holidays, check calendar.region',
      'calendar: the public holidays of DE on 2027-05-06, 2027-05-17 are working days in the file; the plan treats them as days off (set calendar.region or choose another)',
    ]);
    expect(back.frontMatter).toEqual({
      title: 'Shop-Relaunch',
      customer: 'Beispiel AG',
      vendor: 'Agentur Nord',
      kickoff: '2027-03-01',
      status: 'active',
      // Good Friday and Easter Monday are public holidays of DE: only the stock-taking remains.
      calendar: { region: 'DE', closures: [{ from: '2027-03-15', to: '2027-03-17', label: 'Inventur' }] },
      team: [{ id: 'vera-vogt', name: 'Vera Vogt', role: firstRole, capacity: 0.5, absences: [{ from: '2027-04-05', to: '2027-04-09', reason: 'vacation' }] }],
      tasks: [
        { id: 'auftakt-vorbereiten', phase: 'kickoff', title: 'Auftakt vorbereiten', duration: 3, assignees: ['vera-vogt'], priority: 700 },
        { id: 'texte-schreiben', title: 'Texte schreiben', effort: 2.5, assignees: ['vera-vogt'] },
        { id: 'bilder-freigeben', title: 'Bilder freigeben', duration: 2, dependsOn: ['texte-schreiben'] },
        {
          id: 'shop-live',
          title: 'Shop live',
          milestone: true,
          dependsOn: [{ task: 'bilder-freigeben', lag: 2 }],
          start: '2027-04-12',
          deadline: '2027-04-30',
        },
      ],
    });
  });
});

describe('actual dates', () => {
  const file = (statusDate: string) =>
    `<Project><StartDate>2027-03-01T08:00:00</StartDate>${statusDate}<Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><Duration>PT16H0M0S</Duration>` +
    '<ActualStart>2027-03-01T08:00:00</ActualStart><ActualFinish>2027-03-03T17:00:00</ActualFinish><PercentComplete>100</PercentComplete></Task></Tasks>' +
    '<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ann</Name></Resource></Resources></Project>';

  it('keep the status date, or take the latest of them when the file has none or an earlier one', () => {
    expect(imported(file('<StatusDate>2027-03-05T17:00:00</StatusDate>'), sample.context).plan).toMatchObject({
      statusDate: '2027-03-05',
      tasks: [{ actualStart: '2027-03-01', actualFinish: '2027-03-03' }],
    });
    const missing = imported(file(''), sample.context);
    expect(missing.plan.statusDate).toBe('2027-03-03');
    expect(missing.findings).toContainEqual({
      subject: 'resource “Ann”',
      message: `no group (<Group>) names a role; role set to \`${sample.context.roles[0].id}\`, check it`,
    });
    expect(missing.findings).toContainEqual({
      subject: 'project',
      message: 'actual dates without a status date (<StatusDate>): status date set to the latest of them, 2027-03-03',
    });
    const early = imported(file('<StatusDate>2027-03-02T17:00:00</StatusDate>'), sample.context);
    expect(early.plan.statusDate).toBe('2027-03-03');
    expect(early.findings).toContainEqual({
      subject: 'project',
      message: 'the status date 2027-03-02 lies before recorded actual dates; set to the latest of them, 2027-03-03',
    });
  });
});

describe('files that are no MS Project XML', () => {
  const message = (xml: string) => {
    const result = importMspdi(xml, 'plan.xml', sample.context, words);
    return result.ok ? 'imported' : result.messages.join('\n');
  };

  it('names the file and what was expected', () => {
    expect(message('Task;Start;Finish\nA;2027-03-01;2027-03-02\n')).toMatch(
      /^plan\.xml: not well-formed XML \(line 1: .+\); expected an MS Project XML file \(MSPDI\)$/,
    );
    expect(message('<?xml version="1.0"?><Workbook><Sheet/></Workbook>')).toBe(
      'plan.xml: not an MS Project XML file (MSPDI): expected the root element <Project>, found <Workbook>',
    );
    expect(message('<Project><Title>x</Title></Project>\n<Project><Title>y</Title></Project>')).toBe(
      'plan.xml: the document has more than one root element (the second on line 2); expected an MS Project XML file (MSPDI) with the one root element <Project>',
    );
    expect(message('<Project><Title>x</Title></Project>')).toBe('plan.xml: the MS Project XML has no project start date (<StartDate>); a plan needs it');
    expect(message('<Project><StartDate>2027-03-01T08:00:00</StartDate><Tasks/></Project>')).toBe(
      'plan.xml: the MS Project XML has no tasks (<Tasks> with at least one task that is not a summary task); a plan needs it',
    );
    expect(
      message(
        '<Project><StartDate>2027-03-01T08:00:00</StartDate><Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><Duration>PT8H0M0S</Duration></Task></Tasks></Project>',
      ),
    ).toBe('plan.xml: the MS Project XML has no work resources (<Resources> with at least one person, the team); a plan needs it');
  });

  it('refuses a start date that is no calendar day, or one outside the years a plan may start in, with its line and value', () => {
    const startingOn = (date: string) => message(`<Project>\n<Title>x</Title>\n<StartDate>${date}</StartDate><Tasks/></Project>`);
    const noDay = 'expected a date such as 2027-03-01T08:00:00, of a day that exists';
    const outside = 'expected a date in the years 1901 to 2199, those a kick-off may lie in';
    const cases: [date: string, expected: string][] = [
      ['2027-02-30T08:00:00', noDay],
      ['01.03.2027', noDay],
      ['1900-12-31T08:00:00', outside],
      ['2200-01-01T08:00:00', outside],
      ['0001-01-01T08:00:00', outside],
    ];
    expect(cases.map(([date]) => startingOn(date))).toEqual(cases.map(([date, expected]) => `plan.xml:3: <StartDate> is “${date}”; ${expected}`));
    // The first and last years pass on to the next check.
    for (const date of ['1901-01-01', '2199-12-31']) expect(startingOn(`${date}T08:00:00`)).toMatch(/has no tasks/);
  });

  it('keeps the first of two tasks that share a UID and names the other', () => {
    const task = (uid: number, id: number, name: string) =>
      `<Task><UID>${uid}</UID><ID>${id}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>`;
    const xml = `<Project><StartDate>2027-03-01T08:00:00</StartDate><Tasks>${task(7, 2, 'Later')}${task(7, 1, 'First')}</Tasks><Resources><Resource><UID>1</UID><Name>Ann</Name></Resource></Resources></Project>`;
    const result = importMspdi(xml, 'plan.xml', sample.context, words);
    if (!result.ok) expect.fail(result.messages.join('\n'));
    expect(result.source).toMatch(/title: First\n/);
    expect(result.source).not.toMatch(/title: Later/);
    expect(result.findings).toContainEqual({ subject: 'task “Later”', message: 'left out: its UID 7 is that of “First” already' });
  });

  it('refuses elements nested past a hundred levels with the line of the first one too deep, comments and empty elements aside', () => {
    // Line 1 the root (level 1); a comment and an empty element that open nothing; then one <a> per
    // line from line 3, so level 101 is reached by the hundredth <a>, on line 102.
    const deep = `<Project>\n<!-- <a> --><b/>\n${'<a>\n'.repeat(150)}${'</a>'.repeat(150)}</Project>`;
    expect(message(deep)).toBe('plan.xml: elements nested more than 100 deep (line 102); expected an MS Project XML file (MSPDI)');
    // A hundred levels are read: the file is refused for what it lacks, not for its depth.
    const hundred = `<Project>\n${'<a>'.repeat(99)}${'</a>'.repeat(99)}</Project>`;
    expect(message(hundred)).toMatch(/no project start date/);
  });
});
