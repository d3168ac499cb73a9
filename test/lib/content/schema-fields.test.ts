/**
 * The field names a schema allows at a path, looking through wrappers, pipes, unions,
 * intersections and lazy schemas: what a misspelt key is compared with.
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldNamesAt } from '../../../src/lib/content/schema-fields.ts';

const task = z.object({ id: z.string(), title: z.string() });
const milestone = z.object({ id: z.string(), deadline: z.string() });

describe('fieldNamesAt', () => {
  test('the fields of the object at the top, of a nested object, of a list item', () => {
    const schema = z.object({ title: z.string(), raci: z.object({ responsible: z.array(z.string()), accountable: z.string() }), tasks: z.array(task) });
    expect(fieldNamesAt(schema, [])).toEqual(['title', 'raci', 'tasks']);
    expect(fieldNamesAt(schema, ['raci'])).toEqual(['responsible', 'accountable']);
    expect(fieldNamesAt(schema, ['tasks', 3])).toEqual(['id', 'title']);
  });

  test('a path the schema does not have: no fields', () => {
    const schema = z.object({ title: z.string(), tasks: z.array(task) });
    expect(fieldNamesAt(schema, ['nothing'])).toEqual([]);
    expect(fieldNamesAt(schema, ['title'])).toEqual([]);
    // An index into an object, a key into a list.
    expect(fieldNamesAt(schema, [0])).toEqual([]);
    expect(fieldNamesAt(schema, ['tasks', 'id'])).toEqual([]);
    expect(fieldNamesAt(z.array(task), [])).toEqual([]);
  });

  test.each([
    ['optional', task.optional()],
    ['nullable', task.nullable()],
    ['default', task.default({ id: 'a', title: 'A' })],
    ['prefault', task.prefault({ id: 'a', title: 'A' })],
    ['catch', task.catch({ id: 'a', title: 'A' })],
    ['readonly', task.readonly()],
    ['nonoptional', task.optional().nonoptional()],
    ['a transform (a pipe)', task.transform((value) => value.id)],
    ['lazy', z.lazy(() => task)],
  ])('looks through %s', (_name, schema) => {
    expect(fieldNamesAt(z.object({ task: schema }), ['task'])).toEqual(['id', 'title']);
    expect(fieldNamesAt(z.array(schema), [0])).toEqual(['id', 'title']);
  });

  test('a union or intersection has the fields of every alternative, each once', () => {
    expect(fieldNamesAt(z.union([task, milestone]), [])).toEqual(['id', 'title', 'deadline']);
    expect(fieldNamesAt(z.intersection(task, milestone), [])).toEqual(['id', 'title', 'deadline']);
    expect(fieldNamesAt(z.object({ tasks: z.array(z.union([task, z.string()])) }), ['tasks', 0])).toEqual(['id', 'title']);
  });

  test('looks through 20 wrappers, not 21: a recursive schema must not walk forever', () => {
    let twenty: z.ZodType = task;
    for (let count = 0; count < 20; count++) twenty = twenty.optional();
    expect(fieldNamesAt(twenty, [])).toEqual(['id', 'title']);
    expect(fieldNamesAt(twenty.optional(), [])).toEqual([]);
    type Tree = { name: string; children: Tree[] };
    const tree: z.ZodType<Tree> = z.lazy(() => z.object({ name: z.string(), children: z.array(tree) }));
    expect(fieldNamesAt(tree, ['children', 0, 'children', 1])).toEqual(['name', 'children']);
  });
});
