import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/lib/validate/find-cycle.ts';

/** The cycles of a graph written as `node → the nodes it depends on`. */
const cyclesOf = (graph: Record<string, string[]>) => findCycles(Object.keys(graph), (node) => graph[node] ?? []);

describe('findCycles', () => {
  it('reports a cycle once although a node lists the same dependency twice', () => {
    // a → b → a, found over both of b's (identical) edges back to a.
    expect(cyclesOf({ a: ['b'], b: ['a', 'a'] })).toEqual([['a', 'b', 'a']]);
  });

  it('reports two different cycles through the same node, each once', () => {
    // a → b → a and a → c → a share only a.
    expect(cyclesOf({ a: ['b', 'c'], b: ['a'], c: ['a'] })).toEqual([
      ['a', 'b', 'a'],
      ['a', 'c', 'a'],
    ]);
  });

  it('keeps two cycles apart whose names, run together, spell the same', () => {
    // {ab, c} and {a, bc}: "ab c" and "a bc" are different sets of nodes.
    expect(cyclesOf({ x: ['ab', 'a'], ab: ['c'], c: ['ab'], a: ['bc'], bc: ['a'] })).toEqual([
      ['ab', 'c', 'ab'],
      ['a', 'bc', 'a'],
    ]);
  });

  it('finds a self-dependency and nothing in a graph without cycles', () => {
    expect(cyclesOf({ a: ['a'] })).toEqual([['a', 'a']]);
    expect(cyclesOf({ a: ['b', 'c'], b: ['c'], c: [] })).toEqual([]);
  });
});
