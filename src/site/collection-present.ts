import { existsSync } from 'node:fs';
import path from 'node:path';
import { config } from 'virtual:kickoff/site';
import { collectionSource } from '../lib/content/entry-pattern.ts';
import { COLLECTIONS, type CollectionName } from '../lib/registry/collections.ts';

/**
 * Whether the playbook has the collection at all (its folder, or its one file). A new playbook
 * need not have every collection: where it is missing, the site loads and asks for nothing, so
 * a build does not warn about it.
 */
export const collectionPresent = (name: CollectionName): boolean => existsSync(path.join(config.contentDir, collectionSource(name, COLLECTIONS[name])));
