/**
 * The entry files of a collection folder, for Astro's glob loader and for `validate` alike
 * (both list them with tinyglobby and its default options).
 */
export const ENTRY_PATTERN = '**/*.mdx';
