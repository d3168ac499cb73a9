/** A part of a printed document whose title runs at the top of each of its pages. */
export interface RunningHead {
  /** The part's page name (a CSS identifier), also the value of its `data-running-head`. */
  name: string;
  title: string;
}

/**
 * The print stylesheet that puts each part's title at the top of its pages.
 *
 * Chromium has neither `string-set`/`string()` nor `position: running()`, so a margin box cannot
 * pick up the heading it runs under. It does have named pages (`page: NAME`) and margin boxes per
 * named `@page` rule, so each part becomes a named page whose top-left margin box holds its title
 * as a fixed string; the footer ("Seite 3 von 23") comes from the unnamed `@page` rule, which every
 * named page inherits. A change of page name forces a page break, so parts start on a new page.
 * A landscape piece inside a part (`.print-landscape`: the Gantt, the schedule table) gets a
 * landscape variant of the part's page, since the shared `gantt` page would lose the title.
 *
 * The selectors carry the attribute and the class, so that they win over `.print-landscape`'s
 * plain `page: gantt` in site.css.
 */
export function runningHeadCss(heads: readonly RunningHead[]): string {
  return heads
    .map(({ name, title }) => {
      const box = `@top-left{content:${cssString(title)};font-size:9pt;color:#555}`;
      const part = `[data-running-head="${name}"]`;
      return (
        `@page ${name}{${box}}` +
        `@page ${name}-landscape{size:A4 landscape;margin:12mm;${box}}` +
        `@media print{${part}{page:${name}}${part}.print-landscape,${part} .print-landscape{page:${name}-landscape}}`
      );
    })
    .join('\n');
}

/**
 * A CSS string literal of `text`: quotes and backslashes escaped, line breaks as `\A`, and `<` as
 * `\3C` so that the text can never close the `<style>` element it is written into.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.codePointAt(0)!.toString(16).toUpperCase()} `)}"`;
}
