// Fallback when the build had no browser: mermaid (served by the site itself, no CDN) is loaded
// only on pages that still hold diagram sources, and draws them in place.
import type { Mermaid } from 'mermaid';
import { fitGanttLabels } from '../lib/diagram/fit-gantt-labels.ts';
import { drawGanttArrows, type GanttLink } from '../lib/diagram/gantt-arrows.ts';
import { addGanttBarTitles, type BarTitles } from '../lib/diagram/gantt-bar-titles.ts';
import { MERMAID_CLIENT_PATH, mermaidConfig } from '../lib/diagram/mermaid-config.ts';

export async function renderPendingDiagrams(): Promise<void> {
  const pending = [...document.querySelectorAll<HTMLElement>('pre[data-mermaid]')];
  if (pending.length === 0) return;
  const base = document.body.dataset.base ?? '/';
  const { default: mermaid } = (await import(/* @vite-ignore */ `${base}${MERMAID_CLIENT_PATH}`)) as { default: Mermaid };
  // Light colours as at build; the stylesheet turns the card dark on a dark screen.
  mermaid.initialize(mermaidConfig());
  for (const [index, element] of pending.entries()) {
    try {
      const { svg } = await mermaid.render(`client-diagram-${index}`, element.textContent ?? '');
      const container = document.createElement('div');
      container.className = 'diagram__svg';
      container.innerHTML = svg;
      element.closest('.diagram__client')?.replaceWith(container);
      const gantt = container.querySelector<SVGSVGElement>('svg[aria-roledescription="gantt"]');
      if (gantt) {
        fitGanttLabels(gantt);
        // After fitting, as at build: the arrows route around the labels where they ended up.
        const extras = element.dataset.gantt;
        if (extras) container.innerHTML = withGanttExtras(container.innerHTML, extras);
      }
    } catch (error) {
      element.insertAdjacentText('beforebegin', String(error));
    }
  }
}

/**
 * The arrows and bar tooltips the build would have drawn into the SVG (Diagram.astro hands them
 * over in `data-gantt`). Arrows that do not match the drawn bars are left out rather than failing
 * the chart: the reader still gets the chart.
 */
function withGanttExtras(svg: string, data: string): string {
  const { links, titles } = JSON.parse(data) as { links: GanttLink[]; titles: BarTitles };
  const arrows = drawGanttArrows(svg, links);
  return addGanttBarTitles(arrows.ok ? arrows.svg : svg, titles);
}
