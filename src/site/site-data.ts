import { getCollection, render } from 'astro:content';
import { loadConfig } from '../lib/config.ts';
import { UI } from '../lib/i18n/ui.ts';
import { cachedSchedulePlan } from '../lib/schedule/schedule-cache.ts';
import type { Schedule } from '../lib/schedule/schedule-plan.ts';
import { roleInfos } from '../lib/site-diagrams.ts';
import { pagePaths } from './page-paths.ts';

/** Site-wide settings and content, loaded once per build and shared by all pages. */
export const config = loadConfig();
export const lang = config.lang;
export const t = UI[lang];

export const href = (path = '') => `${config.base}${path.replace(/^\//, '')}`;
export const routes = {
  phase: (id: string) => href(pagePaths.phase(id)),
  role: (id: string) => href(pagePaths.role(id)),
  checklist: (id: string) => href(pagePaths.checklist(id)),
  risk: (id: string) => href(pagePaths.risk(id)),
  plan: (id: string) => href(pagePaths.plan(id)),
  planChecklist: (plan: string, checklist: string) => href(pagePaths.planChecklist(plan, checklist)),
  planExport: (plan: string, extension: string) => href(pagePaths.planExport(plan, extension)),
  print: () => href(pagePaths.print),
};

let cached: Promise<Awaited<ReturnType<typeof loadAll>>> | undefined;

async function loadAll() {
  const [roles, phases, checklists, risks, plans] = await Promise.all([
    getCollection('roles'),
    getCollection('phases'),
    getCollection('checklists'),
    getCollection('risks'),
    getCollection('plans'),
  ]);
  phases.sort((a, b) => a.data.order - b.data.order);
  const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, lang);
  roles.sort((a, b) => (a.data.side === b.data.side ? byTitle(a, b) : a.data.side === 'customer' ? -1 : 1));
  checklists.sort((a, b) => phaseOrder(phases, a.data.phase) - phaseOrder(phases, b.data.phase) || byTitle(a, b));
  risks.sort(byTitle);
  plans.sort(byTitle);
  const phaseTitles = new Map(phases.map((phase) => [phase.id, phase.data.title]));
  const schedules = new Map<string, Schedule>();
  for (const plan of plans) {
    const result = cachedSchedulePlan(plan.id, plan.data, { lang, roles: roleInfos(roles), phaseTitles });
    // Validation ran before the build and stops it on errors, so a plan always schedules here.
    if (result.ok) schedules.set(plan.id, result.schedule);
  }
  return {
    roles,
    phases,
    checklists,
    risks,
    plans,
    phaseTitles,
    schedules,
    role: new Map(roles.map((entry) => [entry.id, entry])),
    phase: new Map(phases.map((entry) => [entry.id, entry])),
    checklist: new Map(checklists.map((entry) => [entry.id, entry])),
    risk: new Map(risks.map((entry) => [entry.id, entry])),
  };
}

const phaseOrder = (phases: { id: string; data: { order: number } }[], id: string | undefined) => phases.find((phase) => phase.id === id)?.data.order ?? Number.MAX_SAFE_INTEGER;

export function siteData() {
  cached ??= loadAll();
  return cached;
}

export { render };
