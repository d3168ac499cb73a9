import { getCollection, render, type CollectionEntry } from 'astro:content';
import { config, pdfs } from 'virtual:kickoff/site';
import { collectionPresent } from './collection-present.ts';
import { translation } from '../lib/i18n/index.ts';
import { COLLECTION_NAMES, PAGED_COLLECTIONS, type CollectionName, type PagedCollection } from '../lib/registry/collections.ts';
import { sitePaths } from '../lib/registry/site-paths.ts';
import { cachedSchedulePlan } from '../lib/schedule/schedule-cache.ts';
import type { Schedule } from '../lib/schedule/schedule-plan.ts';
import { trackingHistory, type TrackingHistory } from '../lib/schedule/history.ts';
import { scheduleOptions } from '../lib/schedule/schedule-inputs.ts';
import type { Snapshot } from '../lib/schema/snapshot.ts';

/** Site-wide settings and content, loaded once per build and shared by all pages. */
export { config };
export const lang = config.lang;
const texts = translation(lang);
/** The site's fixed texts in its language. */
export const t = texts.ui;
/** Each collection's name (one, many) and introduction in the site's language. */
export const labels = texts.collections;
/** Dates and numbers in the site's language. */
export const format = texts.format;
/** The texts of tracked plans: key figures, charts, status report. */
export const tracking = texts.tracking;
/** The status report's texts (shared with `kickoff status`). */
export const statusTexts = texts.status;
export const paths = sitePaths(lang);

export const href = (path = '') => `${config.base}${path.replace(/^\//, '')}`;
export const routes = {
  list: (collection: PagedCollection) => href(paths.list(collection)),
  entry: (collection: PagedCollection, id: string) => href(paths.entry(collection, id)),
  planChecklist: (plan: string, checklist: string) => href(paths.planChecklist(plan, checklist)),
  planExport: (plan: string, extension: string) => href(paths.planExport(plan, extension)),
  planStatus: (plan: string) => href(paths.planStatus(plan)),
  planBinder: (plan: string) => href(paths.planBinder(plan)),
  personCalendar: (plan: string, person: string) => href(paths.personCalendar(plan, person)),
  print: () => href(paths.print),
};

/**
 * A page's PDF. PDFs are printed after the pages are built (they need the built pages), so a
 * page can't see them yet: it links its PDF when this build prints PDFs.
 */
export const pdfHref = (pagePath: string): string | undefined => (pdfs ? href(paths.pdf(pagePath)) : undefined);

/** A part's PDF of the print compilation, when this build prints PDFs (written only if the whole is too long). */
export const printPartPdfHref = (collection: PagedCollection): string | undefined => (pdfs ? href(paths.printPartPdf(collection)) : undefined);

type Entries = { [Name in CollectionName]: CollectionEntry<Name>[] };

// One collator for every comparison: `localeCompare(…, lang)` builds one per call (2,000 titles: 0.4 s).
const titleOrder = new Intl.Collator(lang);
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => titleOrder.compare(a.data.title, b.data.title);

/** The reading order of each collection; titles alphabetically unless said otherwise. */
function sortEntries(entries: Entries): void {
  for (const name of PAGED_COLLECTIONS) (entries[name] as { data: { title: string } }[]).sort(byTitle);
  const { phases, roles, checklists } = entries;
  phases.sort((a, b) => a.data.order - b.data.order);
  const phaseOrder = (id: string | undefined) => phases.find((phase) => phase.id === id)?.data.order ?? Number.MAX_SAFE_INTEGER;
  roles.sort((a, b) => (a.data.side === b.data.side ? byTitle(a, b) : a.data.side === 'customer' ? -1 : 1));
  checklists.sort((a, b) => phaseOrder(a.data.phase) - phaseOrder(b.data.phase) || byTitle(a, b));
}

/** Every collection's entries as Astro's content store holds them now. */
async function collectionLists(): Promise<CollectionEntry<CollectionName>[][]> {
  // Astro warns of every collection without entries; a playbook without snapshots (or meetings) is no mistake.
  return Promise.all(COLLECTION_NAMES.map((name) => (collectionPresent(name) ? getCollection(name) : [])));
}

/** Which entries, in which version: equal exactly when the store holds the same content. */
const contentKey = (lists: readonly CollectionEntry<CollectionName>[][]) =>
  lists.map((list) => list.map((entry) => `${entry.id}@${String(entry.digest ?? '')}`).join(',')).join('|');

/** A plan's schedule, with the snapshots it was computed with and its tracking history. */
interface PlanSchedule {
  snapshots: readonly Snapshot[];
  schedule?: Schedule;
  history?: TrackingHistory;
}

async function loadAll(lists: CollectionEntry<CollectionName>[][]) {
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name, index) => [name, [...lists[index]]])) as Entries;
  sortEntries(entries);
  const { roles, phases, checklists, risks, plans } = entries;
  const phaseTitles = new Map(phases.map((phase) => [phase.id, phase.data.title]));
  const planById = new Map(plans.map((plan) => [plan.id, plan]));
  // Worked out when a page first asks: in the preview, a plan's page after a save waits for
  // that plan alone, not for every plan of the playbook. A build asks for all of them anyway.
  const scheduled = new Map<string, PlanSchedule>();
  const scheduledPlan = (planId: string): PlanSchedule | undefined => {
    const known = scheduled.get(planId);
    if (known) return known;
    const plan = planById.get(planId);
    if (!plan) return undefined;
    const options = scheduleOptions(entries, planId, lang);
    const snapshots = options.snapshots ?? [];
    const result = cachedSchedulePlan(planId, plan.data, options);
    // Validation ran before the build and stops it on errors, so a plan always schedules here.
    const worked: PlanSchedule = result.ok ? { snapshots, schedule: result.schedule, history: trackingHistory(result.schedule, snapshots) } : { snapshots };
    scheduled.set(planId, worked);
    return worked;
  };
  return {
    ...entries,
    phaseTitles,
    /** Each plan's schedule by plan id. */
    schedules: { get: (planId: string): Schedule | undefined => scheduledPlan(planId)?.schedule },
    role: new Map(roles.map((entry) => [entry.id, entry])),
    phase: new Map(phases.map((entry) => [entry.id, entry])),
    checklist: new Map(checklists.map((entry) => [entry.id, entry])),
    risk: new Map(risks.map((entry) => [entry.id, entry])),
    /** A plan's snapshots, oldest first, as its schedule was computed with them. */
    snapshotsOf: (planId: string): readonly Snapshot[] => scheduledPlan(planId)?.snapshots ?? [],
    /** What a tracked plan's fever chart and milestone trend draw; undefined without a baseline. */
    historyOf: (planId: string) => scheduledPlan(planId)?.history,
  };
}

let cached: { key: string; data: ReturnType<typeof loadAll> } | undefined;

/**
 * The content and its schedules, computed once per version of the content: once per build, and
 * in the preview again after a save. Astro refreshes its content store after a save on its own
 * schedule, so a page requested meanwhile must not fix the old content for good.
 */
export async function siteData() {
  // A build's content never changes: its thousands of pages need not look.
  if (cached && !import.meta.env.DEV) return cached.data;
  const lists = await collectionLists();
  const key = contentKey(lists);
  if (cached?.key !== key) cached = { key, data: loadAll(lists) };
  return cached.data;
}

export { render };

/** Each entry with its rendered body, for the pages that print a whole collection. */
export const renderedEntries = <Entry extends CollectionEntry<CollectionName>>(entries: readonly Entry[]) =>
  Promise.all(entries.map(async (entry) => ({ entry, Content: (await render(entry)).Content })));
