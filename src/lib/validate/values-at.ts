import { formatFieldPath } from '../content/finding.ts';

/**
 * The values at a dotted field path, walking into every element of a list on the way:
 * `valuesAt({ items: [{ role: 'it' }] }, 'items.role')` → `[{ path: 'items[0].role', value: 'it' }]`.
 * A list at the end of the path yields its elements. Missing fields yield nothing.
 */
export function valuesAt(data: unknown, fieldPath: string): { path: string; value: unknown }[] {
  let found: { parts: (string | number)[]; value: unknown }[] = [{ parts: [], value: data }];
  for (const key of fieldPath.split('.')) {
    found = found.flatMap(({ parts, value }) => {
      const field = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
      if (field === undefined) return [];
      return [{ parts: [...parts, key], value: field }];
    });
    found = found.flatMap((item) => (Array.isArray(item.value) ? item.value.map((value, index) => ({ parts: [...item.parts, index], value })) : [item]));
  }
  return found.map(({ parts, value }) => ({ path: formatFieldPath(parts), value }));
}
