// Experiment (not committed): where a binder's print time goes.
import { readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launchBrowser } from '../src/render/browser.ts';
import { siteFile, CONTENT_TYPES } from '../src/render/static-server.ts';
import { readFileSync } from 'node:fs';

const dist = process.argv[2];
const base = '/';
const binders = readdirSync(path.join(dist, 'plaene')).filter((d) => !d.includes('.')).slice(0, 8).map((d) => `plaene/${d}/mappe/`);
const PDF = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;
const browser = (await launchBrowser())!;
const mode = process.argv[3] ?? 'route';
let origin = 'https://kickoff.example.org';
if (mode === 'route') {
  let requests = 0;
  await browser.context.route('**/*', async (route) => {
    requests++;
    const url = new URL(route.request().url());
    const file = siteFile(dist, base, url.pathname);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    if (process.env.NOJS && file.endsWith('.js')) return route.abort();
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
  process.on('exit', () => console.log('routed requests', requests));
} else {
  const server = http.createServer((req, res) => {
    const file = siteFile(dist, base, new URL(req.url!, 'http://x').pathname);
    if (!file) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}
const page = await browser.context.newPage();
if (process.argv[4] === 'hold') {
  await page.addInitScript(() => {
    const hold = () => {
      const style = document.createElement('style');
      style.id = 'print-hold';
      style.textContent = 'html { display: none !important }';
      document.documentElement.append(style);
    };
    if (document.documentElement) hold();
    else new MutationObserver((_, observer) => { if (document.documentElement) { observer.disconnect(); hold(); } }).observe(document, { childList: true });
  });
}
await page.emulateMedia({ media: 'print', colorScheme: 'light' });
const t = { goto: 0, probe: 0, full: 0 };
for (const b of binders) {
  let s = performance.now();
  await page.goto(`${origin}/${b}`, { waitUntil: 'load' });
  t.goto += performance.now() - s;
  s = performance.now();
  await page.evaluate(() => document.getElementById('print-hold')?.remove());
  const style = await page.addStyleTag({ content: 'body * { visibility: hidden !important } :is(h1, h2, h3, h4, h5, h6), :is(h1, h2, h3, h4, h5, h6) * { visibility: visible !important }' });
  await page.pdf(PDF);
  await style.evaluate((e) => (e as Element).remove());
  t.probe += performance.now() - s;
  s = performance.now();
  const pdf = await page.pdf(PDF);
  t.full += performance.now() - s;
  if (b === binders[0]) { console.log('pdf bytes', pdf.length); (await import('node:fs')).writeFileSync(`/tmp/binder-${process.argv[4] ?? 'plain'}.pdf`, pdf); }
}
console.log(mode, binders.length, 'binders; ms each: goto', (t.goto / binders.length).toFixed(0), 'probe', (t.probe / binders.length).toFixed(0), 'full', (t.full / binders.length).toFixed(0));
await browser.close();
process.exit(0);
