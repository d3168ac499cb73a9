/** A character as Unicode names it, `U+0007`: how a finding shows one that cannot be shown itself. */
export const codePointLabel = (character: string): string => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
