import { isKnownRegion } from '../calendar/public-holidays.ts';
import { compareFindings, type Finding } from '../content/finding.ts';
import { pathParts, type Content, type Entry } from '../content/read-content.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Plan } from '../schema/plan.ts';
import { schedulePlan } from '../schedule/schedule-plan.ts';
import { findCycles } from './find-cycle.ts';

export interface ValidateOptions {
  lang?: Lang;
  /** Turn warnings into errors. */
  strict?: boolean;
  /** Monte Carlo runs per plan during validation (0 skips it; only the P85 warning needs it). */
  iterations?: number;
}

type Add = (entry: Entry<unknown>, path: string, message: string, code?: string, severity?: Finding['severity']) => void;

/**
 * What the schemas cannot see: references between collections and inside a plan, duplicate
 * ids, cycles, regions, and the schedule's own findings. `findings` are those of reading.
 */
export function validateContent(content: Content, readFindings: readonly Finding[], options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [...readFindings];
  const add: Add = (entry, path, message, code = 'reference', severity = 'error') => {
    findings.push({ severity, code, file: entry.file, path, message, line: entry.lineOf(pathParts(path)) });
  };

  const ids = content.ids;
  const expectRef = (kind: keyof typeof ids, label: string) => (entry: Entry<unknown>, path: string, value: string | undefined) => {
    if (value !== undefined && !ids[kind].has(value)) {
      add(entry, path, `the id of an existing ${label} in ${kind}/ (found \`${value}\`)`);
    }
  };
  const role = expectRef('roles', 'role');
  const phase = expectRef('phases', 'phase');
  const checklist = expectRef('checklists', 'checklist');
  const risk = expectRef('risks', 'risk');

  for (const name of ['roles', 'phases', 'checklists', 'risks', 'plans'] as const) checkDuplicateIds(content[name], add);

  const orders = new Map<number, string>();
  for (const entry of content.phases) {
    const data = entry.data;
    const other = orders.get(data.order);
    if (other) add(entry, 'order', `an order number no other phase has (found ${data.order}, also used by ${other})`, 'duplicate');
    else orders.set(data.order, entry.file);
    data.dependsOn?.forEach((id, i) => phase(entry, `dependsOn[${i}]`, id));
    data.raci.responsible.forEach((id, i) => role(entry, `raci.responsible[${i}]`, id));
    role(entry, 'raci.accountable', data.raci.accountable);
    data.raci.consulted?.forEach((id, i) => role(entry, `raci.consulted[${i}]`, id));
    data.raci.informed?.forEach((id, i) => role(entry, `raci.informed[${i}]`, id));
    data.checklists?.forEach((id, i) => checklist(entry, `checklists[${i}]`, id));
    data.risks?.forEach((id, i) => risk(entry, `risks[${i}]`, id));
  }
  const phaseById = new Map(content.phases.map((entry) => [entry.id, entry]));
  for (const cycle of findCycles([...phaseById.keys()], (id) => (phaseById.get(id)?.data.dependsOn ?? []).filter((dep) => phaseById.has(dep)))) {
    const entry = phaseById.get(cycle[0]) as Entry<unknown>;
    add(entry, 'dependsOn', `phase dependencies without a cycle (found ${cycle.join(' → ')})`, 'cycle');
  }

  for (const entry of content.checklists) {
    phase(entry, 'phase', entry.data.phase);
    const seen = new Set<string>();
    entry.data.items.forEach((item, i) => {
      if (seen.has(item.id)) add(entry, `items[${i}].id`, `an item id unique in this checklist (found \`${item.id}\` twice)`, 'duplicate');
      seen.add(item.id);
      role(entry, `items[${i}].role`, item.role);
    });
  }

  for (const entry of content.risks) {
    role(entry, 'owner', entry.data.owner);
    entry.data.phases?.forEach((id, i) => phase(entry, `phases[${i}]`, id));
  }

  const roleInfo = content.roles.map((entry) => ({ id: entry.id, title: entry.data.title, kickoff: entry.data.kickoff }));
  const phaseTitles = new Map(content.phases.map((entry) => [entry.id, entry.data.title]));
  for (const entry of content.plans) {
    const before = findings.length;
    checkPlan(entry, add, { role, phase, checklist });
    if (findings.length > before) continue; // schedule only plans whose structure is sound
    const result = schedulePlan(entry.id, entry.data, { lang: options.lang, roles: roleInfo, phaseTitles, iterations: options.iterations ?? 0 });
    const scheduleFindings = result.ok ? result.schedule.findings : result.findings;
    for (const finding of scheduleFindings) add(entry, finding.path, finding.message, finding.code, finding.severity);
  }

  if (options.strict) for (const finding of findings) finding.severity = 'error';
  return findings.sort(compareFindings);
}

function checkDuplicateIds(entries: readonly Entry<unknown>[], add: Add) {
  const first = new Map<string, string>();
  for (const entry of entries) {
    const other = first.get(entry.id);
    if (other) add(entry, '', `a file name (id) unique in its collection (found \`${entry.id}\`, also ${other})`, 'duplicate');
    else first.set(entry.id, entry.file);
  }
}

type RefCheck = (entry: Entry<unknown>, path: string, value: string | undefined) => void;

function checkPlan(entry: Entry<Plan>, add: Add, refs: { role: RefCheck; phase: RefCheck; checklist: RefCheck }) {
  const plan = entry.data;
  if (!isKnownRegion(plan.calendar.region)) {
    add(entry, 'calendar.region', `a region with known public holidays, such as \`DE\`, \`DE-BY\`, \`AT\` or \`CH-ZH\` (found \`${plan.calendar.region}\`)`, 'unknown-region');
  }
  plan.checklists?.forEach((id, i) => refs.checklist(entry, `checklists[${i}]`, id));

  const people = new Set<string>();
  plan.team.forEach((person, i) => {
    if (people.has(person.id)) add(entry, `team[${i}].id`, `a person id unique in the plan (found \`${person.id}\` twice)`, 'duplicate');
    people.add(person.id);
    refs.role(entry, `team[${i}].role`, person.role);
  });

  const tasks = new Map<string, Plan['tasks'][number]>();
  plan.tasks.forEach((task, i) => {
    if (tasks.has(task.id)) add(entry, `tasks[${i}].id`, `a task id unique in the plan (found \`${task.id}\` twice)`, 'duplicate');
    tasks.set(task.id, task);
  });
  plan.tasks.forEach((task, i) => {
    refs.phase(entry, `tasks[${i}].phase`, task.phase);
    task.assignees?.forEach((id, j) => {
      if (!people.has(id)) add(entry, `tasks[${i}].assignees[${j}]`, `the id of a person in this plan's team (found \`${id}\`)`);
    });
    task.dependsOn?.forEach((dependency, j) => {
      const id = typeof dependency === 'string' ? dependency : dependency.task;
      const path = typeof dependency === 'string' ? `tasks[${i}].dependsOn[${j}]` : `tasks[${i}].dependsOn[${j}].task`;
      if (!tasks.has(id)) add(entry, path, `the id of a task in this plan (found \`${id}\`)`);
    });
  });
  const dependencies = (id: string) =>
    (tasks.get(id)?.dependsOn ?? []).map((dependency) => (typeof dependency === 'string' ? dependency : dependency.task)).filter((dep) => tasks.has(dep));
  for (const cycle of findCycles([...tasks.keys()], dependencies)) {
    const index = plan.tasks.findIndex((task) => task.id === cycle[0]);
    add(entry, `tasks[${index}].dependsOn`, `task dependencies without a cycle (found ${cycle.join(' → ')})`, 'cycle');
  }

  if (plan.buffer?.before !== undefined) {
    const target = tasks.get(plan.buffer.before);
    if (!target) add(entry, 'buffer.before', `the id of a milestone task in this plan (found \`${plan.buffer.before}\`)`);
    else if (!target.milestone) add(entry, 'buffer.before', `the id of a milestone task, one with \`milestone: true\` (found \`${plan.buffer.before}\`, which is not a milestone)`);
  }
}
