import { PAGED_COLLECTIONS } from '../lib/registry/collections.ts';
import type { SitePaths } from '../lib/registry/site-paths.ts';

export interface Route {
  pattern: string;
  entrypoint: URL;
}

/** The export formats of a plan's schedule, each an endpoint of its own. */
export const PLAN_EXPORTS = ['ics', 'csv', 'xlsx', 'xml', 'json', 'mmd', 'tjp'] as const;
export type PlanExport = (typeof PLAN_EXPORTS)[number];

const template = (file: string) => new URL(`../templates/${file}`, import.meta.url);

/**
 * Every page of a collection or the print compilation, with the URL its language gives it.
 * Each collection's templates sit in `src/templates/<name>/`; the home page, the 404 page and
 * the sitemap are the same in every language and stay in `src/pages/`.
 */
export function routeTable(paths: SitePaths): Route[] {
  const routes: Route[] = PAGED_COLLECTIONS.flatMap((name) => [
    { pattern: `/${paths.segment(name)}`, entrypoint: template(`${name}/list.astro`) },
    { pattern: `/${paths.segment(name)}/[id]`, entrypoint: template(`${name}/entry.astro`) },
  ]);
  const plans = paths.segment('plans');
  routes.push({ pattern: `/${plans}/[id]/${paths.segment('checklists')}/[checklist]`, entrypoint: template('plans/checklist.astro') });
  routes.push({ pattern: `/${plans}/[id]/status`, entrypoint: template('plans/status.astro') });
  routes.push({ pattern: `/${plans}/[id]/${paths.binderSegment}`, entrypoint: template('plans/binder.astro') });
  routes.push({ pattern: `/${plans}/[id]/${paths.calendarSegment}/[person].ics`, entrypoint: template('plans/person-ics.ts') });
  for (const format of PLAN_EXPORTS) routes.push({ pattern: `/${plans}/[id].${format}`, entrypoint: template(`plans/export-${format}.ts`) });
  routes.push({ pattern: `/${paths.printSegment}`, entrypoint: template('print.astro') });
  return routes;
}
