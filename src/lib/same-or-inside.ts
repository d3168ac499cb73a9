import path from 'node:path';

/** Whether absolute path `inner` is `outer` or lies below it (`/a/dist2` is not inside `/a/dist`). */
export function isSameOrInside(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}
