import type { Features } from 'satteri';
import type { Translation } from '../lib/i18n/translation.ts';

type FootnoteOptions = Exclude<Extract<Features['gfm'], object>['footnotes'], boolean | undefined>;

/**
 * The words of a body's footnotes section in the site's language, for the Markdown pipeline
 * (its own are English): the section's heading, which screen readers read, and the label of each
 * link back to its reference, whose `{reference}` the pipeline fills in with `2` for the first use
 * of footnote 2 and `2-2` for the second. Plain text, not functions: Astro keeps a body rendered
 * while the content loads as long as its configuration, these words included, is unchanged, and
 * it compares the configuration as JSON, in which a function is not written.
 */
export function footnoteWords(t: Translation): FootnoteOptions {
  return { label: t.ui.footnotes, backLabel: t.ui.footnoteBack('{reference}') };
}
