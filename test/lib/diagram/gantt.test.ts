import { beforeAll, describe, expect, it } from 'vitest';
import { ganttDiagram } from '../../../src/lib/diagram/gantt.ts';
import { schedulePlan, type Schedule } from '../../../src/lib/schedule/schedule-plan.ts';
import { snapshotOf } from '../../../src/lib/schedule/snapshot-of.ts';
import { planSchema } from '../../../src/lib/schema/plan.ts';
import { displayedText, parseDiagram } from '../../helpers/mermaid-dom.ts';
import { PHASE_TITLES, PLAN_INPUT, scheduleOf } from '../../helpers/schedule-fixture.ts';

const local = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
};

const lines = (source: string) => source.split('\n').map((line) => line.trim());

describe('ganttDiagram', () => {
  let schedule: Schedule;
  beforeAll(() => {
    schedule = scheduleOf();
  });

  it('emits every bar with explicit start and exclusive end (finish + 1 day)', () => {
    const { source } = ganttDiagram(schedule, { title: 'Testplan', lang: 'de', phaseTitles: PHASE_TITLES });
    expect(lines(source)).toEqual(
      expect.arrayContaining([
        'Kick-off:crit, done, t1, 2027-03-01, 2027-03-02',
        'Analyse:crit, active, t2, 2027-03-02, 2027-03-09',
        'Dokumentation:t3, 2027-03-02, 2027-03-04',
        'Konzept abgenommen:crit, milestone, t4, 2027-03-08, 2027-03-09',
        'Umsetzung:crit, t5, 2027-03-09, 2027-04-09',
        'Go-live:crit, milestone, t6, 2027-04-08, 2027-04-09',
        'Puffer (3 Arbeitstage):buffer, 2027-04-09, 2027-04-16',
      ]),
    );
    const taskLines = lines(source).filter((line) => /:.*\bt\d+,|:buffer,/.test(line));
    expect(taskLines).toHaveLength(7);
    for (const line of taskLines) expect(line).toMatch(/, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d$/);
    expect(source).not.toMatch(/\bafter\b|\d+d$|inclusiveEndDates/m);
  });

  it('starts with the header, date format, axis, excludes and no today marker', () => {
    const { source } = ganttDiagram(schedule, { title: 'Testplan', lang: 'de', phaseTitles: PHASE_TITLES });
    expect(lines(source).slice(0, 15)).toEqual([
      '---',
      'config:',
      'gantt:',
      'leftPadding: 137',
      '---',
      'gantt',
      'title Testplan',
      'accTitle: Testplan',
      expect.stringMatching(/^accDescr: Gantt-Diagramm mit 4 Aufgaben und 2 Meilensteinen in 5 Abschnitten vom 1\. März 2027 bis 15\. Apr\. 2027/),
      'dateFormat YYYY-MM-DD',
      'axisFormat %d.%m.',
      'tickInterval 1week',
      'weekday monday',
      'excludes saturday, sunday, 2027-03-10, 2027-03-26, 2027-03-29, 2027-04-12, 2027-04-13',
      'todayMarker off',
    ]);
    expect(ganttDiagram(schedule, { title: 'T', lang: 'de', todayMarker: true }).source).not.toContain('todayMarker');
    // A page's card shows the title as its caption: the drawing leaves it out, the accessible title stays.
    const onPage = lines(ganttDiagram(schedule, { title: 'Testplan', lang: 'de', phaseTitles: PHASE_TITLES, titleLine: false }).source);
    expect(onPage).not.toContain('title Testplan');
    expect(onPage).toContain('accTitle: Testplan');
  });

  it('is accepted by mermaid with the intended dates, sections and tags', async () => {
    const { source } = ganttDiagram(schedule, { title: 'Testplan', lang: 'de', phaseTitles: PHASE_TITLES });
    const { type, db } = await parseDiagram(source);
    expect(type).toBe('gantt');
    expect(db.getSections().map(displayedText)).toEqual(['Kick-off & Start', 'Analyse: Workshops', 'Weitere Aufgaben', 'umsetzung', 'Puffer']);
    const tasks = db.getTasks();
    const byId = new Map(tasks.map((task: { id: string }) => [task.id, task]));
    for (const [index, scheduled] of schedule.tasks.entries()) {
      const task = byId.get(`t${index + 1}`) as Record<string, unknown>;
      expect(displayedText(task.task as string)).toBe(scheduled.title);
      expect(task.startTime).toEqual(local(scheduled.start));
      const end = new Date(local(scheduled.finish));
      end.setDate(end.getDate() + 1);
      expect(task.endTime).toEqual(end);
      expect(Boolean(task.crit)).toBe(scheduled.critical);
      expect(Boolean(task.milestone)).toBe(scheduled.milestone);
      expect(Boolean(task.done)).toBe(scheduled.progress === 100);
      expect(Boolean(task.active)).toBe(scheduled.progress !== undefined && scheduled.progress > 0 && scheduled.progress < 100);
    }
    const buffer = byId.get('buffer') as Record<string, unknown>;
    expect([buffer.section, buffer.startTime, buffer.endTime]).toEqual(['Puffer', local('2027-04-09'), local('2027-04-16')]);
    expect(db.getExcludes()).toEqual(['saturday', 'sunday', '2027-03-10', '2027-03-26', '2027-03-29', '2027-04-12', '2027-04-13']);
    expect(db.getDateFormat()).toBe('YYYY-MM-DD');
    expect(db.getAccTitle()).toBe('Testplan');
  });

  it('widens the section-title column only for long section titles', async () => {
    const long = ganttDiagram(schedule, { title: 'T', lang: 'de', phaseTitles: PHASE_TITLES });
    // Longest section title: 'Analyse: Workshops', 18 characters.
    expect((await parseDiagram(long.source)).config).toEqual({ gantt: { leftPadding: 137 } });
    const inherited = scheduleOf({
      ...PLAN_INPUT,
      tasks: [...PLAN_INPUT.tasks, { id: 'abnahme', title: 'Abnahme Analyse', milestone: true, dependsOn: ['analyse'] }],
    });
    const analyseSection = ganttDiagram(inherited, { title: 'T', lang: 'de' }).source.split('section analyse')[1].split('section ')[0];
    expect(analyseSection).toContain('Abnahme Analyse'); // a milestone without phase joins its predecessor's phase
    const phased = scheduleOf({ ...PLAN_INPUT, tasks: PLAN_INPUT.tasks.filter((task) => task.id !== 'doku') });
    const shortTitles = new Map([
      ['kickoff', 'Start'],
      ['analyse', 'Analyse'],
      ['umsetzung', 'Bau'],
    ]);
    const short = ganttDiagram(phased, { title: 'T', lang: 'de', phaseTitles: shortTitles });
    expect(short.source.startsWith('gantt\n')).toBe(true);
    const huge = ganttDiagram(schedule, { title: 'T', lang: 'de', phaseTitles: new Map([['kickoff', 'x'.repeat(200)]]) });
    expect(huge.source).toContain('leftPadding: 260');
  });

  it('orders sections by first appearance and puts tasks without phase in "other tasks"', () => {
    const { source } = ganttDiagram(schedule, { title: 'T', lang: 'en' });
    const sections = lines(source).filter((line) => line.startsWith('section '));
    expect(sections).toEqual(['section kickoff', 'section analyse', 'section Other tasks', 'section umsetzung', 'section Buffer']);
    expect(source).toContain('Buffer (3 working days):buffer, 2027-04-09, 2027-04-16');
  });

  it('leaves out the buffer section without a buffer', async () => {
    const unbuffered = scheduleOf({ ...PLAN_INPUT, buffer: { method: 'none' } });
    const { source, description } = ganttDiagram(unbuffered, { title: 'T', lang: 'de' });
    expect(source).not.toContain('section Puffer');
    expect(description).toContain('Kein Puffer');
    await expect(parseDiagram(source)).resolves.toBeTruthy();
  });

  it('excludes the plan’s own free weekdays, not a fixed weekend', () => {
    const sixDays = scheduleOf({ ...PLAN_INPUT, calendar: { region: 'DE', workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } });
    const excludes = lines(ganttDiagram(sixDays, { title: 'T', lang: 'de' }).source).find((line) => line.startsWith('excludes'));
    expect(excludes).toBe('excludes sunday, 2027-03-26, 2027-03-29');
  });

  it('switches to monthly ticks for long plans', () => {
    const long = scheduleOf({ ...PLAN_INPUT, tasks: PLAN_INPUT.tasks.map((task) => (task.id === 'umsetzung' ? { ...task, duration: 150 } : task)) });
    const source = ganttDiagram(long, { title: 'T', lang: 'en' }).source;
    expect(lines(source)).toEqual(expect.arrayContaining(['axisFormat %b %Y', 'tickInterval 1month']));
  });

  it('keeps titles and names with mermaid syntax exactly as written', async () => {
    const tricky = {
      ...schedule,
      tasks: schedule.tasks.map((task, index) => (index === 0 ? { ...task, title: 'title: 50% #done; <script>x</script>' } : task)),
    };
    const title = 'Plan "Süd": Phase #2; 100 %\nneu';
    const { source } = ganttDiagram(tricky, { title, lang: 'de', phaseTitles: new Map([['kickoff', 'section 1: %% start']]) });
    const { db } = await parseDiagram(source);
    expect(displayedText(db.getDiagramTitle())).toBe('Plan "Süd": Phase #2; 100 % neu');
    expect(displayedText(db.getAccTitle())).toBe('Plan "Süd": Phase #2; 100 % neu');
    expect(displayedText(db.getSections()[0])).toBe('section 1: %% start');
    expect(displayedText(db.getTasks().find((task: { id: string }) => task.id === 't1').task)).toBe('title: 50% #done; <script>x</script>');
  });

  describe('against a baseline', () => {
    // The baseline is the plan as scheduled; then Umsetzung turns out two working days longer
    // (22 instead of 20) and Dokumentation a day shorter (1 instead of 2).
    const moved = () => {
      const baseline = snapshotOf(scheduleOf());
      const input = {
        ...PLAN_INPUT,
        tasks: PLAN_INPUT.tasks.map((task) => (task.id === 'umsetzung' ? { ...task, duration: 22 } : task.id === 'doku' ? { ...task, duration: 1 } : task)),
      };
      const result = schedulePlan('testplan', planSchema.parse(input), { iterations: 0, snapshots: [baseline] });
      if (!result.ok) throw new Error('does not schedule');
      return result.schedule;
    };
    const bar = (source: string, id: string) => lines(source).find((line) => line.split(':').at(-1)!.split(', ').includes(id));

    it('labels each task that moved with its slip, says so in the description, and leaves the rest alone', () => {
      const { source, description } = ganttDiagram(moved(), { title: 'T', lang: 'de' });
      expect(description).toMatch(/ 3 Aufgaben enden anders als in der Basislinie; die Abweichung in Arbeitstagen \(AT\) steht hinter dem Titel\.$/);
      // Umsetzung: 09.03.–08.04. in the baseline; two working days more, past the closure on
      // 12.–13.04., end it on Wednesday 14.04. (The source encodes `−` as a mermaid entity.)
      const text = (label: string) => label.replace('−', '#8722;');
      expect(bar(source, 't5')).toBe(text('Umsetzung (+2 AT):crit, t5, 2027-03-09, 2027-04-15'));
      expect(bar(source, 't6')).toBe(text('Go-live (+2 AT):crit, milestone, t6, 2027-04-14, 2027-04-15'));
      expect(bar(source, 't3')).toBe(text('Dokumentation (−1 AT):t3, 2027-03-02, 2027-03-03'));
      expect(bar(source, 't1')).toBe('Kick-off:crit, done, t1, 2027-03-01, 2027-03-02');
      expect(bar(source, 't2')).toMatch(/^Analyse:/);
      const { source: english, description: englishDescription } = ganttDiagram(moved(), { title: 'T', lang: 'en' });
      expect(englishDescription).toMatch(/ 3 tasks finish off the baseline; the difference in working days \(WD\) follows the title\.$/);
      expect(bar(english, 't5')).toBe(text('Umsetzung (+2 WD):crit, t5, 2027-03-09, 2027-04-15'));
      expect(bar(english, 't3')).toBe(text('Dokumentation (−1 WD):t3, 2027-03-02, 2027-03-03'));
    });

    it('is accepted by mermaid with the label as written', async () => {
      const { db } = await parseDiagram(ganttDiagram(moved(), { title: 'T', lang: 'de' }).source);
      const label = (id: string) => displayedText(db.getTasks().find((entry: { id: string }) => entry.id === id).task);
      expect(label('t5')).toBe('Umsetzung (+2 AT)');
      expect(label('t3')).toBe('Dokumentation (−1 AT)');
    });

    it('adds nothing when nothing moved', () => {
      const same = schedulePlan('testplan', planSchema.parse(PLAN_INPUT), { iterations: 0, snapshots: [snapshotOf(scheduleOf())] });
      if (!same.ok) throw new Error('does not schedule');
      expect(same.schedule.tasks.every((task) => task.slip === 0)).toBe(true);
      const { source, description } = ganttDiagram(same.schedule, { title: 'T', lang: 'de' });
      expect(source).not.toContain(' AT)');
      expect(description).not.toContain('Basislinie');
    });
  });
});
