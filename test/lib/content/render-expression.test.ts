/**
 * Running an MDX expression as the page build will: what it throws, whether it ends, and what
 * its value prints as on the page.
 */
import { describe, expect, test } from 'vitest';
import { EXPRESSION_TIME_LIMIT_MS, expressionFailure } from '../../../src/lib/content/render-expression.ts';

const FRONTMATTER = JSON.stringify({ title: 'Datenqualität', kickoff: '2027-03-01T00:00:00.000Z', items: [{ id: 'a' }, { id: 'b' }], count: 0 });
const asText = (source: string) => expressionFailure(source, FRONTMATTER, { asText: true });
const asAttribute = (source: string) => expressionFailure(source, FRONTMATTER, { asText: false });

describe('expressionFailure', () => {
  test('what prints as text, a number or nothing passes', () => {
    const fine = [
      'frontmatter.title',
      'frontmatter.title.length',
      'frontmatter.count',
      '0',
      'true',
      'null',
      'undefined',
      'false',
      '""',
      '10n',
      'NaN',
      '[1, null, false, "x", [2, [3]]]',
      'frontmatter.items.map((item) => item.id).join(", ")',
      'frontmatter.items.map((item) => item.id)',
      'new Date(frontmatter.kickoff).getUTCFullYear()',
      'new Date(frontmatter.kickoff)',
      '({ toString: () => "Text" })',
      '1 // a note after it',
      'Math.max(1, 2)',
    ];
    for (const source of fine) expect(asText(source), source).toBeUndefined();
  });

  test('what throws: the error in one line', () => {
    expect(asText('frontmatter.nope.x')).toEqual({ kind: 'throws', error: "TypeError: Cannot read properties of undefined (reading 'x')" });
    expect(asText('JSON.parse("{")')).toEqual({ kind: 'throws', error: expect.stringMatching(/^SyntaxError: .*JSON/) });
    expect(asText('(function f() { return f() })()')).toEqual({ kind: 'throws', error: 'RangeError: Maximum call stack size exceeded' });
    expect(asText("'x'.repeat(2 ** 30)")).toEqual({ kind: 'throws', error: 'RangeError: Invalid string length' });
    // Printing a symbol throws, as it does on the page.
    expect(asText('Symbol()')).toEqual({ kind: 'throws', error: 'TypeError: Cannot convert a Symbol value to a string' });
    // A thrown value that is no error, and one whose text cannot be made.
    expect(asText('(() => { throw "kaputt\\nzweite Zeile" })()')).toEqual({ kind: 'throws', error: 'kaputt' });
    expect(asText('(() => { throw { toString() { throw 1 } } })()')).toEqual({ kind: 'throws', error: 'object' });
    // Not a single expression: the code around it does not compile.
    expect(asText('1 } catch (e) { 0')).toEqual({ kind: 'throws', error: expect.stringContaining("Unexpected token '}'") });
  });

  test('what never ends, also in a value’s own toString or a promise callback, stops at the time limit', () => {
    const slow = { kind: 'slow' };
    // A realm made in this test: its promise callbacks run before the result is read, under the limit.
    expect(asText('(Math.max = 1, 1)')).toEqual({ kind: 'builtIn', name: 'Math.max' });
    expect(asText('(() => { for (;;) {} })()')).toEqual(slow);
    expect(asText('({ toString() { for (;;) {} } })')).toEqual(slow);
    expect(asText('(() => { throw { toString() { for (;;) {} } } })()')).toEqual(slow);
    expect(asText('Promise.resolve().then(() => { for (;;) {} })')).toEqual(slow);
    expect(asAttribute('(() => { for (;;) {} })()')).toEqual(slow);
  });

  test("what prints as an object's placeholder in running text", () => {
    expect(asText('frontmatter')).toEqual({ kind: 'object', printed: '[object Object]' });
    expect(asText('frontmatter.items')).toEqual({ kind: 'object', printed: '[object Object]' });
    expect(asText('[1, [frontmatter]]')).toEqual({ kind: 'object', printed: '[object Object]' });
    // A function prints as its source code.
    expect(asText('Math.max')).toEqual({ kind: 'function' });
    expect(asText('[1, () => 1]')).toEqual({ kind: 'function' });
    expect(asText('new Map()')).toEqual({ kind: 'object', printed: '[object Map]' });
    expect(asText('Promise.resolve(1)')).toEqual({ kind: 'object', printed: '[object Promise]' });
  });

  test('no promise is left behind to reject: a printed one is caught, the ways to make others are closed', async () => {
    // Changing a built-in drops the realm: what follows runs in one made in this test.
    expect(asText('(Math.max = 1, 1)')).toEqual({ kind: 'builtIn', name: 'Math.max' });
    expect(asText('Promise.reject(new Error("x"))')).toEqual({ kind: 'object', printed: '[object Promise]' });
    // Code from strings could hold what the static check never saw.
    expect(asText('frontmatter.constructor.constructor("return (async () => { throw 1 })()")()')).toEqual({
      kind: 'throws',
      error: expect.stringMatching(/^EvalError: Code generation from strings disallowed/),
    });
    expect(asAttribute('Object.constructor("return import(\'fs\')")()')).toEqual({ kind: 'throws', error: expect.stringMatching(/^EvalError/) });
    // The realm's global object is its own: nothing of this process stands behind it.
    expect(asText('1) + (this.constructor.constructor("return process")().pid')).toEqual({ kind: 'throws', error: expect.stringMatching(/^EvalError/) });
    // The one built-in that makes a promise from the allowed names is gone.
    expect(asText('void Array.fromAsync(null)')).toEqual({ kind: 'throws', error: 'TypeError: Array.fromAsync is not a function' });
    expect(asText('[{}, Array.fromAsync(null)]')).toEqual({ kind: 'throws', error: 'TypeError: Array.fromAsync is not a function' });
    // An unhandled rejection would end the test run here, after the next turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  test('the time limit is a second', () => {
    expect(EXPRESSION_TIME_LIMIT_MS).toBe(1000);
  });

  test('an attribute only has to be computable: objects are fine there', () => {
    expect(asAttribute('frontmatter')).toBeUndefined();
    expect(asAttribute('({ color: "red" })')).toBeUndefined();
    expect(asAttribute('frontmatter.nope.x')).toEqual({ kind: 'throws', error: "TypeError: Cannot read properties of undefined (reading 'x')" });
  });

  test('each run starts from the front matter it is given, in a realm no earlier run changed', () => {
    expect(asText('(frontmatter.title = {}, 1)')).toBeUndefined();
    expect(asText('frontmatter.title.toUpperCase()')).toBeUndefined();
    expect(asText('(frontmatter = 1, 1)')).toBeUndefined();
    expect(asText('frontmatter.title.toUpperCase()')).toBeUndefined();
    expect(asText('(Math.max = 1, 1)')).toEqual({ kind: 'builtIn', name: 'Math.max' });
    expect(asText('Math.max(1, 2)')).toBeUndefined();
    expect(asText('(() => { Math.max = 1; for (;;) {} })()')).toEqual({ kind: 'slow' });
    expect(asText('Math.max(1, 2)')).toBeUndefined();
    expect(expressionFailure('frontmatter.title.length', '{}', { asText: true })).toEqual({ kind: 'throws', error: expect.stringContaining("reading 'length'") });
  });

  test('what changes a built-in, which the pages rendered after it in the build would meet, by its name', () => {
    const cases: [string, string][] = [
      ['(Array.prototype.join = null, "")', 'Array.prototype.join'],
      ['(delete Array.prototype.join, "")', 'Array.prototype.join'],
      ['(Object.defineProperty(Object.prototype, "x", { value: 1 }), "")', 'Object.prototype.x'],
      ['(Array.prototype[Symbol.iterator] = null, "")', 'Array.prototype[Symbol.iterator]'],
      ['(Object.setPrototypeOf(Math, null), "")', 'Math'],
      ['(Object.preventExtensions(JSON), "")', 'JSON'],
      ['(Object.defineProperty(Math, "max", { enumerable: true }), "")', 'Math.max'],
      ['(Object.defineProperty(Math, "min", { writable: false }), "")', 'Math.min'],
      ['(Object.defineProperty(Math, "abs", { configurable: false }), "")', 'Math.abs'],
      ['(Object.defineProperty(Array.prototype, "length", { value: 3 }), "")', 'Array.prototype.length'],
      ['(Math = 1, "")', 'Math'],
      ['(Object.getPrototypeOf([].values()).next = null, "")', 'Object.getPrototypeOf([].values()).next'],
      ['(Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())).return = null, "")', 'Object.getPrototypeOf((function* () {})).prototype.return'],
      ['(Object.getPrototypeOf(new Intl.Segmenter().segment("")).containing = null, "")', "Object.getPrototypeOf(new Intl.Segmenter().segment('')).containing"],
      ['(Iterator.prototype.map = null, "")', 'Iterator.prototype.map'],
      ['(Object.getOwnPropertyDescriptor = null, "")', 'Object.getOwnPropertyDescriptor'],
    ];
    for (const [source, name] of cases) expect(asText(source), source).toEqual({ kind: 'builtIn', name });
    // Changes to what the expression made itself are its own business.
    expect(asText('(() => { const o = {}; o.toString = () => "x"; return `${o}` })()')).toBeUndefined();
    expect(asText('[3, 1, 2].sort().reverse().join(" ")')).toBeUndefined();
    expect(asText('"abc".replace(/b/g, "x")')).toBeUndefined();
  });

  test('strict mode, as in the page’s compiled module', () => {
    expect(asText('010')).toEqual({ kind: 'throws', error: 'Octal literals are not allowed in strict mode.' });
    expect(asText('(function () { return this })() ?? "kein this"')).toBeUndefined();
  });
});
