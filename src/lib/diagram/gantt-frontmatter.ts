/** Mermaid's default width of the gantt's section-title column (`gantt.leftPadding`), in px. */
const DEFAULT_LEFT_PADDING = 75;
const MAX_LEFT_PADDING = 260;
/** Rough width of one character at the default `sectionFontSize` of 11 px, in px. */
const CHARACTER_WIDTH = 6.5;

/**
 * Mermaid draws section titles at x = 10 in a column `leftPadding` wide and never wraps them, so
 * titles longer than about ten characters run into the bars. When needed, a frontmatter block
 * widens that column for this diagram only (capped, so that bars keep most of the width).
 * The block holds numbers only; nothing from the plan is written into the YAML.
 */
export function ganttFrontmatter(sectionTitles: readonly string[]): string {
  const longest = sectionTitles.reduce((max, title) => Math.max(max, Array.from(title).length), 0);
  const width = Math.min(MAX_LEFT_PADDING, Math.ceil(longest * CHARACTER_WIDTH) + 20);
  if (width <= DEFAULT_LEFT_PADDING) return '';
  return ['---', 'config:', '  gantt:', `    leftPadding: ${width}`, '---', ''].join('\n');
}
