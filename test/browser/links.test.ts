// Gate 9 (part 2): link checker over the built files of both builds. Every internal href/src
// (and the canonical and og:url links to the published site) resolves to a file in dist/,
// inside the base, with the trailing slash the site uses for pages; every #anchor exists as an
// id on its target page; every chunk the scripts load and every sitemap entry exists.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/lib/config.ts';
import { htmlFiles, mainSite, ROOT, subSite, type Site } from './helpers.ts';

const SITE_ORIGIN = new URL(loadConfig(ROOT, {}).site).origin;
const LOCAL = 'http://site.invalid';

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_match, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** URL a built file is served at: `phasen/x/index.html` → `/base/phasen/x/`. */
const urlOf = (site: Site, file: string) => `${LOCAL}${site.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(decodeEntities(match[1] ?? match[2]));
  return ids;
}

/** Links in the markup; text inside <pre>, <script> and <style> is not markup. */
function linksOf(html: string): string[] {
  const markup = html.replace(/<(script|style|pre)\b[^>]*>[\s\S]*?<\/\1>/gi, (block) => block.replace(/>[\s\S]*<\//, '></'));
  const links: string[] = [];
  for (const tag of markup.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s(href|src|xlink:href|poster|action|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = decodeEntities(attr[2] ?? attr[3]);
      if (attr[1] === 'srcset')
        links.push(
          ...value
            .split(',')
            .map((part) => part.trim().split(/\s+/)[0])
            .filter(Boolean),
        );
      else links.push(value);
    }
  }
  return links;
}

interface Problem {
  page: string;
  link: string;
  problem: string;
}

function checkSite(site: Site): Problem[] {
  const problems: Problem[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(path.join(site.dist, file), 'utf8')));
    return idCache.get(file)!;
  };

  /** The file a URL path resolves to, or a problem. */
  const resolve = (pathname: string): { file?: string; problem?: string } => {
    if (!pathname.startsWith(site.base)) return { problem: `outside the base ${site.base}` };
    let rel: string;
    try {
      rel = decodeURIComponent(pathname.slice(site.base.length));
    } catch {
      return { problem: 'malformed percent-encoding' };
    }
    const full = path.join(site.dist, rel);
    if (rel === '' || rel.endsWith('/')) {
      const index = path.join(rel, 'index.html');
      return existsSync(path.join(site.dist, index)) ? { file: index } : { problem: 'no such page' };
    }
    if (!existsSync(full)) return { problem: 'no such file' };
    if (statSync(full).isDirectory()) return { problem: 'page link without trailing slash (the site uses trailingSlash: always)' };
    return { file: rel };
  };

  for (const page of htmlFiles(site.dist)) {
    const html = readFileSync(path.join(site.dist, page), 'utf8');
    const base = urlOf(site, page);
    for (const link of linksOf(html)) {
      if (link === '') {
        problems.push({ page, link, problem: 'empty URL' });
        continue;
      }
      if (/^(mailto|tel|data|javascript|blob):/i.test(link)) continue;
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        problems.push({ page, link, problem: 'not a URL' });
        continue;
      }
      if (url.origin !== LOCAL && url.origin !== SITE_ORIGIN) continue; // external
      const target = resolve(url.pathname);
      if (target.problem) {
        problems.push({ page, link, problem: target.problem });
        continue;
      }
      if (url.hash && url.hash !== '#' && target.file?.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids(target.file).has(id)) problems.push({ page, link, problem: `no element with id "${id}" on ${target.file}` });
      } else if (url.hash === '#') problems.push({ page, link, problem: 'bare "#" link' });
    }
  }

  // Scripts: the chunks they import (`import("./x.js")`, `from "./x.js"`, `new URL("./x", import.meta.url)`)
  // and preload (vite's dependency lists, "_astro/x.js" relative to the base). Plain "./x.js"
  // strings are not followed: bundled libraries use them as internal module ids (elkjs in mermaid).
  const assets = path.join(site.dist, '_astro');
  const chunkRefs = [
    /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]\.\/([\w.~-]+\.(?:js|mjs|css|wasm))["'`]/g,
    /new URL\(\s*["'`]\.\/([\w.~-]+)["'`]\s*,\s*import\.meta\.url/g,
    /["'`]_astro\/([\w.~-]+\.(?:js|mjs|css|wasm))["'`]/g,
  ];
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(path.join(assets, file), 'utf8');
    for (const pattern of chunkRefs) {
      for (const match of code.matchAll(pattern)) {
        if (!existsSync(path.join(assets, match[1]))) problems.push({ page: `_astro/${file}`, link: match[0], problem: 'no such file' });
      }
    }
  }
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.css'))) {
    const css = readFileSync(path.join(assets, file), 'utf8');
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (/^(data|https?):/.test(match[1]) || match[1].startsWith('#')) continue;
      const target = resolve(new URL(match[1], `${LOCAL}${site.base}_astro/${file}`).pathname);
      if (target.problem) problems.push({ page: `_astro/${file}`, link: match[1], problem: target.problem });
    }
  }

  // Sitemap: every <loc> is a page of this build.
  const sitemap = path.join(site.dist, 'sitemap.xml');
  if (existsSync(sitemap)) {
    for (const match of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = new URL(decodeEntities(match[1]));
      const target = url.origin === SITE_ORIGIN ? resolve(url.pathname) : { problem: `origin is not ${SITE_ORIGIN}` };
      if (target.problem) problems.push({ page: 'sitemap.xml', link: match[1], problem: target.problem });
    }
  } else problems.push({ page: 'sitemap.xml', link: '', problem: 'missing' });
  return problems;
}

const format = (problems: Problem[]) => problems.map((problem) => `${problem.page}: ${problem.link} → ${problem.problem}`);

describe('gate 9: links and assets resolve inside the build', () => {
  test('root build', () => {
    const site = mainSite();
    expect(htmlFiles(site.dist).length).toBeGreaterThan(20);
    expect(format(checkSite(site))).toEqual([]);
  });

  test('sub-path build (/playbook/): every internal link carries the base', () => {
    expect(format(checkSite(subSite()))).toEqual([]);
  });

  test('the checker itself finds broken links', () => {
    const html = '<a href="/nope/">x</a><a href="/phasen#x">y</a><img src="/pdf/missing.pdf"><a href="#">z</a>';
    expect(linksOf(html)).toEqual(['/nope/', '/phasen#x', '/pdf/missing.pdf', '#']);
    expect(linksOf('<pre data-mermaid>click a href "/x/"</pre><script>const a = "<a href=\\"/y\\">"</script>')).toEqual([]);
  });
});
