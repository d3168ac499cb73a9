import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { loadConfig } from './lib/config.ts';
import { ENTRY_PATTERN } from './lib/content/entry-pattern.ts';
import { checklistSchema, phaseSchema, planSchema, riskSchema, roleSchema, type CollectionName } from './lib/schema/index.ts';

// The schemas are the same zod objects the `kickoff validate` command uses, so the site and
// the validator can never disagree about the content format.
const { contentDir } = loadConfig();

const loader = (name: CollectionName) =>
  glob({
    pattern: ENTRY_PATTERN,
    base: path.join(contentDir, name),
    // The spec makes the file name the id, also in sub-folders.
    generateId: ({ entry }) => path.posix.basename(entry, '.mdx'),
  });

export const collections = {
  roles: defineCollection({ loader: loader('roles'), schema: roleSchema }),
  phases: defineCollection({ loader: loader('phases'), schema: phaseSchema }),
  checklists: defineCollection({ loader: loader('checklists'), schema: checklistSchema }),
  risks: defineCollection({ loader: loader('risks'), schema: riskSchema }),
  plans: defineCollection({ loader: loader('plans'), schema: planSchema }),
};
