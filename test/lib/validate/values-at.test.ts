import { describe, expect, it } from 'vitest';
import { valuesAt } from '../../../src/lib/validate/values-at.ts';

describe('valuesAt', () => {
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
