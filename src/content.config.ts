import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { config, markdownBodies } from 'virtual:kickoff/site';
import { entryId, entryPlace } from './lib/content/entry-pattern.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './lib/registry/collections.ts';
import { collectionPresent } from './site/collection-present.ts';
import { renderingAlikeBodiesAsMarkdown } from './site/markdown-bodies.ts';

// The schemas are the same zod objects the `kickoff validate` command uses, so the site and
// the validator can never disagree about the content format.
const loader = (name: CollectionName) => {
  const { format } = COLLECTIONS[name];
  const { folder, pattern } = entryPlace(name, COLLECTIONS[name]);
  if (!collectionPresent(name)) return { name: 'kickoff:absent-folder', load: async () => {} };
  // No text body in Astro's content store: pages render MDX from its own module, and the store is
  // written to disk and read back whole after every save in the preview (at 2,000 files the bodies
  // were some 40 % of its 7.5 MB).
  const files = glob({ pattern, base: path.join(config.contentDir, folder), generateId: ({ entry }) => entryId(format, entry), retainBody: false });
  return format === 'mdx' && markdownBodies ? renderingAlikeBodiesAsMarkdown(files, markdownBodies.key) : files;
};

/** Each collection's loader and schema, typed per collection so that pages get typed entries. */
type Collections = { [Name in CollectionName]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: (typeof COLLECTIONS)[Name]['schema'] } };

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: loader(name), schema: COLLECTIONS[name].schema })]),
) as Collections;
