/**
 * Where an entry's headings go when the entry is a chapter of a printed book (part h2, chapter
 * h3): its own headings start at h2, so they move two levels down, and none goes below h6.
 * Otherwise the PDF's bookmarks, which follow heading levels, would hang "Worum es geht" beside
 * the part instead of below its chapter.
 */
export const NESTED_HEADING_LEVEL = { h1: 4, h2: 4, h3: 5, h4: 6, h5: 6 } as const;

type NestedTag = keyof typeof NESTED_HEADING_LEVEL;
const isNestedTag = (name: string): name is NestedTag => Object.hasOwn(NESTED_HEADING_LEVEL, name);

/**
 * One tag, its quoted attribute values read whole, so that a `<h2` inside a title is part of its
 * tag and not a tag of its own. Serialised HTML escapes `<` in text, so every `<` outside an
 * attribute value starts a tag.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

/**
 * The serialised HTML of an entry's body with its headings moved down as in
 * `NESTED_HEADING_LEVEL`: for bodies rendered to an HTML string, which cannot be given heading
 * components the way an MDX body is.
 */
export function nestHeadings(html: string): string {
  return html.replace(TAG, (tag, slash: string, name: string, rest: string) => {
    const lower = name.toLowerCase();
    return isNestedTag(lower) ? `<${slash}h${NESTED_HEADING_LEVEL[lower]}${rest}>` : tag;
  });
}
