import { describe, expect, it } from 'vitest';
import { searchGlob } from '../../src/render/search-index.ts';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });

describe('searchGlob', () => {
  it('takes every page folder and top-level page, leaving out skipped folders and non-page folders', () => {
    const entries = [
      dir('phasen'),
      dir('druck'),
      file('index.html'),
      dir('_astro'),
      dir('pagefind'),
      dir('pdf'),
      file('404.html'),
      file('sitemap.xml'),
      file('robots.txt'),
      dir('rollen'),
    ];
    expect(searchGlob(entries, ['druck'])).toBe('{404.html,index.html,phasen/**/*.html,rollen/**/*.html}');
  });

  it('keeps a folder it does not know about: a new section is searchable by default', () => {
    expect(searchGlob([dir('glossar'), file('index.html')], ['druck'])).toBe('{glossar/**/*.html,index.html}');
  });
});
