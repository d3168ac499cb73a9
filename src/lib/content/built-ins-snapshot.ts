/**
 * The built-ins of a realm as they were, to tell whether code run in it changed one. The pages of
 * a build share one realm: an expression that replaces `Array.prototype.join` or deletes
 * `Math.max` breaks every page rendered after it, which a check in a realm of its own never sees.
 *
 * Everything here runs in the realm that takes the snapshot (ours), on the other realm's
 * objects: code in the other realm can replace its own `Object.getOwnPropertyDescriptor`, not
 * ours. Only the objects recorded are walked again, never a value put in their place, which could
 * be a proxy whose traps run its code.
 */

interface Recorded {
  object: object;
  name: string;
  prototype: object | null;
  extensible: boolean;
  keys: (string | symbol)[];
  properties: PropertyDescriptor[];
}

export interface BuiltInsSnapshot {
  /** The first built-in changed since the snapshot, by its name (`Array.prototype.join`), or undefined. */
  firstChange(): string | undefined;
}

/**
 * Records every object reachable from the own properties of `global` and from the `hidden`
 * objects (prototypes, property values, getters and setters), each named by the first path that
 * reaches it, and the global's own properties, less those in `skip` (the ones its owner sets on
 * purpose). A hidden object is one made by code (its name): built-ins that no global names, such
 * as the prototype of array iterators, are reachable only through one.
 */
export function snapshotBuiltIns(global: object, skip: readonly string[], hidden: readonly [string, unknown][] = []): BuiltInsSnapshot {
  const recorded: Recorded[] = [];
  const seen = new Set<unknown>();
  // Breadth first, prototypes last, so that each object gets its shortest name as code writes it
  // (`Array.prototype.join`, not a chain of `Object.getPrototypeOf`).
  const todo: { value: unknown; name: string }[] = [{ value: global, name: 'globalThis' }, ...hidden.map(([name, value]) => ({ value, name }))];
  const prototypes: typeof todo = [];
  for (let next = 0, nextPrototype = 0; next < todo.length || nextPrototype < prototypes.length; ) {
    const { value: object, name } = next < todo.length ? todo[next++] : prototypes[nextPrototype++];
    if (object === null || (typeof object !== 'object' && typeof object !== 'function') || seen.has(object)) continue;
    seen.add(object);
    const keys = Reflect.ownKeys(object).filter((key) => object !== global || !skip.includes(String(key)));
    const properties = keys.map((key) => Reflect.getOwnPropertyDescriptor(object, key)!);
    recorded.push({ object, name, prototype: Reflect.getPrototypeOf(object), extensible: Reflect.isExtensible(object), keys, properties });
    const owner = object === global ? undefined : name;
    prototypes.push({ value: Reflect.getPrototypeOf(object), name: `Object.getPrototypeOf(${name})` });
    keys.forEach((key, index) => {
      const property = properties[index];
      const path = propertyPath(owner, key);
      todo.push({ value: property.value, name: path }, { value: property.get, name: path }, { value: property.set, name: path });
    });
  }
  return { firstChange: () => firstChange(recorded, global, skip) };
}

function firstChange(recorded: readonly Recorded[], global: object, skip: readonly string[]): string | undefined {
  for (const { object, name, prototype, extensible, keys, properties } of recorded) {
    if (Reflect.getPrototypeOf(object) !== prototype || Reflect.isExtensible(object) !== extensible) return name;
    const owner = object === global ? undefined : name;
    const now = Reflect.ownKeys(object).filter((key) => object !== global || !skip.includes(String(key)));
    const added = now.find((key) => !keys.includes(key));
    if (added !== undefined) return propertyPath(owner, added);
    for (const [index, key] of keys.entries()) {
      const current = Reflect.getOwnPropertyDescriptor(object, key);
      if (!current || !sameProperty(current, properties[index])) return propertyPath(owner, key);
    }
  }
  return undefined;
}

const sameProperty = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;

/**
 * A property's name as code writes it: `Math.max`, `Array.prototype[Symbol.iterator]`, and a
 * global's own name alone (`owner` undefined).
 */
function propertyPath(owner: string | undefined, key: string | symbol): string {
  if (typeof key === 'string') return owner === undefined ? key : `${owner}.${key}`;
  const description = key.description ?? '';
  return `${owner ?? 'globalThis'}[${description.startsWith('Symbol.') ? description : `Symbol(${description})`}]`;
}
