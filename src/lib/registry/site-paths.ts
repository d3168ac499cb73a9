import type { Lang } from '../i18n/lang.ts';
import { COLLECTIONS, type PagedCollection } from './collections.ts';

/** The print compilation's segment, in each language. */
const PRINT_SEGMENT: Record<Lang, string> = { de: 'druck', en: 'print' };
/** The segment of a plan's personal calendars, in each language. */
const CALENDAR_SEGMENT: Record<Lang, string> = { de: 'kalender', en: 'calendars' };
/** The segment of a plan's kick-off binder, in each language. */
const BINDER_SEGMENT: Record<Lang, string> = { de: 'mappe', en: 'binder' };

/**
 * Where each page lives, below the site's base (`phasen/kickoff/`). The one place that turns
 * the registry's segments into paths: pages, links, the sitemap, the route table, the PDF printer
 * and the search indexer all ask here. Plain TypeScript, so the CLI can use it outside Astro.
 */
export interface SitePaths {
  /** A collection's list page: `phasen/`. */
  list(collection: PagedCollection): string;
  /** One entry's page: `phasen/kickoff/`. */
  entry(collection: PagedCollection, id: string): string;
  /** A checklist with a plan's dates and names: `plaene/acme/checklisten/go-live/`. */
  planChecklist(plan: string, checklist: string): string;
  /** One export of a plan's schedule: `plaene/acme.ics`. */
  planExport(plan: string, extension: string): string;
  /** A tracked plan's status report: `plaene/acme/status/`. */
  planStatus(plan: string): string;
  /** A plan's kick-off binder, the document printed for the kick-off meeting: `plaene/acme/mappe/`. */
  planBinder(plan: string): string;
  /** One team member's calendar of a plan: `plaene/acme/kalender/anna.ics`. */
  personCalendar(plan: string, person: string): string;
  /** The whole playbook as one printable document. */
  print: string;
  /** Where a page's PDF is written: `checklisten/kickoff-meeting/` → `pdf/checklisten-kickoff-meeting.pdf`. */
  pdf(pagePath: string): string;
  /** One part's PDF of a print compilation too long for one file: `pdf/druck-rollen.pdf`. */
  printPartPdf(collection: PagedCollection): string;
  /** Segments, for the route patterns. */
  segment(collection: PagedCollection): string;
  printSegment: string;
  calendarSegment: string;
  binderSegment: string;
}

export function sitePaths(lang: Lang): SitePaths {
  const segment = (collection: PagedCollection) => COLLECTIONS[collection].segment[lang];
  const pdf = (pagePath: string) => `pdf/${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index'}.pdf`;
  return {
    list: (collection) => `${segment(collection)}/`,
    entry: (collection, id) => `${segment(collection)}/${id}/`,
    planChecklist: (plan, checklist) => `${segment('plans')}/${plan}/${segment('checklists')}/${checklist}/`,
    planExport: (plan, extension) => `${segment('plans')}/${plan}.${extension}`,
    planStatus: (plan) => `${segment('plans')}/${plan}/status/`,
    planBinder: (plan) => `${segment('plans')}/${plan}/${BINDER_SEGMENT[lang]}/`,
    personCalendar: (plan, person) => `${segment('plans')}/${plan}/${CALENDAR_SEGMENT[lang]}/${person}.ics`,
    calendarSegment: CALENDAR_SEGMENT[lang],
    binderSegment: BINDER_SEGMENT[lang],
    print: `${PRINT_SEGMENT[lang]}/`,
    pdf,
    printPartPdf: (collection) => pdf(`${PRINT_SEGMENT[lang]}/${segment(collection)}/`),
    segment,
    printSegment: PRINT_SEGMENT[lang],
  };
}
