import { cpSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
  const dist = mermaidDist();
  const target = path.join(outDir, path.dirname(MERMAID_CLIENT_PATH));
  cpSync(path.join(dist, 'mermaid.esm.min.mjs'), path.join(target, 'mermaid.esm.min.mjs'));
  const chunks = path.join(dist, 'chunks', 'mermaid.esm.min');
  for (const name of readdirSync(chunks)) {
    if (name.endsWith('.mjs')) cpSync(path.join(chunks, name), path.join(target, 'chunks', 'mermaid.esm.min', name));
  }
}

const mermaidDist = () => path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));

/**
 * The same files for the preview (`astro dev`), where pages draw their diagrams themselves:
 * a dev-server middleware that answers `BASE_vendor/mermaid/…` from mermaid's build. Only the
 * entry and its chunks are served; any other path under the folder is a 404.
 */
export function serveMermaidForClients(base: string) {
  const prefix = `${base}${path.posix.dirname(MERMAID_CLIENT_PATH)}/`;
  const pattern = /^(mermaid\.esm\.min\.mjs|chunks\/mermaid\.esm\.min\/[\w.-]+\.mjs)$/;
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const pathname = new URL(request.url ?? '/', 'http://preview').pathname;
    if (!pathname.startsWith(prefix)) return next();
    const file = pathname.slice(prefix.length);
    let text: Buffer | undefined;
    if (pattern.test(file)) {
      try {
        text = readFileSync(path.join(mermaidDist(), file));
      } catch {
        // a chunk name mermaid does not have
      }
    }
    if (!text) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    response.end(text);
  };
}
