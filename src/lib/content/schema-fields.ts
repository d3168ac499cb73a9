import type { z } from 'astro/zod';

/** The parts of zod's schema definitions this walk reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value may be checked against, looking through wrappers, pipes, unions and intersections. */
function alternatives(schema: z.ZodType, depth = 0): z.ZodType[] {
  // Recursive schemas (z.lazy) would walk forever; no content schema nests this deep.
  if (depth > 20) return [];
  const def = defOf(schema);
  const inner = (...schemas: (z.ZodType | undefined)[]) => schemas.flatMap((next) => (next ? alternatives(next, depth + 1) : []));
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'union':
      return inner(...(def.options ?? []));
    case 'intersection':
      return inner(def.left, def.right);
    case 'lazy':
      return inner(def.getter?.());
    default:
      return [schema];
  }
}

/**
 * The field names an object at `path` of a value may have under `schema` (every alternative's
 * fields where a union allows several), for suggesting the field a misspelt key meant.
 */
export function fieldNamesAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current = alternatives(schema);
  for (const part of path) {
    current = current.flatMap((candidate) => {
      const def = defOf(candidate);
      if (typeof part === 'number') return def.type === 'array' && def.element ? alternatives(def.element) : [];
      const field = def.type === 'object' ? def.shape?.[part] : undefined;
      return field ? alternatives(field) : [];
    });
  }
  return [...new Set(current.flatMap((candidate) => Object.keys(defOf(candidate).shape ?? {})))];
}
