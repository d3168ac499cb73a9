import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COLLECTION_NAMES } from '../../src/lib/registry/collection-names.ts';
import { linkNodeModules } from './project-copy.ts';

/**
 * The baseline: a bare Astro 7 + MDX project over the same content folder. Content collections
 * with a glob loader and a trivial schema (a title, everything else passed through), one page
 * per entry with a minimal layout that prints the entry's front-matter texts and its MDX body
 * (so the pages carry the same text); no validation, no diagrams, no search index, no PDFs.
 */
const BARE_COLLECTIONS = COLLECTION_NAMES;

export function makeBareProject(repoRoot: string, contentDir: string, parent = os.tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, 'kickoff-bench-bare-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('package.json', JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2));
  write(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { build: { rollupOptions: { onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); } } }, logLevel: 'warn' },
});
`,
  );
  // Every collection folder is read even when empty, like the real site; a missing folder
  // would only make Astro warn.
  for (const name of BARE_COLLECTIONS) mkdirSync(path.join(contentDir, name), { recursive: true });
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = ${JSON.stringify(contentDir)};
const schema = z.looseObject({ title: z.string() });
const collection = (name: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.mdx', base: \`\${base}/\${name}\` }), schema });

export const collections = {
${BARE_COLLECTIONS.map((name) => `  ${name}: collection('${name}'),`).join('\n')}
};
`,
  );
  write(
    'src/layouts/Layout.astro',
    `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`,
  );
  write(
    'src/pages/[collection]/[id].astro',
    `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
  const names = ${JSON.stringify(BARE_COLLECTIONS)};
  const paths = [];
  for (const name of names) {
    for (const entry of await getCollection(name)) paths.push({ params: { collection: name, id: entry.id }, props: { entry } });
  }
  return paths;
}

/** Every text and number of the front matter, in order, so the page carries the same text. */
function texts(value, out = []) {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) for (const item of value) texts(item, out);
  else if (value instanceof Date) out.push(value.toISOString().slice(0, 10));
  else if (typeof value === 'object') for (const item of Object.values(value)) texts(item, out);
  else out.push(String(value));
  return out;
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const { title, ...data } = entry.data;
---
<Layout title={title}>
  <h1>{title}</h1>
  <ul>{texts(data).map((text) => <li>{text}</li>)}</ul>
  <Content />
</Layout>
`,
  );
  write(
    'build.mjs',
    `// Builds like \`kickoff build\` does: Astro's programmatic build, in-process, with Node's
// compile cache on as the \`astro\` and \`kickoff\` commands have it.
import module from 'node:module';
if (!process.env.CI) module.enableCompileCache?.();
const { build } = await import('astro');
await build({ root: process.cwd(), logLevel: process.env.BARE_LOG_LEVEL ?? 'info' });
`,
  );
  linkNodeModules(repoRoot, dir);
  return dir;
}
