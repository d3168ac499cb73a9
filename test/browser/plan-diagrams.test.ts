// Gates 2, 6 and 7: the plan pages' diagrams.
// 2. The Gantt SVG shows one bar per task of the plan's JSON export (milestones included, as
//    mermaid draws them as rotated `rect.task.milestone`), plus one for the buffer when it has days.
// 6. With build-time SVGs a plan page works without JavaScript: Gantt with its bars, schedule
//    table with its rows, and no diagram anywhere left for the client.
// A generated plan of 200 tasks gets an overview and one chart per phase, with every dependency
//    drawn exactly once among them.
// 7. The KICKOFF_CHROMIUM=off build ships `pre[data-mermaid]` sources; with JavaScript, Chromium
//    turns them into SVGs after load, and no page loads anything from another origin (no CDN).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/lib/content/parse-entry.ts';
import { translation } from '../../src/lib/i18n/index.ts';
import { LARGE_PLAN_SIZE, writeLargePlanContent } from '../helpers/large-plan.ts';
import { browserTab, htmlFiles, largePlanId, largePlanSite, mainSite, ROOT, settle, subSite, TEMPLATE_PAGES, type Site } from './helpers.ts';

interface PlanJson {
  plan: string;
  buffer: { days: number; start: string | null };
  tasks: Array<{ id: string; title: string; milestone: boolean; start: string; finish: string; dependsOn: string[]; slip?: number | null }>;
}

/** A bar's label on the German sample site: the title, and the slip of a task that moved off its baseline. */
const barLabel = ({ title, slip }: PlanJson['tasks'][number]) => (slip ? `${title.trim()} (${slip > 0 ? '+' : '−'}${Math.abs(slip)} AT)` : title.trim());

const plansOf = (site: Site): PlanJson[] =>
  readdirSync(path.join(site.dist, 'plaene'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(site.dist, 'plaene', file), 'utf8')) as PlanJson);

const tab = browserTab();

interface GanttCount {
  svgs: number;
  bars: number;
  milestones: number;
  texts: string[];
  shortened: { shown: string; full: string }[];
  /** Each bar's tooltip (`<title>`), '' for a bar without one. */
  barTitles: string[];
  arrows: number;
}

const countGantt = (): Promise<GanttCount> =>
  tab.page.evaluate(`(() => {
    const svgs = document.querySelectorAll('figure.diagram--gantt svg');
    const svg = svgs[0];
    return {
      svgs: svgs.length,
      bars: svg ? svg.querySelectorAll('rect.task:not(.vert)').length : 0,
      milestones: svg ? svg.querySelectorAll('rect.task.milestone').length : 0,
      // A label shortened to fit carries its full text in a <title> (its tooltip).
      texts: svg ? [...svg.querySelectorAll('text')].map((text) => text.querySelector('title')?.textContent ?? text.textContent) : [],
      shortened: svg
        ? [...svg.querySelectorAll('text')].filter((text) => text.querySelector('title')).map((text) => ({ shown: text.firstChild.textContent, full: text.querySelector('title').textContent }))
        : [],
      barTitles: svg ? [...svg.querySelectorAll('rect.task:not(.vert)')].map((bar) => bar.querySelector('title')?.textContent ?? '') : [],
      arrows: svg ? svg.querySelectorAll('path.gantt-arrow').length : 0,
    };
  })()`) as Promise<GanttCount>;

function expectBarsMatch(gantt: GanttCount, plan: PlanJson) {
  // The buffer bar shows what is left of it (rule B1 with a baseline); the status line is no bar.
  const expected = plan.tasks.length + (plan.buffer.start ? 1 : 0);
  expect(gantt.svgs, `${plan.plan}: Gantt SVGs`).toBe(1);
  expect(gantt.bars, `${plan.plan}: rect.task bars (${plan.tasks.length} tasks${plan.buffer.start ? ' + buffer' : ''})`).toBe(expected);
  expect(gantt.milestones, `${plan.plan}: milestone bars`).toBe(plan.tasks.filter((task) => task.milestone).length);
  // Every task is labelled with its full name (entities such as #58; decoded) and its slip.
  const missing = plan.tasks.filter((task) => !gantt.texts.some((text) => text.trim() === barLabel(task)));
  expect(
    missing.map((task) => `${task.id}: ${task.title}`),
    `${plan.plan}: task names missing in the Gantt`,
  ).toEqual([]);
  // Every bar carries a tooltip; a task's names the task and its exact dates as readers read them.
  expect(
    gantt.barTitles.filter((title) => !title),
    `${plan.plan}: bars without a <title>`,
  ).toEqual([]);
  const readerDate = translation('de').format.readerDate;
  for (const task of plan.tasks) {
    const dates = task.start === task.finish ? readerDate(task.start) : `${readerDate(task.start)} – ${readerDate(task.finish)}`;
    expect(
      gantt.barTitles.some((title) => title.startsWith(`${task.title.trim()}\n${dates}\n`)),
      `${plan.plan}: a tooltip for ${task.id} with ${dates}`,
    ).toBe(true);
  }
  // What a shortened label shows is the start of its full text, and says so with an ellipsis.
  for (const { shown, full } of gantt.shortened) {
    expect(shown.endsWith('…'), shown).toBe(true);
    expect(full.startsWith(shown.slice(0, -1).trimEnd()), `${shown} / ${full}`).toBe(true);
  }
}

describe('gate 2: Gantt bars (build-time SVG)', () => {
  test.each(plansOf(mainSite()).map((plan) => [plan.plan, plan] as const))('%s: one bar per task', async (id, plan) => {
    const site = mainSite();
    await tab.page.goto(`${site.url}plaene/${id}/`, { waitUntil: 'load' });
    expectBarsMatch(await countGantt(), plan);
  });
});

/** Every dependency a plan's content file declares, as "predecessor → successor", read from its front matter. */
function declaredDependencies(plan: string): string[] {
  const file = `plans/${plan}.mdx`;
  const { parsed } = parseEntryFile(file, readFileSync(path.join(ROOT, 'content', file), 'utf8'), translation('de'));
  const tasks = (parsed?.data as { tasks?: { id: string; dependsOn?: (string | { task: string })[] }[] } | undefined)?.tasks ?? [];
  return tasks.flatMap((task) => (task.dependsOn ?? []).map((dependency) => `${typeof dependency === 'string' ? dependency : dependency.task} → ${task.id}`));
}

describe('dependency arrows in the Gantt SVG', () => {
  test.each(plansOf(mainSite()).map((plan) => plan.plan))(
    '%s: exactly one arrow per dependency of the content file, on the plan page and in its binder',
    (id) => {
      const expected = declaredDependencies(id).sort();
      expect(expected.length).toBeGreaterThan(0);
      for (const page of [`plaene/${id}/index.html`, `plaene/${id}/mappe/index.html`]) {
        const html = readFileSync(path.join(mainSite().dist, page), 'utf8');
        const gantt = /<figure[^>]*diagram--gantt[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
        const arrows = [...gantt.matchAll(/<path class="gantt-arrow[^"]*" data-from="([^"]+)" data-to="([^"]+)"/g)].map((match) => `${match[1]} → ${match[2]}`);
        expect(arrows.sort(), page).toEqual(expected);
      }
    },
  );

  test('critical arrows are drawn in the colour of critical work, the others not', async () => {
    await tab.page.goto(`${mainSite().url}plaene/musterhandel-pim/`, { waitUntil: 'load' });
    const colours = await tab.page.evaluate(() => {
      const stroke = (selector: string) => getComputedStyle(document.querySelector(selector)!).stroke;
      return { critical: stroke('.gantt-arrow--critical'), normal: stroke('.gantt-arrow:not(.gantt-arrow--critical)') };
    });
    expect(colours.critical).not.toBe(colours.normal);
    expect(colours.critical).not.toBe('none');
  });
});

/**
 * In the page: arrows that run through a label outside its bar, with the label's box as Chromium
 * laid it out (getBBox), not as the build estimated it.
 */
const arrowsThroughLabels = (): Promise<string[]> =>
  tab.page.evaluate(`(() => {
    const found = [];
    for (const svg of document.querySelectorAll('figure.diagram--gantt svg')) {
      const labels = [...svg.querySelectorAll('text.taskTextOutsideLeft, text.taskTextOutsideRight')].map((text) => ({ text: text.textContent, box: text.getBBox() }));
      for (const arrow of svg.querySelectorAll('path.gantt-arrow')) {
        const points = [];
        for (const [, command, a, b] of arrow.getAttribute('d').matchAll(/([MHV])([-\\d.]+)(?: ([-\\d.]+))?/g)) {
          const [x, y] = points.at(-1) ?? [0, 0];
          points.push(command === 'M' ? [+a, +b] : command === 'H' ? [+a, y] : [x, +a]);
        }
        for (const { text, box } of labels) {
          const hit = points.slice(1).some(([x2, y2], i) => {
            const [x1, y1] = points[i];
            return Math.max(x1, x2) > box.x && Math.min(x1, x2) < box.x + box.width && Math.max(y1, y2) > box.y && Math.min(y1, y2) < box.y + box.height;
          });
          if (hit) found.push(arrow.dataset.from + ' → ' + arrow.dataset.to + ' through ' + text);
        }
      }
    }
    return found;
  })()`) as Promise<string[]>;

describe('arrows run beside the labels of the rows they pass', () => {
  test.each(plansOf(mainSite()).map((plan) => plan.plan))('%s', async (id) => {
    await tab.page.goto(`${mainSite().url}plaene/${id}/`, { waitUntil: 'load' });
    expect(await arrowsThroughLabels()).toEqual([]);
  });

  test(`the generated plan of ${LARGE_PLAN_SIZE} tasks`, async () => {
    await tab.page.goto(`${largePlanSite().url}plaene/${largePlanId()}/`, { waitUntil: 'load' });
    expect(await arrowsThroughLabels()).toEqual([]);
  });
});

describe('gate 6: plan pages without JavaScript', () => {
  test('every diagram of the main build was rendered at build time (no pre[data-mermaid] left)', () => {
    const site = mainSite();
    const pending = htmlFiles(site.dist).filter((file) => readFileSync(path.join(site.dist, file), 'utf8').includes('data-mermaid'));
    expect(pending, 'pages whose diagrams are left for the browser although Chromium was there at build time').toEqual([]);
  });

  test.each(plansOf(mainSite()).map((plan) => [plan.plan, plan] as const))('%s: Gantt and schedule table with JavaScript disabled', async (id, plan) => {
    const site = mainSite();
    const noJs = await tab.browser.context.newPage();
    try {
      const cdp = await tab.browser.context.newCDPSession(noJs);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await noJs.goto(`${site.url}plaene/${id}/`, { waitUntil: 'load' });
      // The page's own scripts did not run: the theme toggle script marks its button.
      expect(await noJs.locator('[data-theme-toggle]').getAttribute('data-current')).toBeNull();
      const counts = await noJs.locator('figure.diagram--gantt svg').evaluateAll((svgs) => ({
        svgs: svgs.length,
        bars: svgs[0] ? svgs[0].querySelectorAll('rect.task:not(.vert)').length : 0,
      }));
      expect(counts.svgs).toBe(1);
      expect(counts.bars).toBe(plan.tasks.length + (plan.buffer.start ? 1 : 0));
      expect(await noJs.locator('figure.diagram--gantt').isVisible()).toBe(true);
      const rows = await noJs.locator('table.schedule tbody tr[data-task]').count();
      expect(rows).toBe(plan.tasks.length);
      expect(await noJs.locator('table.schedule').isVisible()).toBe(true);
      expect(await noJs.locator('pre[data-mermaid]').count()).toBe(0);
    } finally {
      await noJs.close();
    }
  });
});

describe('gate 7: no-browser build (KICKOFF_CHROMIUM=off, base /playbook/)', () => {
  test.each(plansOf(subSite()).map((plan) => [plan.plan, plan] as const))('%s: diagram sources in the HTML become SVGs in the browser', async (id, plan) => {
    const site = subSite();
    const html = readFileSync(path.join(site.dist, 'plaene', id, 'index.html'), 'utf8');
    expect(html).toContain('data-mermaid');
    expect(html.match(/<figure[^>]*diagram--gantt[\s\S]*?<\/figure>/)?.[0] ?? '', 'the Gantt figure in the HTML').not.toContain('<svg');

    const foreign: string[] = [];
    const origin = new URL(site.url).origin;
    const listener = (request: { url(): string }) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    };
    tab.page.on('request', listener);
    try {
      await tab.page.goto(`${site.url}plaene/${id}/`, { waitUntil: 'load' });
      await expect.poll(() => tab.page.locator('pre[data-mermaid]').count(), { timeout: 30_000 }).toBe(0);
      expect(await tab.page.locator('.diagram__client').count()).toBe(0);
      const gantt = await countGantt();
      expectBarsMatch(gantt, plan);
      // The browser draws the arrows the build would have drawn.
      expect(gantt.arrows, `${id}: arrows drawn in the browser`).toBe(plan.tasks.flatMap((task) => task.dependsOn).length);
      await settle(tab.page);
    } finally {
      tab.page.off('request', listener);
    }
    expect(foreign, 'requests to another origin').toEqual([]);
  });

  test('no template page loads a resource from another origin (root and sub-path builds)', async () => {
    const foreign: string[] = [];
    for (const site of [mainSite(), subSite()]) {
      const origin = new URL(site.url).origin;
      const listener = (request: { url(): string }) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${tab.page.url()} → ${url}`);
      };
      tab.page.on('request', listener);
      try {
        for (const template of TEMPLATE_PAGES) {
          // 'load' only: the plan page's lazily loaded mermaid chunks were watched in the test above.
          await tab.page.goto(`${site.url}${template.path}`, { waitUntil: 'load' });
        }
      } finally {
        tab.page.off('request', listener);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe(`a generated plan of ${LARGE_PLAN_SIZE} tasks: overview and one Gantt per phase`, () => {
  // The plan's tasks as its content file declares them, read from a fresh copy of the generated
  // content (the generator is deterministic), not from anything the build wrote.
  const declared = (() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kickoff-large-plan-test-'));
    try {
      const content = writeLargePlanContent(dir);
      const [file] = readdirSync(path.join(content, 'plans'));
      const { parsed } = parseEntryFile(`plans/${file}`, readFileSync(path.join(content, 'plans', file), 'utf8'), translation('de'));
      return (parsed?.data as { tasks: { id: string; phase: string; dependsOn?: (string | { task: string })[] }[] }).tasks;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  const phaseOf = new Map(declared.map((task) => [task.id, task.phase]));
  const dependencies = declared.flatMap((task) =>
    (task.dependsOn ?? []).map((dependency) => ({ from: typeof dependency === 'string' ? dependency : dependency.task, to: task.id })),
  );
  const phases = [...new Set(declared.map((task) => task.phase))];

  interface Chart {
    overview: boolean;
    svgs: number;
    bars: string[];
    arrows: { from: string; to: string }[];
  }
  const chartsOf = (html: string): Chart[] =>
    [...html.matchAll(/<figure[^>]*class="[^"]*diagram--gantt[^"]*"[\s\S]*?<\/figure>/g)].map(([figure]) => ({
      overview: /class="[^"]*diagram--gantt-overview/.test(figure.slice(0, figure.indexOf('>'))),
      svgs: figure.match(/<svg\b/g)?.length ?? 0,
      bars: [...figure.matchAll(/<rect id="[^"]+-(t\d+)"/g)].map((match) => match[1]),
      arrows: [...figure.matchAll(/<path class="gantt-arrow[^"]*" data-from="([^"]+)" data-to="([^"]+)"/g)].map((match) => ({ from: match[1], to: match[2] })),
    }));
  const key = (link: { from: string; to: string }) => `${link.from} → ${link.to}`;

  test.each(['', 'mappe/'])('plan page and binder (%s): one arrow per dependency across the overview and the phase charts, each in its place', (page) => {
    expect(declared).toHaveLength(LARGE_PLAN_SIZE);
    expect(dependencies.length).toBeGreaterThan(LARGE_PLAN_SIZE);
    const html = readFileSync(path.join(largePlanSite().dist, 'plaene', largePlanId(), page, 'index.html'), 'utf8');
    const charts = chartsOf(html);
    expect(charts.map((chart) => chart.overview)).toEqual([true, ...phases.map(() => false)]);
    for (const chart of charts) expect(chart.svgs, 'every chart rendered at build').toBe(1);

    const drawn = charts.flatMap((chart) => chart.arrows.map(key)).sort();
    expect(drawn).toEqual(dependencies.map(key).sort());
    // Inside a phase in that phase's chart, between phases in the overview.
    const [overview, ...phaseCharts] = charts;
    expect(overview.arrows.filter((link) => phaseOf.get(link.from) === phaseOf.get(link.to)).map(key)).toEqual([]);
    phaseCharts.forEach((chart, index) => {
      const own = declared.filter((task) => task.phase === phases[index]);
      expect(chart.bars, `bars of the chart of ${phases[index]}`).toHaveLength(own.length);
      expect(chart.arrows.filter((link) => phaseOf.get(link.from) !== phases[index] || phaseOf.get(link.to) !== phases[index]).map(key)).toEqual([]);
    });
    // The overview: one summary bar per phase, and the milestones.
    expect([...html.matchAll(/<rect id="[^"]+-(p\d+)"/g)]).toHaveLength(phases.length);
  });
});
