import { describe, expect, it } from 'vitest';
import { NESTED_HEADING_LEVEL, nestHeadings } from '../../../src/lib/html/nest-headings.ts';

describe('nestHeadings', () => {
  it('moves each heading level down as the table says, opening and closing tag alike', () => {
    const html = '<h1 id="a">A</h1>\n<h2 id="b">B</h2>\n<h3>C</h3>\n<h4>D</h4>\n<h5>E</h5>\n<h6>F</h6>';
    expect(nestHeadings(html)).toBe('<h4 id="a">A</h4>\n<h4 id="b">B</h4>\n<h5>C</h5>\n<h6>D</h6>\n<h6>E</h6>\n<h6>F</h6>');
  });

  it('follows the table for every level it names', () => {
    for (const [tag, level] of Object.entries(NESTED_HEADING_LEVEL)) {
      expect(nestHeadings(`<${tag} class="x">T</${tag}>`)).toBe(`<h${level} class="x">T</h${level}>`);
    }
  });

  it('leaves every other element alone, also those whose names start like a heading', () => {
    const html = '<header><hr><p>h2 <em>x</em></p><ul><li>1</li></ul></header><h2x>y</h2x>';
    expect(nestHeadings(html)).toBe(html);
  });

  it('never reads a tag inside a quoted attribute value', () => {
    const html = `<p><a href="#x" title="zeigt <h2 class='y'> und </h2>">Link</a></p><h2 title='a > <h3>'>T</h2>`;
    expect(nestHeadings(html)).toBe(`<p><a href="#x" title="zeigt <h2 class='y'> und </h2>">Link</a></p><h4 title='a > <h3>'>T</h4>`);
  });

  it('keeps text with escaped angle brackets as it is', () => {
    const html = '<h2>Von &lt;h2&gt; zu h4</h2><p><code>&lt;h3&gt;</code></p>';
    expect(nestHeadings(html)).toBe('<h4>Von &lt;h2&gt; zu h4</h4><p><code>&lt;h3&gt;</code></p>');
  });

  it('reads upper-case tag names', () => {
    expect(nestHeadings('<H2>T</H2>')).toBe('<h4>T</h4>');
  });
});
