import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { loadConfig } from './lib/config.ts';
import { COLLECTIONS, type CollectionName } from './lib/schema/index.ts';

// The schemas are the same zod objects the `kickoff validate` command uses, so the site and
// the validator can never disagree about the content format.
const { contentDir } = loadConfig();

const collection = (name: CollectionName) =>
  defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: path.join(contentDir, name),
      // The spec makes the file name the id, also in sub-folders.
      generateId: ({ entry }) => path.posix.basename(entry, '.mdx'),
    }),
    schema: COLLECTIONS[name],
  });

export const collections = {
  roles: collection('roles'),
  phases: collection('phases'),
  checklists: collection('checklists'),
  risks: collection('risks'),
  plans: collection('plans'),
};
