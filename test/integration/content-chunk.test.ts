import { describe, expect, test } from 'vitest';
import { contentChunkPlugin, MDX_MODULE } from '../../src/integration/content-chunk.ts';

type Hook = (name: string, config: { consumer?: 'client' | 'server' }) => unknown;
const configEnvironment = contentChunkPlugin().configEnvironment as Hook;

describe('contentChunkPlugin', () => {
  test('groups MDX modules into content chunks in server environments', () => {
    for (const name of ['prerender', 'ssr']) {
      const options = configEnvironment(name, { consumer: 'server' }) as {
        build: { rolldownOptions: { output: { codeSplitting: { groups: { name: string; test: RegExp; maxSize: number }[] } } } };
      };
      const [group] = options.build.rolldownOptions.output.codeSplitting.groups;
      expect(group.name).toBe('content');
      expect(group.test).toBe(MDX_MODULE);
      expect(group.maxSize).toBeGreaterThan(0);
    }
  });

  test('leaves the browser build alone', () => {
    expect(configEnvironment('client', { consumer: 'client' })).toBeUndefined();
    expect(configEnvironment('client', {})).toBeUndefined();
    expect(configEnvironment('custom', { consumer: 'client' })).toBeUndefined();
  });

  test('MDX_MODULE matches MDX entries with and without a query, nothing else', () => {
    for (const id of ['/c/phases/kickoff.mdx', '/c/phases/kickoff.mdx?astroPropagatedAssets', '/c/x.mdx?astroContentCollectionEntry=true'])
      expect(MDX_MODULE.test(id), id).toBe(true);
    for (const id of ['/c/phases/kickoff.md', '/c/x.mdx.ts', '/src/pages/phasen/[id].astro', '/c/mdx/file.js']) expect(MDX_MODULE.test(id), id).toBe(false);
  });
});
