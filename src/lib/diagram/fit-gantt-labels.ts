/**
 * Moves and shortens the labels of a gantt chart that mermaid has drawn into the document, so
 * that none runs into the section-title column, off the chart, or into another label.
 *
 * Mermaid puts a label that does not fit into its bar to the bar's right, unless
 * `end + label + 1.5 × leftPadding` exceeds the chart's width; then to its left, however far that
 * reaches (ganttRenderer in mermaid 12). With a wide title column that sends labels in the right
 * half over the section titles. Here each outside label keeps mermaid's side when it fits there,
 * else takes the other side when that fits, else the side with more room, shortened with "…" and
 * the full text in a `<title>` (the tooltip). Section titles wider than their column are shortened
 * the same way. It measures text, so it runs where the SVG is laid out: in the build's Chromium
 * right after mermaid rendered (render-mermaid.ts) and in the reader's browser for the fallback.
 *
 * Each outside label gets its final width in `data-width`.
 *
 * Self-contained on purpose (no imports, no helpers outside the function): the build passes its
 * source text to the browser.
 */
export function fitGanttLabels(svg: SVGSVGElement): void {
  // Distance between a bar and its outside label (mermaid's), and the margin kept to the edges.
  const LABEL_GAP = 5;
  const MARGIN = 4;
  const ELLIPSIS = '…';
  const grid = svg.querySelector('g.grid')?.getAttribute('transform') ?? '';
  const columnEnd = Number(/translate\(\s*([-\d.]+)/.exec(grid)?.[1] ?? 0);
  const chartEnd = svg.viewBox.baseVal.width || Number(svg.getAttribute('width')) || 0;
  if (!columnEnd || !chartEnd) return;

  // Shortens `text` to `room` user units, keeping the full text as its tooltip.
  const shorten = (text: SVGTextElement, room: number): void => {
    const full = (text.textContent ?? '').trim();
    const characters = Array.from(full);
    let low = 0;
    let high = characters.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      text.textContent = characters.slice(0, middle).join('').trimEnd() + ELLIPSIS;
      if (text.getComputedTextLength() <= room) low = middle;
      else high = middle - 1;
    }
    text.textContent = characters.slice(0, low).join('').trimEnd() + ELLIPSIS;
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = full;
    text.append(title);
  };

  for (const title of svg.querySelectorAll<SVGTextElement>('text.sectionTitle')) {
    const room = columnEnd - MARGIN - Number(title.getAttribute('x') ?? 0);
    if (title.getComputedTextLength() > room) shorten(title, room);
  }

  for (const text of svg.querySelectorAll<SVGTextElement>('text.taskTextOutsideLeft, text.taskTextOutsideRight')) {
    const bar = svg.querySelector(`rect[id="${CSS.escape(text.id.replace(/-text$/, ''))}"]`);
    if (!bar) continue;
    const x = Number(bar.getAttribute('x'));
    const width = Number(bar.getAttribute('width'));
    const height = Number(bar.getAttribute('height'));
    // A milestone is drawn as a diamond of the bar's height around the middle of its day.
    const milestone = bar.classList.contains('milestone');
    const left = milestone ? x + width / 2 - height / 2 : x;
    const right = milestone ? x + width / 2 + height / 2 : x + width;
    const roomRight = chartEnd - MARGIN - (right + LABEL_GAP);
    const roomLeft = left - LABEL_GAP - (columnEnd + MARGIN);
    const length = text.getComputedTextLength();
    const mermaidSide = text.classList.contains('taskTextOutsideLeft') ? 'left' : 'right';
    const fits = (side: string) => length <= (side === 'left' ? roomLeft : roomRight);
    const otherSide = mermaidSide === 'left' ? 'right' : 'left';
    const side = fits(mermaidSide) ? mermaidSide : fits(otherSide) ? otherSide : roomLeft > roomRight ? 'left' : 'right';
    if (side !== mermaidSide) {
      text.classList.replace(
        mermaidSide === 'left' ? 'taskTextOutsideLeft' : 'taskTextOutsideRight',
        side === 'left' ? 'taskTextOutsideLeft' : 'taskTextOutsideRight',
      );
      text.setAttribute('x', String(side === 'left' ? left - LABEL_GAP : right + LABEL_GAP));
    }
    if (!fits(side)) shorten(text, side === 'left' ? roomLeft : roomRight);
    // The label's final width, for the arrows drawn afterwards to pass beside it (gantt-arrows.ts):
    // mermaid writes one (`width-…`) only for labels it put on the right, before any fitting.
    text.dataset.width = String(Math.round(text.getComputedTextLength() * 10) / 10);
  }
}
