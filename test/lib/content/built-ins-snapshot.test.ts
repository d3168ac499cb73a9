/**
 * Telling whether code changed a built-in: each kind of change, by the name code writes it with,
 * on object graphs made here, so that each change is known.
 */
import { describe, expect, test } from 'vitest';
import { snapshotBuiltIns } from '../../../src/lib/content/built-ins-snapshot.ts';

/** A small world of built-ins: a global with a namespace, a constructor with a prototype, a hidden prototype. */
function world() {
  const iteratorPrototype = { next() {} };
  const proto = {
    join() {},
    get size() {
      return 0;
    },
    [Symbol.iterator]() {},
  };
  function Thing() {}
  Thing.prototype = proto;
  const global = { Thing, Tools: { max() {}, tau: 6.28 }, frontmatterJson: '{}' };
  const made = Object.create(iteratorPrototype);
  return { global, proto, Thing, iteratorPrototype, made, snapshot: snapshotBuiltIns(global, ['frontmatterJson'], [['thing.values()', made]]) };
}

describe('snapshotBuiltIns', () => {
  test('nothing changed: no change', () => {
    const { snapshot } = world();
    expect(snapshot.firstChange()).toBeUndefined();
    expect(snapshot.firstChange()).toBeUndefined();
  });

  test('each kind of change, named by the shortest path code writes', () => {
    const changes: [string, (w: ReturnType<typeof world>) => void][] = [
      ['Tools.max', (w) => (w.global.Tools.max = () => {})],
      ['Tools.tau', (w) => (w.global.Tools.tau = 7)],
      ['Tools.tau', (w) => delete (w.global.Tools as { tau?: number }).tau],
      ['Tools.extra', (w) => Object.assign(w.global.Tools, { extra: 1 })],
      ['Tools.tau', (w) => Object.defineProperty(w.global.Tools, 'tau', { enumerable: false })],
      ['Tools.tau', (w) => Object.defineProperty(w.global.Tools, 'tau', { writable: false })],
      ['Tools.tau', (w) => Object.defineProperty(w.global.Tools, 'tau', { configurable: false })],
      ['Tools', (w) => Object.setPrototypeOf(w.global.Tools, null)],
      ['Tools', (w) => Object.preventExtensions(w.global.Tools)],
      ['Tools', (w) => (w.global.Tools = { max() {}, tau: 6.28 })],
      ['newGlobal', (w) => Object.assign(w.global, { newGlobal: 1 })],
      ['Thing.prototype.join', (w) => (w.proto.join = () => {})],
      ['Thing.prototype.size', (w) => Object.defineProperty(w.proto, 'size', { get: () => 1 })],
      ['Thing.prototype[Symbol.iterator]', (w) => (w.proto[Symbol.iterator] = () => {})],
      ['Thing.prototype[Symbol(mine)]', (w) => Object.assign(w.proto, { [Symbol('mine')]: 1 })],
      ['globalThis[Symbol(mine)]', (w) => Object.assign(w.global, { [Symbol('mine')]: 1 })],
      ['Object.getPrototypeOf(thing.values()).next', (w) => (w.iteratorPrototype.next = () => {})],
      ['Thing.name', (w) => Object.defineProperty(w.Thing, 'name', { value: 'Other' })],
      ['Thing.prototype.size', (w) => Object.defineProperty(w.proto, 'size', { set: () => {} })],
      ['Thing.prototype[Symbol()]', (w) => Object.assign(w.proto, { [Symbol()]: 1 })],
      ['globalThis', (w) => Object.setPrototypeOf(w.global, null)],
    ];
    for (const [name, change] of changes) {
      const w = world();
      change(w);
      expect(w.snapshot.firstChange(), name).toBe(name);
    }
  });

  test('the keys its owner sets on purpose are not changes; the same value again is none', () => {
    const w = world();
    w.global.frontmatterJson = '{"title":"x"}';
    w.global.Tools.tau = 6.28;
    expect(w.snapshot.firstChange()).toBeUndefined();
    Object.assign(w.global, { frontmatterJson: undefined });
    delete (w.global as { frontmatterJson?: string }).frontmatterJson;
    expect(w.snapshot.firstChange()).toBeUndefined();
  });

  test('a value put in place of a built-in is compared, never walked: a proxy’s traps do not run', () => {
    const w = world();
    const trap = () => {
      throw new Error('a trap ran');
    };
    w.global.Tools = new Proxy({ max() {}, tau: 6.28 }, { ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, isExtensible: trap });
    expect(w.snapshot.firstChange()).toBe('Tools');
  });

  test('what code makes with the built-ins is not recorded: changing it is no change', () => {
    const w = world();
    const mine = Object.create(w.proto) as { join: unknown };
    mine.join = 1;
    expect(w.snapshot.firstChange()).toBeUndefined();
  });
});
