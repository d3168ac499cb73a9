import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { isSameOrInside } from '../lib/same-or-inside.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/**
 * The file of a built site (in `root`, published under `base`) that answers a URL path:
 * directories answer with their index.html. Undefined outside the site or when missing.
 */
export function siteFile(root: string, base: string, urlPath: string): string | undefined {
  const pathname = decodeURIComponent(urlPath);
  if (!pathname.startsWith(base)) return undefined;
  const rootDir = path.resolve(root);
  let file = path.join(rootDir, pathname.slice(base.length));
  if (!isSameOrInside(file, rootDir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Serves a built site from `root` under `base` on an ephemeral localhost port (tests, PDFs). */
export async function serveStatic(root: string, base = '/'): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const server = createServer((request, response) => {
    const file = siteFile(root, base, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      const notFound = path.join(root, '404.html');
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
