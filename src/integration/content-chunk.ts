import type { Plugin } from 'vite';

/** Module ids of MDX entries, also with the query strings Astro's content layer adds. */
export const MDX_MODULE = /\.mdx(\?|$)/;

/**
 * A Vite plugin that bundles the MDX modules of the server build into a few large chunks.
 *
 * Astro imports each content entry lazily, so by default every entry and its small wrapper
 * module become chunks of their own: about 4,000 chunks for 2,000 pages. Rolldown and Vite
 * pay a fixed cost for every chunk, which made "rendering chunks" the slowest step of the
 * bundle. The server build is only run at build time to prerender the pages and is then
 * deleted, so large chunks cost readers nothing. The browser build keeps its splitting.
 */
export function contentChunkPlugin(): Plugin {
  return {
    name: 'kickoff:content-chunk',
    configEnvironment(name, config) {
      if (name === 'client' || config.consumer === 'client') return;
      // A few chunks of at most 4 MB rather than one: no single huge module on large sites.
      return { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: MDX_MODULE, maxSize: 4 * 1024 * 1024 }] } } } } };
    },
  };
}
