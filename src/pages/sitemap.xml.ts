import type { APIRoute } from 'astro';
import { sitemapPaths } from '../lib/registry/page-list.ts';
import { config, paths, siteData } from '../site/site-data.ts';

/** A sitemap of every reading page; written by hand so that it needs no extra integration. */
export const GET: APIRoute = async () => {
  const urls = sitemapPaths(await siteData(), paths).map((path) => `  <url><loc>${new URL(`${config.base}${path}`, config.site).href}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
