import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { footnoteWords } from '../../src/integration/footnote-words.ts';
import { translation } from '../../src/lib/i18n/index.ts';

const render = async (words: ReturnType<typeof footnoteWords>) =>
  String((await markdownToHtml('Eins[^1] und wieder[^1].\n\n[^1]: Fußnote.', { features: { gfm: { footnotes: words } } })).html);

describe('footnoteWords', () => {
  it('heads and labels the footnotes in the site language, first and second use apart', async () => {
    const html = await render(footnoteWords(translation('de')));
    expect(html).toContain('>Fußnoten</h2>');
    expect(html).toContain('aria-label="Zurück zum Verweis 1"');
    expect(html).toContain('aria-label="Zurück zum Verweis 1-2"');
    expect(await render(footnoteWords(translation('en')))).toContain('aria-label="Back to reference 1-2"');
  });

  it('is plain data, so that the configuration Astro compares before it reuses stored bodies holds every word', () => {
    for (const lang of ['de', 'en'] as const) {
      const words = footnoteWords(translation(lang));
      expect(JSON.parse(JSON.stringify(words)), lang).toEqual(words);
    }
  });
});
