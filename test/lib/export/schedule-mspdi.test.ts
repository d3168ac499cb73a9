/**
 * The MS Project XML (MSPDI) of the sample plans, parsed back as plain XML.
 *
 * Hand-worked dates of kleiner-start (Baden-Württemberg, kick-off Mon 1 March 2027; see
 * sample-plan-exports.test.ts): artikelliste Fri 5 – Tue 16 March (8 working days = 64 hours);
 * schulung-abnahme Mon 5 – Tue 6 April; the fixed buffer of 5 working days Wed 7 – Tue 13 April;
 * the go-live milestone after it on Tue 13 April; nachbetreuung Wed 14 – Tue 20 April. Good
 * Friday (26 March) and Easter Monday (29 March) are exceptions of the project calendar.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatScheduleMspdi } from '../../../src/lib/export/schedule-mspdi.ts';
import { sampleSchedules, type SamplePlan } from '../../helpers/sample-schedules.ts';

type Node = Record<string, unknown>;
let plans: SamplePlan[];
const xmlOf = (id: string) => {
  const plan = plans.find((entry) => entry.id === id)!;
  return formatScheduleMspdi(plan.schedule, plan.plan, { title: plan.plan.title, lang: 'de', phaseTitles: plan.phaseTitles });
};
const parse = (xml: string) =>
  new XMLParser({
    parseTagValue: false,
    isArray: (name) => ['Task', 'PredecessorLink', 'Resource', 'Assignment', 'Calendar', 'Exception', 'WeekDay'].includes(name),
  }).parse(xml).Project as Node;
const tasks = (project: Node) => (project.Tasks as { Task: Node[] }).Task;
const byId = (project: Node, id: string) => tasks(project).find((task) => (task.ExtendedAttribute as Node | undefined)?.Value === id)!;

beforeAll(async () => {
  plans = (await sampleSchedules('de')).plans;
});

describe('MSPDI of kleiner-start', () => {
  it('is well-formed XML in the MS Project namespace', () => {
    const xml = xmlOf('kleiner-start');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<Project xmlns="http:\/\/schemas.microsoft.com\/project">/);
  });

  it('has the project calendar: Monday to Friday 8–12 and 13–17, Easter as exceptions, the region in its name', () => {
    const project = parse(xmlOf('kleiner-start'));
    const calendar = (project.Calendars as { Calendar: Node[] }).Calendar[0];
    expect(calendar).toMatchObject({ UID: '1', Name: 'Standard (DE-BW)', IsBaseCalendar: '1' });
    const weekDays = (calendar.WeekDays as { WeekDay: Node[] }).WeekDay;
    expect(weekDays.map((day) => day.DayWorking)).toEqual(['0', '1', '1', '1', '1', '1', '0']); // Sunday first
    expect((weekDays[1].WorkingTimes as { WorkingTime: Node[] }).WorkingTime).toEqual([
      { FromTime: '08:00:00', ToTime: '12:00:00' },
      { FromTime: '13:00:00', ToTime: '17:00:00' },
    ]);
    const exceptions = (calendar.Exceptions as { Exception: Node[] }).Exception;
    expect(exceptions.slice(0, 2)).toMatchObject([
      { Name: 'Karfreitag', DayWorking: '0', TimePeriod: { FromDate: '2027-03-26T00:00:00', ToDate: '2027-03-26T23:59:00' } },
      { Name: 'Ostermontag', DayWorking: '0', TimePeriod: { FromDate: '2027-03-29T00:00:00', ToDate: '2027-03-29T23:59:00' } },
    ]);
    expect(project).toMatchObject({ StartDate: '2027-03-01T08:00:00', MinutesPerDay: '480', MinutesPerWeek: '2400', CalendarUID: '1' });
  });

  it('writes each task with start, finish, duration and its finish-to-start links', () => {
    const project = parse(xmlOf('kleiner-start'));
    const artikelliste = byId(project, 'artikelliste');
    expect(artikelliste).toMatchObject({
      Name: 'Artikelliste exportieren und bereinigen',
      Start: '2027-03-05T08:00:00',
      Finish: '2027-03-16T17:00:00',
      Duration: 'PT64H0M0S',
      DurationFormat: '7',
      Milestone: '0',
      Critical: '0',
      TotalSlack: '4800',
      OutlineLevel: '2',
    });
    const workshop = byId(project, 'workshop');
    expect(artikelliste.PredecessorLink).toEqual([{ PredecessorUID: workshop.UID, Type: '1', CrossProject: '0', LinkLag: '0', LagFormat: '7' }]);
    // The kick-off task is done: 100 % complete.
    expect(byId(project, 'kickoff').PercentComplete).toBe('100');
  });

  it('puts each phase under a summary task with the phase title', () => {
    const project = parse(xmlOf('kleiner-start'));
    const list = tasks(project);
    const at = list.findIndex((task) => (task.ExtendedAttribute as Node | undefined)?.Value === 'artikelliste');
    expect(list[at - 1]).toMatchObject({ Summary: '1', OutlineLevel: '1', Start: '2027-03-05T08:00:00', Finish: '2027-03-16T17:00:00' });
    expect(list[0]).toMatchObject({ UID: '0', OutlineLevel: '0', Summary: '1', Name: 'PIM-Starterpaket Gipfelglück Outdoor' });
  });

  it('writes the buffer as a task of its own before the go-live it protects', () => {
    const project = parse(xmlOf('kleiner-start'));
    const buffer = byId(project, ':buffer');
    expect(buffer).toMatchObject({ Name: 'Puffer', Start: '2027-04-07T08:00:00', Finish: '2027-04-13T17:00:00', Duration: 'PT40H0M0S' });
    expect((buffer.PredecessorLink as Node[]).map((link) => link.PredecessorUID)).toEqual([byId(project, 'schulung-abnahme').UID]);
    const goLive = byId(project, 'm-go-live');
    expect(goLive).toMatchObject({ Milestone: '1', Start: '2027-04-13T17:00:00', Finish: '2027-04-13T17:00:00', Deadline: '2027-04-30T17:00:00' });
    expect((goLive.PredecessorLink as Node[]).map((link) => link.PredecessorUID)).toEqual([byId(project, 'schulung-abnahme').UID, buffer.UID]);
    expect(byId(project, 'nachbetreuung')).toMatchObject({ Start: '2027-04-14T08:00:00', Finish: '2027-04-20T17:00:00' });
  });

  it('has every person as a work resource with capacity as max units, and the assignments', () => {
    const project = parse(xmlOf('kleiner-start'));
    const resources = (project.Resources as { Resource: Node[] }).Resource;
    const timo = resources.find((resource) => resource.Code === 'timo-schaefer')!;
    expect(timo).toMatchObject({ Name: 'Timo Schäfer', Type: '1', MaxUnits: '0.6', Group: 'datenverantwortung' });
    const assignments = (project.Assignments as { Assignment: Node[] }).Assignment;
    const artikelliste = byId(project, 'artikelliste');
    // 8 days at 60 %: 38.4 hours = 38 h 24 min.
    expect(assignments.filter((assignment) => assignment.TaskUID === artikelliste.UID)).toEqual([
      {
        UID: expect.any(String),
        TaskUID: artikelliste.UID,
        ResourceUID: timo.UID,
        Finish: '2027-03-16T17:00:00',
        Start: '2027-03-05T08:00:00',
        Units: '0.6',
        Work: 'PT38H24M0S',
      },
    ]);
  });
});

describe('MSPDI of the tracked musterhandel-pim (status date 20 August 2027)', () => {
  it('has the status date, actual dates, a lag of 5 days, the baseline and absences in resource calendars', () => {
    const project = parse(xmlOf('musterhandel-pim'));
    expect(project.StatusDate).toBe('2027-08-20T17:00:00');
    expect(byId(project, 'projektauftrag')).toMatchObject({
      PercentComplete: '100',
      ActualStart: '2027-02-02T08:00:00',
      ActualFinish: '2027-02-04T17:00:00',
      Baseline: { Number: '0' },
    });
    // m-fachkonzept waits 5 working days after fachkonzept: 5 × 480 minutes × 10.
    expect(byId(project, 'm-fachkonzept').PredecessorLink).toEqual([
      { PredecessorUID: byId(project, 'fachkonzept').UID, Type: '1', CrossProject: '0', LinkLag: '24000', LagFormat: '7' },
    ]);
    const calendars = (project.Calendars as { Calendar: Node[] }).Calendar;
    const vacation = calendars.flatMap((calendar) =>
      ((calendar.Exceptions as { Exception: Node[] } | undefined)?.Exception ?? []).map((exception) => ({ calendar, exception })),
    );
    expect(vacation.find(({ exception }) => (exception.TimePeriod as Node).FromDate === '2027-08-09T00:00:00')).toMatchObject({
      calendar: { IsBaseCalendar: '0', BaseCalendarUID: '1' },
      exception: { Name: 'Sommerferien', DayWorking: '0', TimePeriod: { ToDate: '2027-08-20T23:59:00' } },
    });
  });
});
