/**
 * How a reader measures a text's length: `character` counts code points, as XML Schema's
 * maxLength does; `utf16` counts UTF-16 code units, as Excel does (an emoji is two).
 */
export type LengthUnit = 'character' | 'utf16';

const sizeOf = (character: string, unit: LengthUnit) => (unit === 'character' ? 1 : character.length);

/**
 * The text, or where it is longer than `limit`, its start ending in an ellipsis (…) so that the
 * whole is `limit` long at most: readers with a length limit (MS Project's schema, Excel's cells)
 * refuse the file or cut the text without a sign. Cut between code points only, so a surrogate
 * pair is never split into two invalid halves.
 */
export function shortened(text: string, limit: number, unit: LengthUnit = 'character'): string {
  const characters = Array.from(text);
  if (characters.reduce((sum, character) => sum + sizeOf(character, unit), 0) <= limit) return text;
  let kept = '';
  let size = 1; // the ellipsis
  for (const character of characters) {
    size += sizeOf(character, unit);
    if (size > limit) break;
    kept += character;
  }
  return `${kept}…`;
}

/**
 * The texts shortened to `limit` (in characters), none equal to one before it: a repeat ends in
 * ` (2)`, ` (3)` …, its start shortened to leave room, for readers that tell items apart by name
 * (MS Project its calendars). Case is ignored: whether such a reader tells names apart by case
 * alone is not documented.
 */
export function distinctShortened(texts: readonly string[], limit: number): string[] {
  const taken = new Set<string>();
  // Where the numbering of a name goes on: counting up from 2 each time would take quadratic time.
  const nextNumber = new Map<string, number>();
  return texts.map((text) => {
    const first = shortened(text, limit);
    let name = first;
    let number = nextNumber.get(first.toLowerCase()) ?? 2;
    while (taken.has(name.toLowerCase())) {
      const suffix = ` (${number++})`;
      name = `${shortened(text, limit - suffix.length)}${suffix}`;
    }
    nextNumber.set(first.toLowerCase(), number);
    taken.add(name.toLowerCase());
    return name;
  });
}
