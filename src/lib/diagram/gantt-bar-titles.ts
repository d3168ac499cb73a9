import { formatDate } from '../format-date.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';
import { taskBarId } from './gantt-bar.ts';
import { diagramLabels } from './labels.ts';

/** What a gantt bar's tooltip says. */
export interface BarFacts {
  title: string;
  /** First and last day the bar covers; the same day for a milestone. */
  start: string;
  finish: string;
  /** Names of the people on it; undefined for a bar that has no people (the buffer). */
  assignees?: string[];
  /** Total float in working days; `done` for finished work, undefined where float means nothing (the buffer). */
  float?: number | 'done';
  critical: boolean;
}

/** Each bar's tooltip text by bar id (`t3`, `p2`, `buffer`); plain text, not encoded. */
export type BarTitles = Record<string, string>;

/** People's names by id; an id missing here is shown as it is. */
export type PeopleNames = ReadonlyMap<string, string>;

/** What a task's bar says about it. */
export function taskBarFacts(task: ScheduledTask, people: PeopleNames = new Map()): BarFacts {
  return {
    title: task.title,
    start: task.start,
    finish: task.finish,
    assignees: task.assignees.map((id) => people.get(id) ?? id),
    // The scheduler has no float for done work (rule T4).
    float: task.float ?? 'done',
    critical: task.critical,
  };
}

/**
 * What a phase's summary bar says: its span, everyone on any of its tasks, and the float of its
 * tightest task, which is how much the phase as a whole can slip before the plan's finish moves.
 */
export function summaryBarFacts(title: string, tasks: readonly ScheduledTask[], people: PeopleNames = new Map()): BarFacts {
  const starts = tasks.map((task) => task.start).sort();
  const finishes = tasks.map((task) => task.finish).sort();
  const assignees = [...new Set(tasks.flatMap((task) => task.assignees))].map((id) => people.get(id) ?? id);
  const floats = tasks.flatMap((task) => (task.float === null ? [] : [task.float]));
  return {
    title,
    start: starts[0],
    finish: finishes[finishes.length - 1],
    assignees,
    float: floats.length ? Math.min(...floats) : 'done',
    critical: tasks.some((task) => task.critical),
  };
}

/** The buffer's bar: its days only (nobody works on it, and float means nothing there). */
export function bufferBarFacts(schedule: Schedule, lang: Lang): BarFacts | undefined {
  const { days, start, finish, remaining } = schedule.buffer;
  if (days <= 0 || !start || !finish) return undefined;
  return { title: diagramLabels(lang).bufferBar(remaining ?? days), start, finish, critical: false };
}

/**
 * A bar's tooltip, one line each: its title; its first and last day as readers read dates (one
 * date for a milestone); its people; its total float in working days, and whether it is critical.
 */
export function barTitleText(facts: BarFacts, lang: Lang): string {
  const words = diagramLabels(lang).barTitle;
  const day = (iso: string) => formatDate(iso, lang);
  const lines = [facts.title, facts.start === facts.finish ? day(facts.start) : `${day(facts.start)} – ${day(facts.finish)}`];
  if (facts.assignees) lines.push(`${words.assignees}: ${facts.assignees.length ? facts.assignees.join(', ') : words.nobody}`);
  if (facts.float === 'done') lines.push(`${words.float}: – (${words.done})`);
  else if (facts.float !== undefined) lines.push(`${words.float}: ${words.workingDays(facts.float)}${facts.critical ? ` (${words.criticalPath})` : ''}`);
  return lines.join('\n');
}

/** The titles of the task bars of `tasks` (with their places in the schedule) and of the buffer, if given. */
export function taskBarTitles(
  tasks: readonly { task: ScheduledTask; index: number }[],
  lang: Lang,
  people: PeopleNames = new Map(),
  buffer?: BarFacts,
): BarTitles {
  const titles: BarTitles = Object.fromEntries(tasks.map(({ task, index }) => [taskBarId(index), barTitleText(taskBarFacts(task, people), lang)]));
  if (buffer) titles.buffer = barTitleText(buffer, lang);
  return titles;
}

/**
 * Puts each bar's title into the SVG that mermaid rendered, as a `<title>` child of the bar's
 * rectangle (`<rect id="SVGID-t3" …>`): browsers show it as the bar's tooltip, and it survives
 * export, where mermaid's own hover text is lost. Bars without a title, and titles without a bar
 * (a chart shows part of a plan), are left alone.
 */
export function addGanttBarTitles(svg: string, titles: Readonly<BarTitles>): string {
  const svgId = /<svg\b[^>]*\bid="([^"]+)"/.exec(svg)?.[1];
  if (!svgId) return svg;
  const prefix = `<rect id="${svgId}-`;
  return svg.replace(new RegExp(`${escapeRegExp(prefix)}([\\w-]+)"([^>]*?)(/?)>`, 'g'), (whole, bar: string, rest: string, selfClosing: string) => {
    const title = Object.hasOwn(titles, bar) ? titles[bar] : undefined;
    if (title === undefined) return whole;
    const element = `<title>${text(title)}</title>`;
    return selfClosing ? `${prefix}${bar}"${rest}>${element}</rect>` : `${whole}${element}`;
  });
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
