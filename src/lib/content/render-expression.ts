import vm from 'node:vm';
import { snapshotBuiltIns, type BuiltInsSnapshot } from './built-ins-snapshot.ts';

/**
 * How long one expression may run. Text in a page has no reason to compute for long: one still
 * running after a second is taken to be endless, which would hang the page build (Astro itself
 * waits for ever). A machine busy enough to make an honest expression take that long is unlikely.
 */
export const EXPRESSION_TIME_LIMIT_MS = 1000;

/**
 * How much memory the process that runs expressions may take (expression-check.ts). A page's
 * text has no use for more; an expression that needs gigabytes would end the build with V8's
 * out-of-memory crash.
 */
export const EXPRESSION_MEMORY_MB = 128;

/**
 * Why an expression that names only known things still breaks its page: it throws (`error` is
 * its message), it is still running at the time limit (`slow`), it needs more memory than a page
 * may (`memory`: told only where it runs in a process of its own, expression-check.ts), it
 * changes a built-in (`builtIn`, by name), which the pages rendered after it would meet, or its
 * value is no text a reader could use: an object, which Astro prints as `[object Object]` or the
 * like (`object`, with what it printed), or a function, whose source code Astro prints (`function`).
 */
export type ExpressionFailure =
  | { kind: 'throws'; error: string }
  | { kind: 'slow' }
  | { kind: 'memory' }
  | { kind: 'builtIn'; name: string }
  | { kind: 'object'; printed: string }
  | { kind: 'function' };

/**
 * Runs an MDX expression the way the page build will: in strict mode, as the page's compiled
 * module does, with `frontmatter` as the entry's front matter (`frontmatterJson`, the JSON Astro
 * serialises it to) and the globals of a realm no earlier expression has changed. `asText` also
 * checks what the value prints as, for an expression in running text; an attribute's value only
 * has to be computable. Everything, printing included, runs in the realm under the time limit: a
 * value's own `toString` can loop too. The realm compiles no code from strings (`Function("…")`),
 * so that nothing the static check has not seen can run.
 */
export function expressionFailure(source: string, frontmatterJson: string, options: { asText: boolean }): ExpressionFailure | undefined {
  const realm = (kept ??= newRealm());
  realm.context.frontmatterJson = frontmatterJson;
  const run = options.asText ? `print(${inParentheses(source)})` : `(${inParentheses(source)}, '')`;
  const program = `'use strict';\nfrontmatter = JSON.parse(frontmatterJson);\ntry { 'ok:' + ${run}; } catch (error) { 'throws:' + describe(error); }`;
  let outcome: unknown;
  try {
    outcome = vm.runInContext(program, realm.context, { timeout: EXPRESSION_TIME_LIMIT_MS });
  } catch (error) {
    // Stopped half way, it may have left the realm in any state.
    kept = undefined;
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { kind: 'slow' };
    // The program itself did not compile: the expression was no single expression.
    return { kind: 'throws', error: String((error as { message?: unknown }).message).split('\n')[0] };
  }
  const changed = realm.builtIns.firstChange();
  if (changed !== undefined) {
    kept = undefined;
    return { kind: 'builtIn', name: changed };
  }
  const text = String(outcome);
  if (text.startsWith('throws:')) return { kind: 'throws', error: text.slice('throws:'.length) };
  const printed = text.slice('ok:'.length);
  if (printed === '') return undefined;
  return printed === FUNCTION ? { kind: 'function' } : { kind: 'object', printed };
}

/**
 * An expression's source as it runs, here and on the page: in parentheses. The static check
 * (mdx-render-check.ts) reads exactly this text. The newlines keep a trailing `// comment` from
 * swallowing the closing parenthesis.
 */
export const inParentheses = (source: string) => `(\n${source}\n)`;

interface Realm {
  context: vm.Context;
  builtIns: BuiltInsSnapshot;
}

/**
 * The realm the last expression ran in, as long as it left the built-ins unchanged: making a
 * realm of its own for every expression costs 3 ms, checking the built-ins 1 ms.
 */
let kept: Realm | undefined;

function newRealm(): Realm {
  // An ordinary global object of the realm's own, with no object of this process behind it: a
  // contextified one leads through `this.constructor` to this process's `Function`.
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY, { microtaskMode: 'afterEvaluate', codeGeneration: { strings: false, wasm: false } });
  const [global, hidden] = vm.runInContext(IN_REALM, context) as [object, [string, unknown][]];
  return { context, builtIns: snapshotBuiltIns(global, ['frontmatterJson'], hidden) };
}

/** What `print` answers for a function, which the page would print as its source code. */
const FUNCTION = 'function';

/**
 * Code that makes an object of each kind whose prototype no global names: the built-ins of
 * iterators, generators and async functions are reachable only through such objects.
 */
const HIDDEN_BUILT_INS = [
  '[].values()',
  'new Map().values()',
  'new Set().values()',
  "''[Symbol.iterator]()",
  "/a/[Symbol.matchAll]('')",
  '[].values().map((item) => item)',
  'Iterator.from({ next: () => ({ done: true }) })',
  "new Intl.Segmenter().segment('')",
  "new Intl.Segmenter().segment('')[Symbol.iterator]()",
  '(function* () {})',
  '(function* () {})()',
  '(async function () {})',
  '(async function* () {})',
  '(async function* () {})()',
];

/**
 * What runs once in a new realm, whose value is the realm's global object and the objects of
 * `HIDDEN_BUILT_INS` by their code: `frontmatter`, which
 * each run sets; the realm without the one built-in that
 * makes a promise from names the static check allows (`Array.fromAsync`; a rejected promise left
 * behind would end the whole process); `print`, which prints a value as Astro's JSX renderer does
 * (nothing for empty values, each item of a list, `${value}` for the rest) and returns the first
 * piece no reader could use: an object's placeholder such as `[object Object]` or
 * `[object Promise]`, or `function` for a function; else ''. And `describe`, a thrown value in
 * one line.
 */
const IN_REALM = `'use strict';
let frontmatter;
delete Array.fromAsync;
const print = (value) => {
  if (Array.isArray(value)) {
    for (const item of value) {
      const bad = print(item);
      if (bad) return bad;
    }
    return '';
  }
  if (typeof value === 'string' || (!value && value !== 0)) return '';
  if (typeof value === 'function') return '${FUNCTION}';
  // A promise made some other way than the static check sees: its rejection must not end us.
  if (typeof value.then === 'function') value.then(undefined, () => {});
  const text = \`\${value}\`;
  return /^\\[object [^\\]]*\\]$/.test(text) ? text : '';
};
const describe = (error) => {
  try {
    const text = error instanceof Error ? \`\${error.name}: \${error.message}\` : String(error);
    return text.split('\\n')[0];
  } catch {
    return typeof error;
  }
};
[globalThis, [${HIDDEN_BUILT_INS.map((code) => `[${JSON.stringify(code)}, ${code}]`).join(', ')}]];`;
