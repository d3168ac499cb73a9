import { z } from 'astro/zod';
import type { CollectionName } from '../registry/collection-names.ts';
import { COLLECTIONS } from '../registry/collections.ts';
import { isoDate } from './common.ts';
import { fieldKey } from './field-docs.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema; description?: string };

/**
 * A date in the years a kick-off may lie in (KICKOFF_YEARS, 1901 to 2199), which zod checks on the
 * plan as a whole; the JSON Schema test holds the two to the same years.
 */
const KICKOFF_PATTERN = '^(190[1-9]|19[1-9]\\d|2[01]\\d\\d)-\\d{2}-\\d{2}$';

/** What a collection's JSON Schema is made from besides its zod schema. */
export interface JsonSchemaSources {
  /** Field descriptions by `fieldKey` (from the content model's tables). */
  descriptions: ReadonlyMap<string, string>;
  /** The ids of each collection's entries, offered where a field refers to one. */
  ids: Readonly<Record<CollectionName, Iterable<string>>>;
}

/**
 * A collection's front matter (or data file) as a JSON Schema (draft 2020-12) for editors: the
 * zod schema's types, bounds and enumerations, the content model's description of each field as
 * hover text, dates as `format: date`, and the existing ids where a field refers to another entry.
 * Checks across fields (dates in order, estimates ordered, references inside a plan) stay with
 * `kickoff validate`, which a JSON Schema cannot express.
 */
export function collectionJsonSchema(name: CollectionName, sources: JsonSchemaSources): JsonSchema {
  const declaration = COLLECTIONS[name];
  const schema = z.toJSONSchema(declaration.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // Our loader keeps YAML dates as text; Astro's turns them into Date objects, hence the union.
      if (zodSchema !== isoDate) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    },
  }) as JsonSchema;
  if (name === 'plans' && schema.properties?.kickoff) schema.properties.kickoff.pattern = KICKOFF_PATTERN;
  describeFields(schema, name, [], sources.descriptions);
  for (const [path, target] of Object.entries(declaration.references)) {
    const ids = [...sources.ids[target as CollectionName]].sort();
    const node = idNode(schema, path.split('.'));
    if (node && ids.length > 0) node.enum = ids;
  }
  const { $schema, ...rest } = schema;
  return { $schema, title: name, ...rest };
}

/** Gives every object property its description, walking into objects and list items. */
function describeFields(node: JsonSchema, name: CollectionName, path: string[], descriptions: ReadonlyMap<string, string>): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = [...path, key];
    const description = descriptions.get(fieldKey(name, childPath));
    if (description) child.description = description;
    describeFields(child, name, childPath, descriptions);
    if (child.items) describeFields(child.items, name, [...childPath, '[]'], descriptions);
  }
}

/**
 * The string schema of a reference field: `raci.responsible` is a list, so its items; an
 * optional or defaulted field is its own node. Undefined where the shape is not a plain id
 * (a union, say), which is then left without a list of ids.
 */
function idNode(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (node?.type === 'array') node = node.items;
    node = node?.properties?.[key];
  }
  if (node?.type === 'array') node = node.items;
  return node?.type === 'string' ? node : undefined;
}
