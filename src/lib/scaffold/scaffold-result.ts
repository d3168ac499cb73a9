import type { CollectionName } from '../registry/collection-names.ts';

/**
 * A scaffold's text, or what the playbook lacks for one: a scaffold never writes a reference to
 * an entry that does not exist, so a phase asks for a role first, a meeting for two.
 */
export type ScaffoldResult = { ok: true; source: string } | { ok: false; needs: { collection: CollectionName; count: number } };

export const needs = (collection: CollectionName, count = 1): ScaffoldResult => ({ ok: false, needs: { collection, count } });
