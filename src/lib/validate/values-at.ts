import { formatFieldPath } from '../content/finding.ts';

/**
 * The values at a dotted field path, walking into every element of a list on the way:
 * `valuesAt({ items: [{ role: 'it' }] }, 'items.role')` → `[{ path: 'items[0].role', value: 'it' }]`.
 * A list at the end of the path yields its elements. Missing fields yield nothing. With `keep`,
 * only the values it accepts (and only their paths are worked out).
 */
export function valuesAt(data: unknown, fieldPath: string): { path: string; value: unknown }[];
export function valuesAt<Kept>(data: unknown, fieldPath: string, keep: (value: unknown) => value is Kept): { path: string; value: Kept }[];
export function valuesAt(data: unknown, fieldPath: string, keep?: (value: unknown) => boolean): { path: string; value: unknown }[] {
  const keys = fieldPath.split('.');
  const found: { path: string; value: unknown }[] = [];
  // Depth first, one path array shared and trimmed on the way back: validation walks every
  // reference of every entry, so nothing is copied or formatted for a value it does not keep.
  const parts: (string | number)[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth === keys.length) {
      if (keep === undefined || keep(value)) found.push({ path: formatFieldPath(parts), value });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const key = keys[depth];
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) return;
    parts.push(key);
    if (Array.isArray(field)) {
      for (let index = 0; index < field.length; index++) {
        if (!(index in field)) continue;
        parts.push(index);
        walk(field[index], depth + 1);
        parts.pop();
      }
    } else walk(field, depth + 1);
    parts.pop();
  };
  walk(data, 0);
  return found;
}
