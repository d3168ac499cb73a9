import { describe, expect, it } from 'vitest';
import { valuesAt } from '../../../src/lib/validate/values-at.ts';

describe('valuesAt', () => {
  it('finds a field, and nothing where a field is missing', () => {
    expect(valuesAt({ owner: 'it' }, 'owner')).toEqual([{ path: 'owner', value: 'it' }]);
    expect(valuesAt({ owner: 'it' }, 'chair')).toEqual([]);
    expect(valuesAt({ owner: null }, 'owner')).toEqual([{ path: 'owner', value: null }]);
  });

  it('walks into every element of a list on the way, and yields the elements of a list at the end', () => {
    const data = {
      items: [{ role: 'it' }, { text: 'no role' }, { role: 'pm' }],
      phases: ['start', 'build'],
    };
    expect(valuesAt(data, 'items.role')).toEqual([
      { path: 'items[0].role', value: 'it' },
      { path: 'items[2].role', value: 'pm' },
    ]);
    expect(valuesAt(data, 'phases')).toEqual([
      { path: 'phases[0]', value: 'start' },
      { path: 'phases[1]', value: 'build' },
    ]);
  });

  it('keeps document order through nested lists, with every index in the path', () => {
    const data = { featured: [{ checklists: ['a', 'b'] }, { checklists: [] }, { checklists: ['c'] }] };
    expect(valuesAt(data, 'featured.checklists')).toEqual([
      { path: 'featured[0].checklists[0]', value: 'a' },
      { path: 'featured[0].checklists[1]', value: 'b' },
      { path: 'featured[2].checklists[0]', value: 'c' },
    ]);
  });

  it('does not look up a field in a list, a text or nothing', () => {
    expect(valuesAt([{ owner: 'it' }], 'owner')).toEqual([]);
    expect(valuesAt({ team: 'everyone' }, 'team.role')).toEqual([]);
    expect(valuesAt({ team: [['nested']] }, 'team.role')).toEqual([]);
    expect(valuesAt({ team: [null, 3, { role: 'it' }] }, 'team.role')).toEqual([{ path: 'team[2].role', value: 'it' }]);
    expect(valuesAt(null, 'owner')).toEqual([]);
    expect(valuesAt(undefined, 'owner')).toEqual([]);
  });

  it('yields a list inside a list as one value, and leaves out the holes of a sparse list', () => {
    expect(valuesAt({ grid: [[1, 2], 3] }, 'grid')).toEqual([
      { path: 'grid[0]', value: [1, 2] },
      { path: 'grid[1]', value: 3 },
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expect(valuesAt({ list: ['a', , 'c'] }, 'list')).toEqual([
      { path: 'list[0]', value: 'a' },
      { path: 'list[2]', value: 'c' },
    ]);
  });
});

describe('valuesAt with a filter', () => {
  it('yields only the values the filter keeps, with their paths', () => {
    const data = { team: [{ role: 'it' }, { role: 'pm' }, { role: 7 }, { role: 'qa' }] };
    expect(valuesAt(data, 'team.role', (value): value is unknown => value !== 'pm')).toEqual([
      { path: 'team[0].role', value: 'it' },
      { path: 'team[2].role', value: 7 },
      { path: 'team[3].role', value: 'qa' },
    ]);
    expect(valuesAt(data, 'team.role', (_value): _value is never => false)).toEqual([]);
  });
});

describe('valuesAt, more shapes', () => {
  it('walks into every element of a list and yields a list at the end element by element', () => {
    expect(valuesAt({ items: [{ role: 'it' }, { role: 'pm' }] }, 'items.role')).toEqual([
      { path: 'items[0].role', value: 'it' },
      { path: 'items[1].role', value: 'pm' },
    ]);
    expect(valuesAt({ roles: ['it', 'pm'] }, 'roles')).toEqual([
      { path: 'roles[0]', value: 'it' },
      { path: 'roles[1]', value: 'pm' },
    ]);
  });

  it('yields nothing for a missing field, also one below an existing object', () => {
    expect(valuesAt({ a: { b: 1 } }, 'a.c')).toEqual([]);
    expect(valuesAt({ a: { b: 1 } }, 'x.b')).toEqual([]);
  });

  it('finds no fields in null, a text, a number or a list inside a list', () => {
    // YAML's `a: ~` is null; a text has a length and a number its methods, but neither has fields.
    expect(valuesAt({ a: null }, 'a.b')).toEqual([]);
    expect(valuesAt({ a: 'text' }, 'a.length')).toEqual([]);
    expect(valuesAt({ a: 5 }, 'a.toFixed')).toEqual([]);
    // a[0] is the list [1, 2]: a list is walked into only once, so it has no field `length` here.
    expect(valuesAt({ a: [[1, 2]] }, 'a.length')).toEqual([]);
  });
});
