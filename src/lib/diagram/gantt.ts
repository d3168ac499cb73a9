import { formatDate } from '../format-date.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Schedule, ScheduledTask } from '../schedule/schedule-plan.ts';
import { headerLines, diagramText, type DiagramSource } from './diagram-source.ts';
import { ganttTaskName, mermaidText } from './escape.ts';
import { ganttAxisLines } from './gantt-axis.ts';
import { ganttBarLine, type GanttBar } from './gantt-bar.ts';
import { excludedDayTokens } from './gantt-excludes.ts';
import { ganttFrontmatter } from './gantt-frontmatter.ts';
import { phaseSections, type GanttSection } from './gantt-sections.ts';
import { diagramLabels, type DiagramLabels } from './labels.ts';

export type { DiagramSource } from './diagram-source.ts';

export interface GanttOptions {
  title: string;
  lang: Lang;
  /** Section titles by phase id; a phase missing here is shown by its id. */
  phaseTitles?: ReadonlyMap<string, string>;
  /**
   * Draw mermaid's line for the viewer's today. Off by default: a diagram rendered at build time
   * would freeze the build day.
   */
  todayMarker?: boolean;
  /**
   * Draw the title above the chart (default). A page shows the diagram in a card captioned with
   * the title already, so it leaves it out; an exported `.mmd` stands alone and keeps it.
   */
  titleLine?: boolean;
  /** People's names by id, for the bars' tooltips; an id missing here is shown as it is. */
  people?: ReadonlyMap<string, string>;
}

/**
 * Mermaid gantt source of a schedule: one section per phase (then "other tasks", then the buffer),
 * explicit start and end dates on every bar, `crit`/`done`/`active`/`milestone` tags, the slip
 * against the baseline after the title of each task that moved, and the
 * plan's non-working days shaded through one `excludes` line. Long section titles add a
 * frontmatter block before `gantt` that widens the title column.
 */
export function ganttDiagram(schedule: Schedule, options: GanttOptions): DiagramSource {
  const labels = diagramLabels(options.lang);
  const sections = phaseSections(schedule.tasks, options.phaseTitles, labels.otherTasks, (task) => ganttBarName(task, labels));
  const buffer = bufferSection(schedule, options.lang);
  if (buffer) sections.push(buffer);
  return ganttChart(schedule, { sections, tasks: schedule.tasks, wholePlan: true }, options);
}

/** What one chart of a schedule shows: all of it, or a part (one phase, or one bar per phase). */
export interface GanttChartParts {
  sections: GanttSection[];
  /** The tasks the chart stands for, counted in its description. */
  tasks: readonly ScheduledTask[];
  /**
   * The chart covers the whole plan: its axis runs from the kick-off to the committed finish at
   * least, and the status line is drawn wherever it falls. A part's axis spans its bars only, and
   * shows the status line only when it falls inside (mermaid would widen the axis to reach it).
   */
  wholePlan: boolean;
}

/** Mermaid gantt source of `parts` of a schedule (see `ganttDiagram`). */
export function ganttChart(schedule: Schedule, parts: GanttChartParts, options: GanttOptions): DiagramSource {
  const labels = diagramLabels(options.lang);
  const { sections, tasks } = parts;
  const bars = sections.flatMap((section) => section.bars);
  const first = bars.reduce((min, bar) => (bar.start < min ? bar.start : min), parts.wholePlan ? schedule.kickoff : bars[0].start);
  const last = bars.reduce((max, bar) => (bar.finish > max ? bar.finish : max), parts.wholePlan ? schedule.committedFinish : bars[0].finish);

  const description = labels.ganttDescription({
    tasks: tasks.filter((task) => !task.milestone).length,
    milestones: tasks.filter((task) => task.milestone).length,
    sections: sections.length,
    critical: tasks.filter((task) => task.critical).length,
    start: first,
    finish: last,
    bufferDays: schedule.buffer.days,
    committedFinish: schedule.committedFinish,
    statusDate: schedule.statusDate,
    moved: tasks.filter((task) => task.slip).length,
  });

  const excludes = excludedDayTokens(schedule.calendar, first, last);
  // The status date as a vertical line (mermaid's `vert`), from the content, never the build clock.
  const status = schedule.statusDate;
  const statusLine =
    status && (parts.wholePlan || (status >= first && status <= last))
      ? [`${ganttTaskName(labels.statusLine(formatDate(status, options.lang)))}:vert, status, ${status}, ${status}`]
      : [];
  const statements = [
    ...headerLines(options.title, description, { titleLine: options.titleLine ?? true }),
    'dateFormat YYYY-MM-DD',
    ...ganttAxisLines(first, last, options.lang),
    ...(excludes.length ? [`excludes ${excludes.join(', ')}`] : []),
    ...(options.todayMarker ? [] : ['todayMarker off']),
    ...sections.flatMap(sectionLines),
    ...statusLine,
  ];
  const source = ganttFrontmatter(sections.map((section) => section.title)) + diagramText('gantt', statements);
  return { source, title: options.title, description };
}

/**
 * A bar's label: the task's title, and where the task finishes off its baseline (rule B5) the
 * slip, so that what moved reads at a glance. A second bar per task would double the chart's
 * height, and a longer label (with the baseline date) pushes mermaid's outside labels on the
 * right half over the section titles.
 */
export function ganttBarName(task: ScheduledTask, labels: DiagramLabels): string {
  return task.slip ? labels.baselineSlip(task.title, task.slip) : task.title;
}

/** The buffer's section: one bar, with a baseline what is left of the buffer (rule B1). */
export function bufferSection(schedule: Schedule, lang: Lang): GanttSection | undefined {
  const { days, start, finish } = schedule.buffer;
  if (days <= 0 || !start || !finish) return undefined;
  const labels = diagramLabels(lang);
  const bar: GanttBar = { id: 'buffer', name: labels.bufferBar(schedule.buffer.remaining ?? days), tags: [], start, finish };
  return { title: labels.bufferSection, bars: [bar] };
}

function sectionLines(section: GanttSection): string[] {
  // `section` takes the rest of its line, so only entities matter; an empty title would be a
  // parse error (`section\s[^\n]+`), hence the fallback to a visible dash.
  return [`section ${mermaidText(section.title) || '-'}`, ...section.bars.map(ganttBarLine)];
}
