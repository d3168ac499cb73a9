import { planChecklistIds } from '../plan-checklists.ts';
import { COLLECTIONS, PAGED_COLLECTIONS, type CollectionData, type CollectionName } from './collections.ts';
import type { SitePaths } from './site-paths.ts';

/** The entries of every collection, as the site and the command line both hold them. */
export type EntriesByCollection = { [Name in CollectionName]: readonly { id: string; data: CollectionData<Name> }[] };

/** Every reading page of the site, for the sitemap: home, lists, print, entries, plan checklists. */
export function sitemapPaths(content: EntriesByCollection, paths: SitePaths): string[] {
  return [
    '',
    ...PAGED_COLLECTIONS.map((name) => paths.list(name)),
    paths.print,
    ...PAGED_COLLECTIONS.flatMap((name) => content[name].map((entry) => paths.entry(name, entry.id))),
    ...planChecklistPaths(content, paths),
    ...statusReportPaths(content, paths),
  ];
}

/**
 * The pages printed to PDF at build. The print compilation and the plans' binders come first:
 * they are the longest (and printed twice, for their contents' page numbers), and the other tab
 * prints the rest meanwhile instead of waiting for them at the end.
 */
export function pdfPagePaths(content: EntriesByCollection, paths: SitePaths): string[] {
  const printed = PAGED_COLLECTIONS.filter((name) => COLLECTIONS[name].pdf);
  return [
    paths.print,
    ...content.plans.map((plan) => paths.planBinder(plan.id)),
    ...printed.flatMap((name) => content[name].map((entry) => paths.entry(name, entry.id))),
    ...planChecklistPaths(content, paths),
    ...statusReportPaths(content, paths),
  ];
}

/** The status reports of the plans tracked with a status date. */
function statusReportPaths(content: EntriesByCollection, paths: SitePaths): string[] {
  return content.plans.filter((plan) => plan.data.statusDate !== undefined).map((plan) => paths.planStatus(plan.id));
}

function planChecklistPaths(content: EntriesByCollection, paths: SitePaths): string[] {
  return content.plans.flatMap((plan) => planChecklistIds(plan.data, content.phases, content.checklists).map((id) => paths.planChecklist(plan.id, id)));
}
