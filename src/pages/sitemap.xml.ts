import type { APIRoute } from 'astro';
import { config, siteData } from '../site/site-data.ts';
import { planChecklistIds } from '../lib/plan-checklists.ts';
import { pagePaths } from '../site/page-paths.ts';

/** A sitemap of every reading page; written by hand so that it needs no extra integration. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const paths = [
    '',
    'phasen/', 'rollen/', 'checklisten/', 'risiken/', 'plaene/', pagePaths.print,
    ...data.phases.map((entry) => pagePaths.phase(entry.id)),
    ...data.roles.map((entry) => pagePaths.role(entry.id)),
    ...data.checklists.map((entry) => pagePaths.checklist(entry.id)),
    ...data.risks.map((entry) => pagePaths.risk(entry.id)),
    ...data.plans.map((entry) => pagePaths.plan(entry.id)),
    ...data.plans.flatMap((plan) => planChecklistIds(plan.data, data.phases, data.checklists).map((id) => pagePaths.planChecklist(plan.id, id))),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(`${config.base}${path}`, config.site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
