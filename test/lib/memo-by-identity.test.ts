import { describe, expect, it } from 'vitest';
import { memoByIdentity } from '../../src/lib/memo-by-identity.ts';

describe('memoByIdentity', () => {
  const counted = () => {
    const calls: [object, object][] = [];
    const join = memoByIdentity((a: string[], b: string[]) => {
      calls.push([a, b]);
      return [...a, ...b];
    });
    return { calls, join };
  };

  it('computes once for the same two objects', () => {
    const { calls, join } = counted();
    const [a, b] = [['x'], ['y']];
    const first = join(a, b);
    expect(join(a, b)).toBe(first);
    expect(first).toEqual(['x', 'y']);
    expect(calls).toHaveLength(1);
  });

  it('computes again for another second object, or an equal but new first one', () => {
    const { calls, join } = counted();
    const [a, b] = [['x'], ['y']];
    join(a, b);
    expect(join(a, ['z'])).toEqual(['x', 'z']);
    expect(join(['x'], ['z'])).toEqual(['x', 'z']);
    expect(calls).toHaveLength(3);
  });

  it('keeps one answer per first object', () => {
    const { calls, join } = counted();
    const [a1, a2, b] = [['1'], ['2'], ['b']];
    join(a1, b);
    join(a2, b);
    join(a1, b);
    join(a2, b);
    expect(calls).toHaveLength(2);
  });
});
