import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MERMAID_CLIENT_PATH } from '../lib/diagram/mermaid-config.ts';

const require = createRequire(import.meta.url);

/**
 * Copies mermaid's prebuilt ES module build (entry and its lazily loaded chunks, no source
 * maps) into the site, for the builds whose diagrams are drawn in the reader's browser. Serving
 * the prebuilt files spares bundling mermaid with Vite on every build (about 3.5 s).
 */
export function copyMermaidForClients(outDir: string): void {
  const dist = path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
  const target = path.join(outDir, path.dirname(MERMAID_CLIENT_PATH));
  cpSync(path.join(dist, 'mermaid.esm.min.mjs'), path.join(target, 'mermaid.esm.min.mjs'));
  const chunks = path.join(dist, 'chunks', 'mermaid.esm.min');
  for (const name of readdirSync(chunks)) {
    if (name.endsWith('.mjs')) cpSync(path.join(chunks, name), path.join(target, 'chunks', 'mermaid.esm.min', name));
  }
}
