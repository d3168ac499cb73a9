/** A byte as `0xFC`: how a finding names one that is not UTF-8. */
export const byteLabel = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A character as Unicode names it, `U+0007`: how a finding shows one that cannot be shown itself. */
export const codePointLabel = (character: string): string => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
