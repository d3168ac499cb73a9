/**
 * `compute(a, b)`, remembered for as long as `a` lives and `b` is the same object as last time.
 * For what is worked out once per playbook from its lists of entries: every plan asks again, with
 * the very same lists, and a changed playbook comes with new lists (a new read of the content).
 */
export function memoByIdentity<A extends object, B, R>(compute: (a: A, b: B) => R): (a: A, b: B) => R {
  const known = new WeakMap<A, { b: B; result: R }>();
  return (a, b) => {
    const hit = known.get(a);
    if (hit !== undefined && hit.b === b) return hit.result;
    const result = compute(a, b);
    known.set(a, { b, result });
    return result;
  };
}
