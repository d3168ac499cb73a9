/**
 * Texts longer than MS Project's schema allows (mspdi_pj12.xsd, `maxLength` in characters: 255
 * for the project's file name, 512 for names, titles, codes and groups) are shortened with an
 * ellipsis; MS Project refuses a file with a longer one as a whole.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatScheduleMspdi } from '../../../src/lib/export/schedule-mspdi.ts';
import { makePlan, person, schedule } from '../../helpers/plan.ts';

const long = (letter: string) => letter.repeat(600);
const cut = (letter: string, limit = 512) => `${letter.repeat(limit - 1)}…`;
// 513 characters, 516 UTF-16 units: cut after the first emoji, counted as one character.
const emojiName = `${'N'.repeat(510)}😀😀😀`;
const input = {
  title: long('T'),
  customer: long('C'),
  vendor: long('V'),
  kickoff: '2027-06-07',
  calendar: { region: 'DE-BE' },
  team: [person(long('p'), { name: emojiName, role: long('r'), absences: [{ from: '2027-06-21', to: '2027-06-22', reason: 'vacation', label: long('A') }] })],
  tasks: [{ id: 'spec', title: long('x'), phase: 'build', duration: 2, assignees: [long('p')] }],
};

describe('the MSPDI of a plan with overlong texts', () => {
  const xml = formatScheduleMspdi(schedule(input), makePlan(input), { title: long('T'), lang: 'en', phaseTitles: new Map([['build', long('P')]]) });
  const { Project: project } = new XMLParser({ isArray: (name) => ['Task', 'Calendar', 'Resource', 'Exception'].includes(name) }).parse(xml);
  const cases: [element: string, value: unknown, expected: string][] = [
    ['Project/Name (test-plan.xml)', project.Name, 'test-plan.xml'],
    ['Project/Title', project.Title, cut('T')],
    ['Project/Company', project.Company, cut('C')],
    ['Project/Author', project.Author, cut('V')],
    ['Task/Name of the project summary', project.Tasks.Task[0].Name, cut('T')],
    ['Task/Name of the phase summary', project.Tasks.Task[1].Name, cut('P')],
    ['Task/Name of the task', project.Tasks.Task[2].Name, cut('x')],
    ['Calendar/Name of the person', project.Calendars.Calendar[1].Name, `${'N'.repeat(510)}😀…`],
    ['Exception/Name of the absence', project.Calendars.Calendar[1].Exceptions.Exception[0].Name, cut('A')],
    ['Resource/Name', project.Resources.Resource[0].Name, `${'N'.repeat(510)}😀…`],
    ['Resource/Code', project.Resources.Resource[0].Code, cut('p')],
    ['Resource/Group', project.Resources.Resource[0].Group, cut('r')],
  ];
  it.each(cases)('%s is shortened to its limit with an ellipsis', (_, value, expected) => {
    expect(value).toBe(expected);
  });

  it('a plan id as long as a file name allows keeps the file name within 255 characters and its extension', () => {
    const plan = makePlan({ ...input, title: 'T' });
    const id = 'i'.repeat(300);
    const named = formatScheduleMspdi({ ...schedule(input), plan: id }, plan, { title: 'T', lang: 'en' });
    expect(named).toContain(`<Name>${'i'.repeat(250)}….xml</Name>`);
  });
});

describe('the MSPDI of a team whose names repeat', () => {
  // Equal once shortened to 512 characters, equal as written, equal but for case, and the base calendar's name.
  const names = [`${'N'.repeat(600)}a`, `${'N'.repeat(600)}b`, 'Ann', 'ann', 'Standard (DE)'];
  const input = {
    kickoff: '2027-06-07',
    calendar: { region: 'DE' },
    team: names.map((name, index) => person(`p${index}`, { name })),
    tasks: [{ id: 'spec', title: 'Spec', duration: 2 }],
  };
  const xml = formatScheduleMspdi(schedule(input), makePlan(input), { title: 'T', lang: 'en' });
  const { Project: project } = new XMLParser({ isArray: (name) => ['Calendar', 'Resource'].includes(name) }).parse(xml);

  it('gives each calendar a name of its own, numbered within 512 characters, and each person still their own calendar', () => {
    expect(project.Calendars.Calendar.map((calendar: { UID: number; Name: string }) => [calendar.UID, calendar.Name])).toEqual([
      [1, 'Standard (DE)'],
      [2, cut('N')],
      [3, `${'N'.repeat(507)}… (2)`],
      [4, 'Ann'],
      [5, 'ann (2)'],
      [6, 'Standard (DE) (2)'],
    ]);
    expect(`${'N'.repeat(507)}… (2)`).toHaveLength(512);
    expect(project.Resources.Resource.map((resource: { Name: string; CalendarUID: number }) => [resource.Name, resource.CalendarUID])).toEqual([
      [cut('N'), 2],
      [cut('N'), 3],
      ['Ann', 4],
      ['ann', 5],
      ['Standard (DE)', 6],
    ]);
  });
});
