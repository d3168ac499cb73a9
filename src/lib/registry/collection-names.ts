/**
 * The collections' names, in the order of the navigation; each is a folder under the content
 * root, except the home page, one file at the root (see `files` in the registry). Kept apart from the registry so that the language tables can name them without
 * depending on the schemas.
 */
export const COLLECTION_NAMES = ['phases', 'roles', 'checklists', 'risks', 'meetings', 'glossary', 'plans', 'snapshots', 'home'] as const;

export type CollectionName = (typeof COLLECTION_NAMES)[number];
