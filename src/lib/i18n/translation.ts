import type { de } from './de.ts';

/**
 * The shape of one language's table. German is the reference; every other language is typed
 * with this, so a missing or extra key is a type error, never a silent fallback.
 */
export type Translation = typeof de;

/** A key of the schema texts: the zod schemas name these as their error messages. */
export type SchemaMessage = keyof Translation['schema'];
