import { isKnownRegion } from '../calendar/public-holidays.ts';
import { compareFindings, type Finding } from '../content/finding.ts';
import { pathParts, type Content, type Entry } from '../content/read-content.ts';
import { translation, type Translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../registry/collections.ts';
import type { Plan } from '../schema/plan.ts';
import { scheduleOptions } from '../schedule/schedule-inputs.ts';
import { DEFAULT_ITERATIONS } from '../schedule/monte-carlo.ts';
import { scheduleJobFindings, type ScheduleJob } from '../schedule/schedule-cache.ts';
import { closest } from './closest.ts';
import { findCycles } from './find-cycle.ts';
import { discouragedUses, glossaryFindings } from './glossary-lint.ts';
import { valuesAt } from './values-at.ts';

export interface ValidateOptions {
  lang?: Lang;
  /** Turn warnings into errors. */
  strict?: boolean;
  /**
   * Monte Carlo runs per plan (only the P85 warning needs them): by default those of a strict
   * check, where every warning counts, and none otherwise (validation then stays fast).
   */
  iterations?: number;
}

type Add = (entry: Entry<unknown>, path: string, message: string, code?: string, severity?: Finding['severity']) => void;

/**
 * What the schemas cannot see: references between collections (as the registry declares them)
 * and inside a plan, duplicate ids, cycles, regions, and the schedule's own findings.
 * `readFindings` are those of reading.
 */
export function validateContent(content: Content, readFindings: readonly Finding[], options: ValidateOptions = {}): Finding[] {
  const lang = options.lang ?? 'de';
  const t = translation(lang);
  const findings: Finding[] = [...readFindings];
  /** Files with an error found here (not in reading): their plans are not scheduled. */
  const filesWithErrors = new Set<string>();
  const add: Add = (entry, path, message, code = 'reference', severity = 'error') => {
    findings.push({ severity, code, file: entry.file, path, message, line: entry.lineOf(pathParts(path)) });
    if (severity === 'error') filesWithErrors.add(entry.file);
  };

  for (const name of COLLECTION_NAMES) {
    checkDuplicateIds(content[name], add, t);
    checkReferences(content, name, add, t);
  }
  checkPhases(content, add, t);
  checkSnapshotPlaces(content, add, t);
  for (const entry of content.checklists) {
    const seen = new Set<string>();
    entry.data.items.forEach((item, i) => {
      if (seen.has(item.id)) add(entry, `items[${i}].id`, t.findings.duplicateItem(item.id), 'duplicate');
      seen.add(item.id);
    });
  }

  const texts = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].format === 'mdx').flatMap((name) => content[name] as Entry<unknown>[]);
  findings.push(...glossaryFindings(discouragedUses(content.glossary, texts), (use) => t.findings.glossaryTerm(use.preferred, use.glossaryFile, use.found)));

  const jobs = scheduleJobs(content, options);
  content.plans.forEach((entry, index) => {
    checkPlan(entry, add, t);
    checkBaseline(entry, content.ids.snapshots, add, t);
    // Schedule only plans whose structure is sound (an error in the text alone does not stop it).
    if (filesWithErrors.has(entry.file)) return;
    for (const finding of scheduleJobFindings(jobs[index])) add(entry, finding.path, finding.message, finding.code, finding.severity);
  });

  // New objects: the findings of reading may be remembered and handed to the next run (the preview).
  const reported = options.strict ? findings.map((finding) => ({ ...finding, severity: 'error' as const })) : findings;
  return reported.sort(compareFindings);
}

/**
 * What validation schedules, one job per plan in the order of `content.plans`: the plan, its
 * inputs from the playbook, and the Monte Carlo runs (none unless strict: no finding needs them
 * then). Plans with an error in their structure are left out by `validateContent` itself.
 */
export function scheduleJobs(content: Content, options: ValidateOptions = {}): ScheduleJob[] {
  const lang = options.lang ?? 'de';
  const iterations = options.iterations ?? (options.strict ? DEFAULT_ITERATIONS : 0);
  return content.plans.map((entry) => ({ planId: entry.id, plan: entry.data, options: { ...scheduleOptions(content, entry.id, lang), iterations } }));
}

/** Every field the registry declares as a reference names an existing entry of its collection. */
function checkReferences(content: Content, name: CollectionName, add: Add, t: Translation) {
  const references = Object.entries(COLLECTIONS[name].references) as [string, CollectionName][];
  for (const entry of content[name] as Entry<unknown>[]) {
    for (const [field, target] of references) {
      const ids = content.ids[target];
      const unknownId = (value: unknown): value is string => typeof value === 'string' && !ids.has(value);
      for (const { path, value } of valuesAt(entry.data, field, unknownId)) {
        const meant = closest(value, ids);
        add(entry, path, t.findings.unknownReference(t.collections[target].one, target, value) + (meant ? t.findings.didYouMean(meant) : ''));
      }
    }
  }
}

function checkPhases(content: Content, add: Add, t: Translation) {
  const orders = new Map<number, string>();
  for (const entry of content.phases) {
    const other = orders.get(entry.data.order);
    if (other) add(entry, 'order', t.findings.duplicateOrder(entry.data.order, other), 'duplicate');
    else orders.set(entry.data.order, entry.file);
  }
  // Each rule has one home: a second phase stating the buffer rule would leave it unclear which holds.
  const bufferRule = content.phases.filter((entry) => entry.data.rules?.buffer).sort((a, b) => a.data.order - b.data.order);
  for (const entry of bufferRule.slice(1)) add(entry, 'rules.buffer', t.findings.duplicateRule(bufferRule[0].file), 'duplicate');
  const phaseById = new Map(content.phases.map((entry) => [entry.id, entry]));
  for (const cycle of findCycles([...phaseById.keys()], (id) => (phaseById.get(id)?.data.dependsOn ?? []).filter((dep) => phaseById.has(dep)))) {
    const entry = phaseById.get(cycle[0]) as Entry<unknown>;
    add(entry, 'dependsOn', t.findings.phaseCycle(cycle.join(' → ')), 'cycle');
  }
}

function checkDuplicateIds(entries: readonly Entry<unknown>[], add: Add, t: Translation) {
  const first = new Map<string, string>();
  for (const entry of entries) {
    const other = first.get(entry.id);
    if (other) add(entry, '', t.findings.duplicateId(entry.id, other), 'duplicate');
    else first.set(entry.id, entry.file);
  }
}

/** A snapshot lives at `snapshots/PLAN/DATE.json`, says so itself, and has each task once. */
function checkSnapshotPlaces(content: Content, add: Add, t: Translation) {
  for (const entry of content.snapshots) {
    const expected = `${entry.data.plan}/${entry.data.date}`;
    if (entry.id !== expected)
      add(entry, entry.id.startsWith(`${entry.data.plan}/`) ? 'date' : 'plan', t.findings.snapshotPlace(`snapshots/${expected}.json`), 'snapshot-place');
    // A task twice would weigh twice in the completion measured against it (rule B3).
    checkUniqueTasks(entry, entry.data.tasks, add, t);
  }
}

/** Each task id once, in a plan or a snapshot of it; a repeat is reported where it stands. */
function checkUniqueTasks(entry: Entry<unknown>, tasks: readonly { id: string }[], add: Add, t: Translation) {
  const seen = new Set<string>();
  tasks.forEach((task, i) => {
    if (seen.has(task.id)) add(entry, `tasks[${i}].id`, t.findings.duplicateTask(task.id), 'duplicate');
    seen.add(task.id);
  });
}

/** The baseline names a snapshot of this plan. */
function checkBaseline(entry: Entry<Plan>, snapshots: ReadonlySet<string>, add: Add, t: Translation) {
  const { baseline } = entry.data;
  if (baseline === undefined || snapshots.has(`${entry.id}/${baseline}`)) return;
  const dates = [...snapshots].filter((id) => id.startsWith(`${entry.id}/`)).map((id) => id.slice(entry.id.length + 1));
  add(entry, 'baseline', t.findings.baselineUnknown(baseline, dates.sort().join(', ')));
}

/** What a plan needs inside itself: a known region, unique people and tasks, known assignees and predecessors, no cycle. */
function checkPlan(entry: Entry<Plan>, add: Add, t: Translation) {
  const plan = entry.data;
  if (!isKnownRegion(plan.calendar.region)) add(entry, 'calendar.region', t.findings.unknownRegion(plan.calendar.region), 'unknown-region');

  const people = new Set<string>();
  plan.team.forEach((person, i) => {
    if (people.has(person.id)) add(entry, `team[${i}].id`, t.findings.duplicatePerson(person.id), 'duplicate');
    people.add(person.id);
  });

  checkUniqueTasks(entry, plan.tasks, add, t);
  const tasks = new Map(plan.tasks.map((task) => [task.id, task]));
  plan.tasks.forEach((task, i) => {
    task.assignees?.forEach((id, j) => {
      if (!people.has(id)) add(entry, `tasks[${i}].assignees[${j}]`, t.findings.unknownPerson(id));
    });
    task.dependsOn?.forEach((dependency, j) => {
      const id = typeof dependency === 'string' ? dependency : dependency.task;
      const path = typeof dependency === 'string' ? `tasks[${i}].dependsOn[${j}]` : `tasks[${i}].dependsOn[${j}].task`;
      if (!tasks.has(id)) add(entry, path, t.findings.unknownTask(id));
    });
  });
  const dependencies = (id: string) =>
    (tasks.get(id)?.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? dependency : dependency.task)).filter((dep) => tasks.has(dep));
  for (const cycle of findCycles([...tasks.keys()], dependencies)) {
    const index = plan.tasks.findIndex((task) => task.id === cycle[0]);
    add(entry, `tasks[${index}].dependsOn`, t.findings.taskCycle(cycle.join(' → ')), 'cycle');
  }

  if (plan.buffer?.before !== undefined) {
    const target = tasks.get(plan.buffer.before);
    if (!target) add(entry, 'buffer.before', t.findings.bufferBeforeUnknown(plan.buffer.before));
    else if (!target.milestone) add(entry, 'buffer.before', t.findings.bufferBeforeNotMilestone(plan.buffer.before));
  }
}
