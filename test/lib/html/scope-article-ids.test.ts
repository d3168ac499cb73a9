import { describe, expect, it } from 'vitest';
import { scopeArticleIds } from '../../../src/lib/html/scope-article-ids.ts';

describe('scopeArticleIds', () => {
  it('prefixes ids and local links inside each article, nothing outside', () => {
    const html =
      '<h1 id="top">T</h1><article id="a" class="x"><h2 id="intro">A</h2><a href="#intro">i</a><a href="#top">t</a></article><article id="b"><h2 id="intro">B</h2></article>';
    expect(scopeArticleIds(html)).toBe(
      '<h1 id="top">T</h1><article id="a" class="x"><h2 id="a--intro">A</h2><a href="#a--intro">i</a><a href="#top">t</a></article><article id="b"><h2 id="b--intro">B</h2></article>',
    );
  });

  it('finds the article’s id after other attributes, and takes the whole id', () => {
    const html = '<article class="part" data-part="2" id="roles"><h2 id="intro">R</h2><a href="#intro">i</a></article>';
    expect(scopeArticleIds(html)).toBe('<article class="part" data-part="2" id="roles"><h2 id="roles--intro">R</h2><a href="#roles--intro">i</a></article>');
  });

  it('leaves pages without articles unchanged', () => {
    expect(scopeArticleIds('<p id="x">y</p>')).toBe('<p id="x">y</p>');
  });
});
