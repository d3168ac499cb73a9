import type { CollectionName } from '../registry/collection-names.ts';
import type { Cadence } from '../schema/cadences.ts';
import { SCHEDULE_DAYS, SCHEDULE_YEARS } from '../dates.ts';
import { dayFormatter } from './day-text.ts';
import { pluralWord } from './plural.ts';
import { signed } from './signed.ts';
import type { GanttFacts, MilestoneFacts } from './de.ts';
import type { Translation } from './translation.ts';

/** Every text a reader or an author sees, in English. */

const count = (value: number, one: string, many: string) => `${value} ${pluralWord('en', value, one, many)}`;
/** ISO dates in running text: unambiguous for every English reader. */
const shortDate = (iso: string) => iso;
/** How readers read a day on the site (`1 Feb 2027`). */
const readerDate = dayFormatter('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const percent = (value: number, digits = 0) => `${Math.round(value * 10 ** digits) / 10 ** digits}%`;

const collections: Record<CollectionName, { one: string; many: string; intro: string }> = {
  roles: { one: 'Role', many: 'Roles', intro: 'Who sits at the kick-off table and what they are responsible for.' },
  phases: { one: 'Phase', many: 'Phases', intro: 'The standard phases of the implementation and the state each must reach.' },
  checklists: { one: 'Checklist', many: 'Checklists', intro: 'To print and tick off, ordered by phase.' },
  risks: { one: 'Risk', many: 'Risks', intro: 'What typically goes wrong, how to spot it early and what helps.' },
  meetings: { one: 'Meeting', many: 'Meetings', intro: 'The recurring meetings the kick-off sets up: who comes, how often, what is on the table.' },
  glossary: { one: 'Term', many: 'Glossary', intro: 'Which word we use for which thing – and which words we avoid for it.' },
  plans: { one: 'Plan', many: 'Plans', intro: 'The project plans with their computed dates.' },
  snapshots: { one: 'Snapshot', many: 'Snapshots', intro: "A plan's schedule as recorded on a day: the baseline and the snapshots after it." },
  home: { one: 'Home page', many: 'Home page', intro: 'The first page of the playbook: introduction, first steps and where they lead.' },
};

/** What an author calls the kinds of value zod checks for. */
const TYPE_NAMES: Partial<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list (lines starting with `- `)',
  object: 'a group of fields (`field: value`)',
  date: 'a date YYYY-MM-DD',
};

const cadences: Record<Cadence, string> = {
  once: 'once',
  daily: 'daily',
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  'phase-end': 'at the end of each phase',
};

export const en: Translation = {
  format: {
    readerDate,
    shortDate,
    percent,
    ogLocale: 'en_GB',
  },
  collections,
  ui: {
    siteName: 'Kick-off playbook',
    skipToContent: 'Skip to content',
    /** The heading of a body's footnotes (read by screen readers) and the label of the link back to reference n (`2` or, for its second use, `2-2`). */
    footnotes: 'Footnotes',
    footnoteBack: (reference: string) => `Back to reference ${reference}`,
    home: 'Home',
    printAll: 'Print the whole playbook',
    search: 'Search',
    searchShortcut: 'Ctrl K',
    searchType: 'Type',
    theme: 'Colour scheme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeAuto: 'Auto',
    breadcrumbs: 'Breadcrumbs',
    mainNav: 'Main navigation',
    previous: 'Previous phase',
    next: 'Next phase',
    lastUpdated: 'Last updated',
    targetState: 'Target state',
    entryCriteria: 'Entry criteria',
    deliverables: 'Deliverables',
    typicalDuration: 'Typical duration',
    dependsOn: 'Depends on',
    milestone: 'Milestone',
    raci: 'Responsibilities (RACI)',
    responsible: 'Responsible (R)',
    accountable: 'Accountable (A)',
    consulted: 'Consulted (C)',
    informed: 'Informed (I)',
    weeks: 'weeks',
    days: 'working days',
    customer: 'Customer',
    vendor: 'Vendor',
    kickoffAttendance: 'Kick-off attendance',
    attendance: { required: 'required', recommended: 'recommended', optional: 'optional' },
    avoidTerms: 'Do not use',
    responsibilities: 'Responsibilities',
    raciAcrossPhases: 'RACI across phases',
    item: 'Item',
    due: 'Due',
    done: 'Done',
    notes: 'Notes',
    critical: 'critical',
    criticalItem: 'Must be done before the phase starts',
    signature: 'Date, signature',
    workingDaysRelative: (n: number) =>
      n === 0
        ? 'at phase start'
        : n < 0
          ? `${count(-n, 'working day', 'working days')} before phase start`
          : `${count(n, 'working day', 'working days')} after phase start`,
    likelihood: 'Likelihood',
    impact: 'Impact',
    owner: 'Owner',
    mitigation: 'Mitigation',
    triggers: 'Early signs',
    strategy: 'Strategy',
    level: { low: 'low', medium: 'medium', high: 'high' },
    strategies: { avoid: 'avoid', mitigate: 'mitigate', transfer: 'transfer', accept: 'accept' },
    riskMatrix: 'Risk matrix: likelihood × impact',
    riskRegister: 'Risk register',
    whereItBites: 'Phases affected',
    status: 'Status',
    statuses: { draft: 'draft', active: 'active', done: 'done' },
    zones: { green: 'green', yellow: 'yellow', red: 'red' },
    kickoffDate: 'Kick-off',
    finish: 'Scheduled finish',
    committedFinish: 'Committed finish',
    finishBefore: (milestone: string) => `Scheduled finish before “${milestone}”`,
    committedMilestone: (milestone: string) => `Committed for “${milestone}”`,
    allWorkFinish: 'End of all work',
    p50Before: (milestone: string) => `P50 finish before “${milestone}”`,
    p85Before: (milestone: string) => `P85 finish before “${milestone}”`,
    buffer: 'Buffer',
    p50: 'P50 finish',
    p85: 'P85 finish',
    team: 'Team',
    capacity: 'Capacity',
    absences: 'Absences',
    schedule: 'Schedule',
    task: 'Task',
    start: 'Start',
    end: 'Finish',
    float: 'Float',
    assignees: 'Assignees',
    progress: 'Progress',
    deadline: 'Deadline',
    readiness: 'Kick-off readiness',
    gantt: 'Gantt chart',
    /** Above the charts of a large plan (see LARGE_PLAN_TASKS): why there are several, and where the arrows are. */
    largePlanGantt: (tasks: number) =>
      `${count(tasks, 'task', 'tasks')} do not fit one readable chart: the overview shows one bar per phase with its milestones and every dependency between phases as an arrow; below it, one chart per phase with the arrows inside it.`,
    milestones: 'Milestones',
    exports: 'Export',
    personalCalendar: (name: string) => `${name}’s calendar (.ics): own tasks, deadlines and absences`,
    exportFormats: {
      ics: 'Calendar (.ics)',
      csv: 'Table (.csv)',
      xlsx: 'Excel (.xlsx)',
      xml: 'MS Project (.xml)',
      json: 'Data (.json)',
      mmd: 'Diagram (.mmd)',
      tjp: 'TaskJuggler (.tjp)',
    },
    planRisks: 'Risks of this plan’s phases',
    availability: 'Availability',
    person: 'Person',
    reasons: { vacation: 'vacation', 'trade-fair': 'trade fair', sickness: 'sickness', training: 'training', other: 'other' },
    bufferMethods: { none: 'no buffer', percent: 'percent', fixed: 'fixed', rss: 'root sum of squares (RSS)' },
    workingDaysShort: 'WD',
    workingDays: 'working days',
    slipLegend: 'a task finishes that many working days later than in the baseline (−: earlier)',
    whereToStart: 'Where to start',
    checklistForPlan: 'Checklist for this plan',
    printChecklist: 'Print',
    pdf: 'PDF',
    notFound: 'Page not found',
    notFoundText: 'This page does not exist (any more). Try the search or the home page.',
    contents: 'Contents',
    pageOfPages: { page: 'Page', of: 'of' },
    pdfParts: {
      note: 'Printed, the whole playbook is too long for one file, so there is one PDF per part:',
      part: (part: string) => `${part} (PDF)`,
    },
    binder: {
      title: 'Project binder',
      pdf: 'Project binder (PDF)',
      lead: 'The document for the kick-off',
      keyFigures: 'Key figures',
      version: 'Version',
    },
    diagramFallback: 'The diagram is drawn in your browser. The table below holds the same dates.',
    sitemap: 'Sitemap',
    cadence: 'Cadence',
    cadences,
    meetingDuration: 'Duration',
    minutes: (n: number) => `${n} minutes`,
    chair: 'Chair',
    participants: 'Participants',
    agenda: 'Agenda',
    inputs: 'To prepare',
    outputs: 'Outputs',
    whenItRuns: 'Runs during',
    wholeProject: 'the whole project',
    meetingsOfRole: 'Meetings of this role',
  },
  home: {
    required: 'Required at the kick-off',
    roles: 'Roles at the kick-off',
    checklists: 'Checklists to start with',
  },
  readiness: {
    roles: 'Every role required at the kick-off is staffed – including the vendor’s developer.',
    buffer:
      'A buffer of the size and in the place the playbook asks for (without a rule: at least 10%) absorbs daily business, sickness, vacation, trade fairs and misjudged effort.',
    checklists: 'What the playbook wants done before a phase is due before it starts.',
    availability: 'Nobody is absent during a fixed-duration task they work on.',
    capacity: 'Nobody is booked beyond the capacity they committed.',
    deadlines: 'The plan meets every deadline.',
    confidence: 'The project finishes by the committed date with 85% confidence.',
    calendar: 'The kick-off is on a working day.',
    tracking: 'As of the status date nothing is late, work started in order and the buffer holds.',
  },
  diagram: {
    otherTasks: 'Other tasks',
    bufferSection: 'Buffer',
    /** Title of a large plan's overview chart. */
    overviewTitle: (plan: string) => `${plan}: overview by phase`,
    /** Label of a phase's summary bar in the overview chart. */
    phaseBar: (tasks: number) => count(tasks, 'task', 'tasks'),
    bufferBar: (days: number) => `Buffer (${count(days, 'working day', 'working days')})`,
    ganttDescription: (f: GanttFacts) =>
      `Gantt chart of ${count(f.tasks, 'task', 'tasks')} and ${count(f.milestones, 'milestone', 'milestones')} ` +
      `in ${count(f.sections, 'section', 'sections')} from ${readerDate(f.start)} to ${readerDate(f.finish)}; ` +
      `${f.critical} of them on the critical path. ` +
      (f.bufferDays > 0
        ? `Buffer: ${count(f.bufferDays, 'working day', 'working days')} up to the committed finish on ${readerDate(f.committedFinish)}.`
        : `No buffer; committed finish on ${readerDate(f.committedFinish)}.`) +
      (f.statusDate ? ` Status date ${readerDate(f.statusDate)}: done and running work are marked.` : '') +
      (f.moved > 0 ? ` ${count(f.moved, 'task finishes', 'tasks finish')} off the baseline; the difference in working days (WD) follows the title.` : ''),
    statusLine: (date: string) => `Status date ${date}`,
    baselineSlip: (title: string, slip: number) => `${title} (${signed(slip)} WD)`,
    barTitle: {
      assignees: 'Assignees',
      nobody: 'none',
      float: 'Total float',
      done: 'done',
      criticalPath: 'critical path',
      workingDays: (days: number) => count(days, 'working day', 'working days'),
    },
    noDeadline: 'no deadline',
    deadlineMet: (deadline: string) => `deadline ${deadline} met`,
    deadlineMissed: (deadline: string) => `deadline ${deadline} missed`,
    deadlineChance: (chance: number) => `chance ${percent(chance * 100)}`,
    committedFinish: 'Committed finish',
    noMilestones: 'No milestones planned',
    milestoneDescription: (f: MilestoneFacts) =>
      (f.span === undefined
        ? 'No milestones planned. '
        : `${count(f.milestones, 'milestone', 'milestones')} from ${readerDate(f.span.first)} to ${readerDate(f.span.last)}; ` +
          `${count(f.met, 'deadline', 'deadlines')} met, ${f.missed} missed. `) + `Committed finish on ${readerDate(f.committedFinish)}.`,
    phaseFlowchartTitle: 'Standard phases and their dependencies',
    phaseFlowchartDescription: (phases: readonly { title: string; after: string[] }[]) =>
      `Flow of ${count(phases.length, 'phase', 'phases')}: ` +
      phases.map((phase) => (phase.after.length ? `${phase.title} (after ${phase.after.join(', ')})` : phase.title)).join('; ') +
      '.',
  },
  /** `kickoff import`: what an MS Project file held that a plan cannot say, and why a file is refused. */
  importer: {
    notXml: (file: string, line: number, detail: string) => `${file}: not well-formed XML (line ${line}: ${detail}); expected an MS Project XML file (MSPDI)`,
    tooDeep: (file: string, line: number, depth: number) =>
      `${file}: elements nested more than ${depth} deep (line ${line}); expected an MS Project XML file (MSPDI)`,
    roots: (file: string, line: number) =>
      `${file}: the document has more than one root element (the second on line ${line}); expected an MS Project XML file (MSPDI) with the one root element <Project>`,
    notMspdi: (file: string, root: string) => `${file}: not an MS Project XML file (MSPDI): expected the root element <Project>, found <${root}>`,
    missing: (file: string, what: string) => `${file}: the MS Project XML has no ${what}; a plan needs it`,
    startDate: 'project start date (<StartDate>)',
    tasks: 'tasks (<Tasks> with at least one task that is not a summary task)',
    resources: 'work resources (<Resources> with at least one person, the team)',
    atLine: (file: string, line: number, problem: string) => `${file}:${line}: ${problem}`,
    taskWithoutUid: (name: string | undefined, id: string | undefined) =>
      `the task${name === undefined ? '' : ` “${name}”`}${id === undefined ? '' : ` (ID ${id})`} has no <UID>; links and assignments name a task by it`,
    linkWithoutPredecessor: (task: string) => `a link (<PredecessorLink>) of ${task} has no <PredecessorUID>: it names no predecessor`,
    assignmentWithout: (element: string) => `an assignment (<Assignment>) has no <${element}>: it names no task or no resource`,
    notExpected: (element: string, found: string, expected: string) => `<${element}> is “${found}”; expected ${expected}`,
    aNumber: 'a number in digits, such as 12 or 0.75',
    aFlag: '1 or 0 (true or false)',
    aDate: 'a date such as 2027-03-01T08:00:00, of a day that exists',
    wholeNumber: (min: number, max: number) => `a whole number from ${min} to ${max}`,
    positiveUnits: 'a number above 0 (1 for a person full time, 0.5 for half time)',
    aKickoffDate: (p: { first: number; last: number }) => `a date in the years ${p.first} to ${p.last}, those a kick-off may lie in`,
    positiveMinutes: 'a positive number of minutes (480 for working days of 8 hours)',
    durationNotUnderstood: (element: string, found: string) =>
      `the duration “${found}” in <${element}> is not understood; expected hours, minutes and seconds such as PT8H0M0S (weeks, months and years have no fixed length in working time)`,
    unreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
    exists: (file: string) => `${file} exists already; import refuses to overwrite a plan (choose another --plan ID or remove the file)`,
    planOption: 'import FILE.xml --plan ID',
    invalidPlan: (file, plan, errors) =>
      `${file} would give a plan ${plan} with the ${errors === 1 ? 'error' : `${errors} errors`} above; nothing written (correct the values behind them in the XML file)`,
    noRoles: (folder: string) => `no roles in ${folder}: a plan's team needs roles to refer to`,
    wrote: (file: string, findings: number) =>
      `wrote ${file}${findings > 0 ? ` with ${findings} finding(s) above: what the plan cannot express` : ''}; check it with: npx kickoff validate`,
    finding: (subject: string, message: string) => `import: ${subject}: ${message}`,
    body: (file: string) => `Imported from MS Project (${file}).\n`,
    task: (name: string) => `task “${name}”`,
    resource: (name: string) => `resource “${name}”`,
    project: 'project',
    calendar: 'calendar',
    linkType: (predecessor: string, type: string) => `the ${type} link from “${predecessor}” is left out: a plan has finish-to-start links only`,
    lead: (predecessor: string) => `the negative lag (lead) after “${predecessor}” is taken as 0: a plan's lags are 0 or more working days`,
    lagRounded: (predecessor: string, days: number) => `the lag after “${predecessor}” is not whole working days; rounded up to ${days}`,
    lagFormat: (predecessor: string, hoursPerDay: number) =>
      `the lag after “${predecessor}” is in elapsed time or per cent; taken as working days of ${hoursPerDay} hours`,
    elapsedDuration: (hours: number, days: number, hoursPerDay: number) =>
      `its duration is elapsed time, ${hours} hours around the clock; taken as working time: ${count(days, 'working day', 'working days')} of ${hoursPerDay} hours`,
    unknownPredecessor: (uid: string) => `the link from task UID ${uid} is left out: no such task, or it is a summary task`,
    constraint: (name: string) => `the constraint “${name}” is left out: a plan knows only “start no earlier than”`,
    mustStartOn: 'the constraint “must start on” is taken as “start no earlier than”',
    summaryNoPhase: 'summary task whose title matches no phase of the playbook: its tasks get no phase',
    summaryLinks: 'the links of this summary task are left out: a plan links tasks only',
    durationRounded: (days: number) => `its duration is not whole working days; rounded up to ${days}`,
    effortWithoutPeople: 'fixed work without work resources: imported as a duration task',
    zeroDuration: 'a task of no duration: imported as a milestone',
    skippedTask: (why: string) => `left out: ${why}`,
    external: 'an external task',
    repeatedUid: (uid: string, first: string) => `its UID ${uid} is that of “${first}” already`,
    inactive: 'an inactive task',
    notWork: 'a material or cost resource, not a person: left out, with its assignments',
    unknownResource: (uid: string) => `the assignment of resource UID ${uid} is left out: no such work resource`,
    priorityZero: "priority 0, MS Project's lowest, is taken as 1, a plan's lowest",
    unnamedResource: 'no name (<Name>): named after its UID; give the person their name in the plan',
    unnamedTask: 'no name (<Name>): titled after its UID; give the task its title in the plan',
    capacityCut: (units: number) => `maximum units ${units} are more than one person; capacity set to 1`,
    noRole: (group: string, role: string) => `the group “${group}” matches no role; role set to \`${role}\`, check it`,
    noGroup: (role: string) => `no group (<Group>) names a role; role set to \`${role}\`, check it`,
    noCompany: (title: string) => `no company (<Company>): customer set to “${title}”`,
    noAuthor: (title: string) => `no author or manager (<Author>, <Manager>): vendor set to “${title}”`,
    workingException: (from: string, to: string) => `the extra working time ${from} – ${to} is left out: a plan's calendar can only add days off`,
    publicHolidays: (region: string, days: string) =>
      `the public holidays of ${region} on ${days} are working days in the file; the plan treats them as days off (set calendar.region or choose another)`,
    regionGuessed: (region: string) => `the calendar names no region; ${region} is assumed for public holidays, check calendar.region`,
    statusDateMissing: (date: string) => `actual dates without a status date (<StatusDate>): status date set to the latest of them, ${date}`,
    statusDateDropped: (date: string) =>
      `the status date ${date} is left out: the file records no actual dates, and a status date alone would move all planned work after it`,
    statusDateMoved: (date: string, latest: string) => `the status date ${date} lies before recorded actual dates; set to the latest of them, ${latest}`,
  },
  spreadsheet: {
    sheets: { schedule: 'Schedule', team: 'Team', milestones: 'Milestones' },
    dateFormat: 'yyyy-mm-dd',
    percentFormat: '0%',
    columns: {
      id: 'ID',
      task: 'Task',
      phase: 'Phase',
      start: 'Start',
      finish: 'Finish',
      workingDays: 'Working days',
      milestone: 'Milestone',
      critical: 'Critical',
      float: 'Float (WD)',
      assignees: 'Assignees',
      dependsOn: 'Predecessors',
      progress: 'Progress',
      deadline: 'Deadline',
      deadlineMet: 'Deadline met',
      deadlineChance: 'Chance of deadline',
      state: 'State',
      actualStart: 'Actual start',
      actualFinish: 'Actual finish',
      baselineStart: 'Baseline start',
      baselineFinish: 'Baseline finish',
      slip: 'Slip (WD)',
      person: 'Person',
      role: 'Role',
      capacity: 'Capacity',
      absentFrom: 'Absent from',
      absentTo: 'Absent to',
      reason: 'Reason',
      date: 'Date',
    },
    yes: 'yes',
    no: 'no',
  },
  calendar: {
    kickoff: 'Kick-off',
    milestone: 'Milestone',
    deadline: 'Deadline',
    bufferEnd: 'End of buffer = committed finish',
    reached: 'reached',
    absent: 'Absent',
    baseline: 'baseline',
    planned: 'scheduled',
    met: 'met',
    missed: 'missed',
  },
  findings: {
    found: (value: string) => `found ${value}`,
    nothing: 'nothing',
    foundNone: 'found none',
    required: (expected: string) => `required: ${expected}`,
    folder: (problem: string) => `a folder of .mdx files (${problem})`,
    foundAFile: 'found a file',
    noContent: (places: string) => `a content folder with entries in ${places} (found not a single entry file; is it the right folder?)`,
    cannotRead: (code: string) => `cannot be read: ${code}`,
    readableFile: (problem: string) => `a readable UTF-8 text file (${problem})`,
    binaryData: 'found binary data',
    notRegularFile: 'found a device file, pipe or socket instead of a regular file',
    tooLarge: (found: number, max: number) => `found ${found} MB; at most ${max} MB`,
    utf16: 'found UTF-16 text; save the file as UTF-8',
    notUtf8: (byte: string, windows1252: string) => `found the byte ${byte}, which is „${windows1252}“ in Windows-1252; save the file as UTF-8`,
    brokenLinkFile: 'found a broken link',
    brokenLink: 'a link to an existing file (found a broken link; the site leaves this entry out)',
    folderName: (folder) => `a folder name without \`#\`, \`?\` or \`%\`, which the site cannot read in a file path (found \`${folder}\`)`,
    fileName: (name: string, extension: string) =>
      `a file name in lowercase kebab case, which becomes the id, such as \`data-steward.${extension}\` (found \`${name}.${extension}\`)`,
    frontMatterMissing: 'YAML front matter between two `---` lines at the top of the file (found none)',
    frontMatterCutShort: (marker) =>
      `front matter without a line that starts with \`${marker}\` before its closing \`---\` line (found one; the site ends the front matter there, so indent the line)`,
    frontMatterNotMap: (found: string) => `front matter that is a map of fields (found ${found})`,
    frontMatterFound: { nothing: 'nothing', list: 'a list', other: (type: string) => `a ${type}` },
    jsonSyntax: (detail: string) => `valid JSON (${detail})`,
    jsonTooDeep: (max) => `JSON with lists and objects nested at most ${max} levels deep (found deeper nesting)`,
    jsonDuplicateKey: (key) => `JSON objects with each field once (found \`${key}\` a second time; JSON would keep only the last value)`,
    jsonNotObject: (found: string) => `a JSON object of fields (found ${found})`,
    yamlSyntax: (detail: string) => `valid YAML front matter (${detail})`,
    yamlAliases: (max: number) =>
      `front matter with at most ${max} YAML aliases (*name) of anchors (&name), the values written out otherwise (found more, multiplying the content)`,
    yamlTooDeep: (max: number) => `front matter with lists and maps nested at most ${max} levels deep (found deeper nesting)`,
    mdxSyntax: (detail: string) => `valid MDX (${detail}; write \`{\` and \`<\` as \`\\{\` and \`&lt;\` in prose)`,
    mdxCompilerCrash:
      'MDX the site’s MDX compiler can process (found: text it aborts on instead of reporting an error; known are a closing tag such as `</details>` on the line of a list item, which belongs on a line of its own after a blank line, and block quotes, lists, emphasis or brackets nested thousands of levels deep)',
    mdxImport: (found: string) => `no \`import\` or \`export\` in the text: content is Markdown, the site provides the rest (found \`${found}\`)`,
    mdxComponent: (name: string) =>
      `an HTML element or Markdown (found the component \`<${name}>\`, which the site does not provide; write a literal \`<\` as \`&lt;\`)`,
    mdxExpression: (found: string, name: string | undefined) =>
      `text, or a literal \`\\{\` (found \`{${found}}\`${name ? `; \`${name}\` does not exist when the page is rendered` : ', which is no valid expression'})`,
    mdxExpressionRun: {
      throws: (found: string, error: string) => `an expression the page build can compute (found \`{${found}}\`, which fails with ${error})`,
      slow: (found: string, ms: number) =>
        `an expression that finishes within ${ms} ms (found \`{${found}}\`, still running after ${ms} ms; the page would never be built)`,
      memory: (found: string, megabytes: number) =>
        `an expression that needs no more than ${megabytes} MB of memory (found \`{${found}}\`, which ended the process computing it; the build would end the same way)`,
      builtIn: (found: string, name: string) =>
        `an expression that changes no built-in (found \`{${found}}\`, which changes \`${name}\`; in the build, every page after it would see the change)`,
      object: (found: string, printed: string) =>
        `text or a number, such as \`{frontmatter.title}\` (found \`{${found}}\`, which the page would show as “${printed}”)`,
      function: (found: string) =>
        `text or a number, such as \`{frontmatter.title}\` (found \`{${found}}\`, a function, whose source code the page would show)`,
      waits: (found: string) => `an expression without \`async\` or \`import()\`, whose value the page can print at once (found \`{${found}}\`)`,
    },
    unknownField: (key: string) => `no such field here; check the spelling against the authoring guide (found \`${key}\`)`,
    unknownReference: (one: string, folder: string, value: string) => `the id of an existing ${one.toLowerCase()} in ${folder}/ (found \`${value}\`)`,
    didYouMean: (id: string) => `; did you mean \`${id}\`?`,
    fieldsHere: (fields: string) => `; the fields here are ${fields}`,
    duplicateId: (id: string, other: string) => `a file name (id) unique in its collection (found \`${id}\`, also ${other})`,
    glossaryTerm: (preferred: string, glossary: string, found: string) =>
      `“${preferred}”, as the glossary settles it (${glossary}; found “${found}”; if the word is meant here, note \`# glossary-allow: ${found}\` in the front matter)`,
    duplicateRule: (other: string) => `the buffer rule stated in one phase only (found: also in ${other}, which holds)`,
    duplicateOrder: (order: number, other: string) => `an order number no other phase has (found ${order}, also used by ${other})`,
    phaseCycle: (cycle: string) => `phase dependencies without a cycle (found ${cycle})`,
    duplicateItem: (id: string) => `an item id unique in this checklist (found \`${id}\` twice)`,
    unknownRegion: (region: string) => `a region with known public holidays, such as \`DE\`, \`DE-BY\`, \`AT\` or \`CH-ZH\` (found \`${region}\`)`,
    duplicatePerson: (id: string) => `a person id unique in the plan (found \`${id}\` twice)`,
    duplicateTask: (id: string) => `a task id unique in the plan (found \`${id}\` twice)`,
    unknownPerson: (id: string) => `the id of a person in this plan's team (found \`${id}\`)`,
    unknownTask: (id: string) => `the id of a task in this plan (found \`${id}\`)`,
    taskCycle: (cycle: string) => `task dependencies without a cycle (found ${cycle})`,
    bufferBeforeUnknown: (id: string) => `the id of a milestone task in this plan (found \`${id}\`)`,
    baselineUnknown: (date: string, dates: string) => `the date of a snapshot of this plan in snapshots/ (found \`${date}\`; snapshots: ${dates || 'none'})`,
    snapshotPlace: (expected: string) => `a file snapshots/PLAN/DATE.json whose \`plan\` and \`date\` match its folder and file name (${expected})`,
    bufferBeforeNotMilestone: (id: string) => `the id of a milestone task, one with \`milestone: true\` (found \`${id}\`, which is not a milestone)`,
    schedule: {
      'required-role-missing': (p) => `The role “${p.roleTitle}” (${p.role}) is required at the kick-off, but nobody in the team has it.`,
      'no-buffer': () => 'The plan has no buffer. Daily business, sickness, vacation, trade fairs and misjudged effort need a reserve (15–20% is common).',
      'small-buffer': (p) =>
        `The buffer of ${p.days} working days is only ${percent(p.percent, 1)} of the scheduled length (under ${percent(p.min, 0)}${p.source ? `, rule “minimum buffer” in ${p.source}` : ''}).`,
      'buffer-misplaced': (p) =>
        `The buffer must sit before the milestone of phase “${p.phase}” (rule “buffer placement” in ${p.source}), but it sits ${p.milestone ? `before “${p.milestone}”` : 'at the end of the plan'}.`,
      'checklist-late': (p) =>
        `Checklist “${p.checklist}” must be done before phase “${p.phase}” starts (rule in ${p.source}); its last item is due ${shortDate(p.due)}, the phase starts ${shortDate(p.start)}.`,
      'absent-during-task': (p) =>
        `${p.person} is absent on ${p.days} working day(s) during “${p.task}” (from ${shortDate(p.first)}); fixed-duration tasks do not move.`,
      overbooked: (p) => `${p.person} is booked over capacity on ${p.days} working day(s) (from ${shortDate(p.first)}, peak ${percent(p.peak * 100, 1)}).`,
      'deadline-missed': (p) => `“${p.task}” finishes on ${shortDate(p.finish)}; its deadline is ${shortDate(p.deadline)}.`,
      'p85-after-committed': (p) => `At 85% confidence the project finishes on ${shortDate(p.p85)}, after the committed finish of ${shortDate(p.committed)}.`,
      'kickoff-not-working-day': (p) => `The kick-off on ${shortDate(p.kickoff)} is not a working day; the first working day is ${shortDate(p.first)}.`,
      'task-late': (p) => `“${p.task}” was due by ${shortDate(p.baselineFinish)} in the baseline and is not done as of ${shortDate(p.statusDate)}.`,
      'started-early': (p) => `“${p.task}” started before “${p.predecessor}” was done.`,
      'red-zone': (p) => `The buffer is ${percent(p.consumption, 1)} used with only ${percent(p.completion, 1)} of the critical chain done: red zone, act now.`,
      'buffer-overrun': (p) =>
        `The committed finish of ${shortDate(p.committed)} can no longer be held: the plan finishes ${count(p.days, 'working day', 'working days')} later.`,
      'never-finishes': (p) =>
        p.reason === 'no-capacity'
          ? `“${p.task}” cannot finish within ten years of the kick-off: its assignees have no free capacity (absent or fully booked).`
          : `“${p.task}” cannot finish within ten years of the kick-off: there are not enough working days.`,
    },
  },
  schema: {
    id: 'a lowercase kebab-case id such as `data-steward`',
    idFormat: 'a lowercase kebab-case id such as `data-steward` (a–z, 0–9, single hyphens)',
    text: 'a text',
    nonEmptyText: 'a non-empty text',
    printableText: (p) => `a text of printable characters (found ${p.character})`,
    avoidWord: 'a word, or the start of words followed by `*` (a `*` alone would stand for every word)',
    textList: 'a list of texts',
    date: 'a date YYYY-MM-DD',
    existingDate: 'an existing calendar date YYYY-MM-DD',
    dateOnOrAfter: (p) => `a date on or after \`from\` (${p.from})`,
    wholeNumber: 'a whole number',
    positiveWholeNumber: 'a positive whole number',
    number: 'a number',
    positiveNumber: 'a positive number',
    estimateOrder: (p) => `\`optimistic\` ≤ \`likely\` ≤ \`pessimistic\` (found ${p.optimistic} / ${p.likely} / ${p.pessimistic})`,
    region: 'a region code such as `DE`, `DE-BY`, `AT` or `CH-ZH`',
    weekday: 'a weekday `mon` … `sun`',
    atLeastOneWeekday: 'at least one weekday',
    absenceReason: '`vacation`, `trade-fair`, `sickness`, `training` or `other`',
    capacity: 'a number in (0, 1]',
    lag: 'a whole number ≥ 0',
    dependency: 'a task id, or `{ task, lag }` with lag a whole number of working days ≥ 0',
    duration: 'a positive whole number of working days, or { optimistic, likely, pessimistic }',
    effort: 'a positive number of person-days, or { optimistic, likely, pessimistic }',
    milestoneTrue: '`true` (omit the field otherwise)',
    priority: 'a whole number 1–1000',
    progress: 'a whole number 0–100',
    taskKindNone: 'one of `duration`, `effort` or `milestone: true` (found none)',
    taskKindOnlyOne: (p) => `only one of \`duration\`, \`effort\` and \`milestone\` (found ${p.kinds.join(' and ')})`,
    effortAssignee: 'at least one assignee for an effort task (found none)',
    titleWithoutPhase: 'a title (required when no phase is given)',
    bufferMethod: '`none`, `percent`, `fixed` or `rss`',
    numberAtLeastZero: 'a number ≥ 0',
    bufferValueRequired: (p) => `a value for method \`${p.method}\` (found none)`,
    wholeWorkingDays: 'a whole number of working days',
    dueWithinSchedule: `a whole number of working days from -${SCHEDULE_DAYS} to ${SCHEDULE_DAYS}, as many as the days of the ${SCHEDULE_YEARS} years a plan is scheduled`,
    planStatus: '`draft`, `active` or `done`',
    atLeastOnePerson: 'at least one person',
    atLeastOneTask: 'at least one task',
    durationUnit: '`days` or `weeks`',
    atLeastMin: (p) => `a number ≥ \`min\` (${p.min})`,
    atLeastOneRole: 'at least one role',
    atLeastOneItem: 'at least one item',
    trueOrFalse: '`true` or `false`',
    level: '`low`, `medium` or `high`',
    strategy: '`avoid`, `mitigate`, `transfer` or `accept`',
    side: '`customer` or `vendor`',
    kickoffAttendance: '`required`, `recommended` or `optional`',
    cadence: '`once`, `daily`, `weekly`, `biweekly`, `monthly` or `phase-end`',
    chairNotParticipant: 'a role that does not chair the meeting already (do not repeat `chair`)',
    roleOnce: 'each role once',
    taskState: '`done`, `active` or `planned`',
    percent: 'a percentage from 0 to 100',
    share: 'a share from 0 to 1',
    kickoffYears: (p) => `a date in the years ${p.first} to ${p.last}`,
    dateOnOrAfterField: (p) => `a date on or after \`${p.field}\` (${p.date})`,
    withinScheduleYears: (p) => `a date no later than ${p.date}, ${p.years} years after the kick-off, as far as a plan is scheduled`,
    dateOnOrBeforeField: (p) => `a date on or before \`${p.field}\` (${p.date})`,
    actualNeedsStatusDate: 'a `statusDate` on the plan first: actual dates are recorded as of a status date',
    noActualStartOnMilestone: 'no `actualStart` on a milestone (it is reached on `actualFinish`)',
    actualStartRequired: 'required on a task with `actualFinish`: the day work started (only a milestone is done without it)',
    remainingOnlyActive: 'no `remaining` on a task that is not active (an active one has `actualStart` and no `actualFinish`)',
    activeNotComplete: 'a progress under 100 on an active task (when it is done, record `actualFinish`)',
    // zod's own checks, where a schema names no message: worded for authors, never zod's.
    ofType: (p) => TYPE_NAMES[p.type] ?? `a value of type ${p.type}`,
    oneOf: (p) => `one of ${p.values}`,
    atLeastEntries: (p) => `at least ${count(p.minimum, 'entry', 'entries')}`,
    atMostEntries: (p) => `at most ${count(p.maximum, 'entry', 'entries')}`,
    atLeastCharacters: (p) => `a text of at least ${count(p.minimum, 'character', 'characters')}`,
    atMostCharacters: (p) => `a text of at most ${count(p.maximum, 'character', 'characters')}`,
    atLeast: (p) => `a number ≥ ${p.minimum}`,
    atMost: (p) => `a number ≤ ${p.maximum}`,
    greaterThan: (p) => `a number > ${p.minimum}`,
    lessThan: (p) => `a number < ${p.maximum}`,
    multipleOf: (p) => `a multiple of ${p.divisor}`,
    matching: (p) => `a text of the form \`${p.pattern}\``,
    formatOf: (p) => `a valid ${p.format}`,
    anyForm: 'a value in one of the forms the guide gives for this field',
    validKey: 'a valid field name',
    validEntry: 'valid entries',
    validValue: 'a valid value',
    or: 'or',
  },
  config: {
    title: 'a text',
    description: 'a sentence describing the playbook',
    site: 'an absolute http(s) address such as `https://playbook.example.org`',
    base: 'a sub-path such as `/` or `/playbook/`',
    content: 'a folder path',
    cannotRead: (code: string) => `cannot be read (${code})`,
    notAFile: 'a file (found a device, pipe or socket)',
    invalidJson: (detail: string) => `valid JSON (${detail})`,
    notAnObject: (found: string) => `an object of settings such as {"lang": "de"} (found ${found})`,
    unknownSetting: (key: string, settings: string) => `${key}: no such setting; the settings are ${settings}`,
  },
  cli: {
    help: `kickoff – build and check a project kick-off playbook

Usage:
  kickoff validate [--strict] [--content DIR]
      Check all content; print every finding with file and field. Exit 1 on errors
      (with --strict also on warnings).
  kickoff schedule PLAN-ID [--format json|csv|ics|mermaid|tjp|mspdi|xlsx] [--out FILE] [--content DIR]
      Print one plan's computed schedule (default: json), with --out into a file
      (--out - is standard output); xlsx (Excel) only with --out, never to a terminal.
  kickoff build [--strict] [--content DIR] [--out DIR]
      Validate, then build the site, its search index and PDFs into dist/ (or --out DIR).
      The folder is replaced only when the whole build succeeded. It must be new, empty or
      a previous build, and outside the project and content folders.
  kickoff dev [--content DIR] [--port N]
      Preview the site with live reload: every saved content file is checked as by
      validate; findings show in the terminal and on the page. On port 4321, or the
      next free one; with --port N on N, or an error when N is in use.
  kickoff new plan|phase|role|checklist|risk|meeting|term ID [--force]
      Write a new entry (content/plans/ID.mdx, content/phases/ID.mdx, …) that validates,
      with a hint above each field; a plan is made from the standard phases.
      kickoff new-plan ID is kickoff new plan ID.
  kickoff schemas [--out DIR]
      Write a JSON Schema per collection, with each field's description, into
      .astro/collections/ (or DIR), where the Astro extension for VS Code finds them.
  kickoff import FILE.xml --plan ID [--content DIR]
      Bring in an MS Project plan (MSPDI XML) as content/plans/ID.mdx; what a plan
      cannot express is named as a finding. Never overwrites a plan.
  kickoff snapshot PLAN-ID [--label TEXT] [--force]
      Write the plan as of its status date (else its kick-off) to
      content/snapshots/PLAN-ID/DATE.json; overwrites only with --force.
  kickoff status PLAN-ID
      Status report as of the status date: forecast, slip, buffer, done, active, late.

Options:
  --config FILE   settings (default: ./kickoff.config.json)
  --content DIR   content folder (default: ./content, or "content" in the settings file)
  --lang de|en    language of messages (default: from the settings file)
  -h, --help      show this help
`,
    summary: (where: string, errors: number, warnings: number) => `${where}: ${errors} error(s), ${warnings} warning(s)`,
    error: 'error',
    warning: 'warning',
    internalError: 'internal error',
    usage: (usage: string) => `usage: kickoff ${usage}`,
    unexpected: (args: string) => `unexpected: ${args}`,
    unknownOption: (option: string) => `unknown option \`${option}\` (try kickoff --help)`,
    optionNeedsValue: (option: string) => `\`${option}\` needs a value (try kickoff --help)`,
    optionValueWithDash: (option) => `\`${option}\` needs a value; one that starts with \`-\` is written \`${option}=-…\``,
    optionTakesNoValue: (option: string) => `\`${option}\` takes no value (try kickoff --help)`,
    optionNotForCommand: (option, command, options) =>
      `\`${option}\` is not an option of kickoff ${command} (${options ? `its options: ${options}, and` : 'only'} --config, --content, --lang)`,
    unknownCommand: (command: string) => `unknown command \`${command}\` (try kickoff --help)`,
    contentNotFound: (dir: string) => `content folder not found: ${dir}`,
    langOption: (found: string, languages: readonly string[]) => `--lang: ${languages.join(', ')} (found ${found})`,
    formatOption: (found: string) => `--format: json, csv, ics, mermaid, tjp, mspdi or xlsx (found ${found})`,
    binaryNeedsOut: (format: string) =>
      `--format ${format} writes a binary file: say where with --out FILE (e.g. --out plan.${format}), or --out - for standard output`,
    binaryToTerminal: (format: string) =>
      `--format ${format} writes a binary file, and standard output is a terminal: redirect it (--out - > plan.${format}) or name a file with --out FILE`,
    folderToStandardOutput: (command: string) =>
      `--out -: kickoff ${command} writes a folder, which cannot go to standard output; name a folder with --out DIR`,
    cannotAccess: (file: string, reason: string) => `cannot access ${file}: ${reason}`,
    cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,
    writeIntoContent: (file: string) =>
      `${file} is inside the content folder, where it would be read as content or replace a content file; choose a file outside it`,
    writeOntoConfig: (file: string) => `${file} is the settings file in use, which the next command could no longer read; choose another file`,
    wroteExport: (file: string) => `wrote ${file}`,
    unknownPlan: (id: string, folder: string, plans: string) => `no plan \`${id}\` in ${folder} (plans: ${plans || 'none'})`,
    initUsage: 'init DIR [--lang de|en]',
    initNotFolder: (dir: string) => `${dir} is a file; kickoff init writes only into a new or empty folder`,
    initNotEmpty: (dir: string) => `${dir} is not empty; kickoff init writes only into a new or empty folder`,
    initDone: (dir: string, files: number) => `wrote ${files} files into ${dir}; next: cd ${dir} && npm install && npm run build`,
    wroteSchemas: (count: number, dir: string) => `wrote ${count} files into ${dir}/: a JSON Schema per collection and the list of content files for editors`,
    portOption: (found: string) => `--port: a port number from 1 to 65535 (found ${found})`,
    portTaken: (port: number) =>
      `--port ${port}: the port is in use (by another program or preview); choose another, or leave out --port to take the next free one`,
    buildWaiting: (pid: number) => `kickoff build: waiting for another build of this tool (process ${pid}) to finish`,
    entryId: (id: string) => `ID: a lowercase kebab-case id such as \`acme-pim\` (found \`${id}\`)`,
    scaffoldKind: (found: string, kinds: string) => `KIND: one of ${kinds} (found \`${found}\`)`,
    scaffoldNeeds: (kind: string, count: number, collection: string, command: string) =>
      `a new ${kind} refers to ${count === 1 ? 'an entry' : `${count} entries`} of ${collection.toLowerCase()}, and the playbook has ${count === 1 ? 'none' : 'fewer'}: write ${count === 1 ? 'one' : 'them'} first with \`${command}\``,
    exists: (file: string) => `${file} exists already (use --force to overwrite)`,
    wrote: (file: string) => `wrote ${file}; check it with: npx kickoff validate`,
    wroteSnapshot: (file: string) => `wrote ${file}: the plan as of its status date`,
    wroteKickoffSnapshot: (file: string) => `wrote ${file}: the plan as it stands at the kick-off (it has no status date)`,
    badSplitPages: (variable: string, found: string) =>
      `kickoff build: ${variable}: expected a whole number of at least 1, the page count above which the playbook prints as one PDF per part (found: "${found}"); nothing was built or changed`,
    outDirRefused: (dir: string, problem: string) => `kickoff build: the output folder ${dir}/ ${problem}; nothing was built or changed`,
    outDir: {
      root: 'is the project folder or contains it; the build would replace it',
      content: 'is the content folder or contains it; the build would replace it',
      'inside-content': 'is inside the content folder; choose a folder outside it',
      file: 'is a file, not a folder',
      'under-file': 'lies inside a file, not a folder',
      unwritable: (reason: string) => `cannot be written there (${reason})`,
      'other-files': (marker: string) => `holds files that are not a previous build (no ${marker}); choose a new or empty folder, or empty this one yourself`,
    },
    pdfPrinting: (pages: number) => `pdf: printing ${pages} page(s) with Chromium`,
    pdfProgress: (done: number, total: number) => `pdf: ${done} of ${total} written`,
    pdfWritten: (files: number) => `pdf: ${files} file(s) written`,
    buildFailed: (dir: string, message: string) => `kickoff build: failed, ${dir}/ left as it was: ${message}`,
    built: (dir: string) => `kickoff build: site written to ${dir}/`,
    contentErrors: (errors: number) => `the content has ${errors} error(s); see the findings above`,
  },
  tracking: {
    statusDate: 'Status date',
    zone: 'Buffer zone',
    slip: 'Slip',
    slipDays: (days: number) =>
      days === 0 ? 'none' : days > 0 ? `${count(days, 'working day', 'working days')} late` : `${count(-days, 'working day', 'working days')} early`,
    bufferLeft: 'Buffer left',
    baseline: 'Baseline',
    baselineFinish: 'Baseline finish',
    state: { done: 'done', active: 'running', planned: 'planned' },
    feverChart: 'Buffer fever chart',
    feverChartIntro:
      'Each point is a snapshot: how much of the critical chain is done (across) and how much buffer it took (up). Green: on track; yellow: watch and prepare action; red: act now.',
    completion: 'Critical chain done',
    consumption: 'Buffer used',
    milestoneTrend: 'Milestone trend analysis',
    milestoneTrendIntro:
      'For every baseline milestone, its forecast date at each report date. A rising line slips; where it meets the diagonal, the milestone is due.',
    reportDate: 'Report date',
    forecast: 'Forecast',
    diagonal: 'Diagonal: forecast = report date',
    now: 'now',
    statusReport: 'Status report',
    statusReportFor: (plan: string) => `Status report ${plan}`,
  },
  status: {
    asOf: (date: string) => `as of ${date}`,
    noStatusDate: 'no status date: the plan as it stands at the kick-off',
    forecast: 'Forecast finish',
    slip: (days: number) =>
      days === 0
        ? 'as in the baseline'
        : days > 0
          ? `${count(days, 'working day', 'working days')} later than the baseline`
          : `${count(-days, 'working day', 'working days')} earlier than the baseline`,
    committed: 'Committed finish',
    baselineOf: (date: string) => `baseline of ${date}`,
    buffer: 'Buffer',
    bufferDays: (days: number) => count(days, 'working day', 'working days'),
    bufferLeft: (left: number, of: number) =>
      left < 0 ? `overrun by ${count(-left, 'working day', 'working days')} (of ${of})` : `${left} of ${count(of, 'working day', 'working days')} left`,
    zone: 'Zone',
    consumptionAt: (consumption: string, completion: string) => `buffer ${consumption} used with ${completion} of the critical chain done`,
    done: 'Done',
    doneSince: (date: string) => `Done since ${date}`,
    active: 'In progress',
    left: (amount: number, unit: 'days' | 'person-days') =>
      unit === 'days' ? `${count(amount, 'working day', 'working days')} left` : `${Math.round(amount * 10) / 10} person-days left`,
    until: (date: string) => `finishing ${date}`,
    upcoming: 'Starting in the next 10 working days',
    late: 'Late',
    lateBy: (baseline: string, forecast: string) => `baseline ${baseline}, now ${forecast}`,
    deadlines: 'Deadlines',
    deadlineVersus: (deadline: string, finish: string) => `deadline ${deadline}, scheduled ${finish}`,
    chance: (chance: string) => `chance ${chance}`,
    none: '–',
  },
  /** What `kickoff init` writes besides the scaffolds' texts: the ids of the starter entries and the project's README. */
  starter: {
    title: 'Kick-off playbook',
    ids: {
      lead: 'project-lead',
      vendor: 'vendor-consultant',
      kickoff: 'kick-off',
      implementation: 'implementation',
      checklist: 'prepare-kick-off',
      risk: 'data-quality',
      meeting: 'weekly-status',
      term: 'milestone',
      plan: 'first-project',
    },
    readme: (title: string) =>
      [
        `# ${title}`,
        '',
        'A kick-off playbook made with `kickoff init`: content in `content/`, settings in `kickoff.config.json`.',
        '',
        '```sh',
        'npm install && npm run build   # install, check all content and build the site into dist/',
        'npm run dev                    # preview at http://localhost:4321/, checks every save',
        'npm test                       # check all content, warnings as errors',
        '```',
        '',
        'New entries with a hint above each field: `npx kickoff new plan|phase|role|checklist|risk|meeting|term ID`.',
        'For completion and checks in the editor: `npx kickoff schemas` (see `.vscode/settings.json`).',
        '',
      ].join('\n'),
  },
  scaffold: {
    hints: {
      title: 'The name the entry is shown by.',
    },
    plan: {
      title: (id: string) => `Implementation ${id}`,
      customer: 'Enter the customer',
      vendor: 'Enter the vendor',
      person: (role: string) => `TBD (${role})`,
      kickoffTask: 'Kick-off',
      hints: {
        kickoff: 'The day of the kick-off (YYYY-MM-DD); no task starts before it.',
        status: 'draft, active or done: the state of the project (changes no dates).',
        calendar: 'Public holidays of the region (DE, AT, DE-BY, CH-ZH …); also workdays, holidays, closures.',
        team: 'People with their role, share of their working time (capacity 0–1) and absences.',
        tasks:
          'Per task: duration (working days) or effort (person-days) with assignees, or milestone: true;\ndependsOn names predecessors; estimates as optimistic, likely, pessimistic.',
        buffer: 'Buffer: percent, fixed or rss; before names the milestone it protects.',
      },
      body: (id: string) =>
        [
          '## Starting point',
          '',
          'Describe the situation, the goals and why the project starts now.',
          '',
          '## Next steps',
          '',
          '1. Check the kick-off date, the region and company closures (`calendar`).',
          '2. Replace the placeholders in the team with names, capacities and absences.',
          '3. Estimate durations with the vendor: optimistic, likely, pessimistic.',
          '4. Add tasks with effort in person-days and assignees where people are scarce.',
          `5. Check with \`npx kickoff validate\` and see the dates with \`npx kickoff schedule ${id}\`.`,
        ].join('\n'),
    },
    role: {
      summary: 'One sentence on what this role does in the project.',
      responsibility: 'First responsibility of this role',
      hints: {
        side: 'customer or vendor.',
        summary: 'One sentence, shown in lists and in print.',
        kickoff: 'required, recommended or optional: must, should or may the role sit at the kick-off table?',
      },
      body: '## Responsibilities in the project\n\nDescribe what this role decides and delivers, and when it is needed.',
    },
    phase: {
      summary: 'One sentence on what this phase is about.',
      targetState: 'The checkable state at the end of the phase.',
      hints: {
        order: 'Position in reading order; no two phases share a number.',
        targetState: 'How everybody can tell that the phase is complete.',
        typicalDuration: 'Usual length: min and max in days or weeks; kickoff new plan estimates from it.',
        dependsOn: 'The phases that are normally complete before this one.',
        raci: 'Roles: responsible (do the work), accountable (answers for the result), consulted, informed.',
      },
      body: '## How it runs\n\nDescribe how the phase runs, what typically goes wrong and how to notice it early.',
    },
    checklist: {
      itemId: 'first-item',
      item: 'First item to tick off',
      hints: {
        phase: 'The phase the list belongs to; due counts working days from its start.',
        items: 'Per item: id, text, role (who ticks it), due (working days, negative = before the phase starts), critical.',
      },
      body: 'What the list is for and when it is gone through.',
    },
    risk: {
      mitigation: 'What is done to reduce the risk.',
      trigger: 'A warning sign that it is happening',
      hints: {
        level: 'likelihood and impact: low, medium or high.',
        owner: 'The role that watches the risk.',
        triggers: 'Warning signs that show it is happening.',
        strategy: 'avoid, mitigate, transfer or accept.',
      },
      body: '## Background\n\nWhy the risk arises in such projects and what it costs when it strikes.',
    },
    meeting: {
      summary: 'One sentence on what the meeting is for.',
      agenda: ['Status and next steps', 'Decisions and open points'],
      hints: {
        cadence: 'once, daily, weekly, biweekly, monthly or phase-end.',
        duration: 'Length of one meeting in minutes.',
        participants: 'The other roles at the table; not the chair again.',
      },
      body: 'How the meeting is prepared and who keeps the minutes.',
    },
    term: {
      definition: 'What the term means in this playbook, in one or two sentences.',
      hints: {
        title: 'The word the content uses for this thing.',
        avoid: 'Words the content should not use for it; a trailing * also matches longer words.',
        forms: 'Inflected spellings of the term (such as the plural) that pages link to this entry as well.',
      },
      body: '',
    },
  },
};
