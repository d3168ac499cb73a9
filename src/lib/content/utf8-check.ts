import { isUtf8 } from 'node:buffer';

/** Where a file stops being UTF-8: the offending byte and its 1-based line. */
export interface InvalidUtf8 {
  byte: number;
  line: number;
}

/**
 * The first byte of `bytes` that is not part of well-formed UTF-8, or `undefined` when the whole
 * buffer is UTF-8. A file saved as Windows-1252 or ISO 8859-1 (common for German text on
 * Windows) would otherwise be read with „�“ in place of every umlaut.
 */
export function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  if (isUtf8(bytes)) return undefined;
  const offset = firstInvalidOffset(bytes);
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return { byte: bytes[offset], line };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
export function firstInvalidOffset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index++;
      continue;
    }
    const [length, secondMin, secondMax] = sequenceOf(lead);
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
      // A lead byte whose sequence is cut short is where the text stops being UTF-8.
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return bytes.length;
}

/** Sequence length and the allowed range of the second byte for a lead byte (0 = not a lead byte). */
function sequenceOf(lead: number): [length: number, secondMin: number, secondMax: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/** How a byte reads in Windows-1252, the usual encoding of a German text not saved as UTF-8. */
export function asWindows1252(byte: number): string {
  return new TextDecoder('windows-1252').decode(new Uint8Array([byte]));
}

/**
 * Whether bytes are UTF-16 text, as Windows editors save "Unicode" files: a byte order mark
 * (FF FE or FE FF), or, without one, a zero in every other byte of the start (at least four
 * characters), as Latin text has in UTF-16. Said apart from binary data, the message can name the fix.
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const start = bytes.subarray(0, Math.min(bytes.length - (bytes.length % 2), UTF16_SAMPLE_BYTES));
  // Fewer than four characters tell nothing: three bytes of binary data could pass.
  if (start.length < 8) return false;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < start.length; index++) {
    if (start[index] !== 0) continue;
    if (index % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  const pairs = start.length / 2;
  // Every pair holds a zero on the same side and a character on the other.
  return (zeroOdd === pairs && zeroEven === 0) || (zeroEven === pairs && zeroOdd === 0);
}

/** How much of a file's start tells UTF-16 without a byte order mark. */
const UTF16_SAMPLE_BYTES = 64;
