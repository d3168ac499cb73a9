import type { z } from 'astro/zod';
import type { EntryFormat } from '../content/entry-pattern.ts';
import type { Lang } from '../i18n/lang.ts';
import { checklistSchema } from '../schema/checklist.ts';
import { glossarySchema } from '../schema/glossary.ts';
import { homeSchema } from '../schema/home.ts';
import { meetingSchema } from '../schema/meeting.ts';
import { phaseSchema } from '../schema/phase.ts';
import { planSchema } from '../schema/plan.ts';
import { riskSchema } from '../schema/risk.ts';
import { roleSchema } from '../schema/role.ts';
import { snapshotSchema } from '../schema/snapshot.ts';
import { COLLECTION_NAMES, type CollectionName } from './collection-names.ts';

/**
 * What the house needs to know about one collection. Everything else is derived from these
 * declarations: the content config, reading and validating, routes, navigation, home page,
 * sitemap, print compilation and the list of PDFs. A collection's pages are its templates in
 * `src/templates/<name>/` (`list.astro`, `entry.astro`, and `print.astro` when it prints); its
 * texts are `collections.<name>` in each language's table.
 */
export interface CollectionDeclaration {
  schema: z.ZodType;
  /** MDX files with front matter and a text, or JSON data files (see `entryId` for their ids). */
  format: EntryFormat;
  /**
   * Where its files are: `'folder'`, every entry file below `<content>/<name>/`; or the name of
   * one file at the content root, for a collection of at most one entry (the home page).
   */
  files: 'folder' | `${string}.mdx`;
  /**
   * The URL segment of its pages in each language: `/<segment>/` and `/<segment>/<id>/`; null
   * for a collection without pages of its own (and so without navigation, cards or sitemap).
   */
  segment: Record<Lang, string> | null;
  /**
   * Fields that hold ids of entries of other collections: field path → collection. A path walks
   * into every element of a list (`items.role` is the `role` of each item).
   */
  references: Readonly<Record<string, string>>;
  /** Shown as a card on the home page (the phases have a section of their own). */
  homeCard: boolean;
  /** Has a part in the print compilation, drawn by its `print.astro`. */
  print: boolean;
  /** Each entry page is printed to a PDF of its own at build. */
  pdf: boolean;
}

/** One declaration per collection; `COLLECTION_NAMES` gives their order. */
export const COLLECTIONS = {
  phases: {
    format: 'mdx',
    files: 'folder',
    schema: phaseSchema,
    segment: { de: 'phasen', en: 'phases' },
    references: {
      dependsOn: 'phases',
      'raci.responsible': 'roles',
      'raci.accountable': 'roles',
      'raci.consulted': 'roles',
      'raci.informed': 'roles',
      checklists: 'checklists',
      risks: 'risks',
      'rules.buffer.before': 'phases',
      'rules.checklistsDone': 'checklists',
    },
    homeCard: false,
    print: true,
    pdf: false,
  },
  roles: {
    format: 'mdx',
    files: 'folder',
    schema: roleSchema,
    segment: { de: 'rollen', en: 'roles' },
    references: {},
    homeCard: true,
    print: true,
    pdf: false,
  },
  checklists: {
    format: 'mdx',
    files: 'folder',
    schema: checklistSchema,
    segment: { de: 'checklisten', en: 'checklists' },
    references: { phase: 'phases', 'items.role': 'roles' },
    homeCard: true,
    print: true,
    pdf: true,
  },
  risks: {
    format: 'mdx',
    files: 'folder',
    schema: riskSchema,
    segment: { de: 'risiken', en: 'risks' },
    references: { owner: 'roles', phases: 'phases' },
    homeCard: true,
    print: true,
    pdf: false,
  },
  meetings: {
    format: 'mdx',
    files: 'folder',
    schema: meetingSchema,
    segment: { de: 'termine', en: 'meetings' },
    references: { chair: 'roles', participants: 'roles', phases: 'phases' },
    homeCard: true,
    print: true,
    pdf: false,
  },
  glossary: {
    format: 'mdx',
    files: 'folder',
    schema: glossarySchema,
    segment: { de: 'glossar', en: 'glossary' },
    references: {},
    homeCard: true,
    print: false,
    pdf: false,
  },
  plans: {
    format: 'mdx',
    files: 'folder',
    schema: planSchema,
    segment: { de: 'plaene', en: 'plans' },
    references: { 'team.role': 'roles', 'tasks.phase': 'phases', checklists: 'checklists' },
    homeCard: true,
    print: false,
    pdf: true,
  },
  snapshots: {
    format: 'json',
    files: 'folder',
    schema: snapshotSchema,
    segment: null,
    references: { plan: 'plans' },
    homeCard: false,
    print: false,
    pdf: false,
  },
  home: {
    format: 'mdx',
    files: 'index.mdx',
    schema: homeSchema,
    segment: null,
    references: { 'featured.checklists': 'checklists', 'featured.roles': 'roles' },
    homeCard: false,
    print: false,
    pdf: false,
  },
} as const satisfies Record<CollectionName, CollectionDeclaration>;

export { COLLECTION_NAMES, type CollectionName };

/** The collections with pages of their own. */
export type PagedCollection = { [Name in CollectionName]: (typeof COLLECTIONS)[Name]['segment'] extends null ? never : Name }[CollectionName];
export const PAGED_COLLECTIONS = COLLECTION_NAMES.filter((name): name is PagedCollection => COLLECTIONS[name].segment !== null);

/** The validated data of one entry of a collection. */
export type CollectionData<Name extends CollectionName> = z.output<(typeof COLLECTIONS)[Name]['schema']>;
