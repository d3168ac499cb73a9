import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asWindows1252, findInvalidUtf8, firstInvalidOffset, isUtf16 } from '../../../src/lib/content/utf8-check.ts';
import { numRuns } from '../../helpers/property-runs.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const strictDecode = (input: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);

describe('findInvalidUtf8', () => {
  test('UTF-8 text, with umlauts, emoji and a byte order mark, is fine', () => {
    for (const text of ['', 'plain ascii\n', 'Datenqualität, Übergabe, Maß\n', '\uFEFF---\ntitle: x\n---\n', 'Go-live 🚀 ◆ „Zitat“']) {
      expect(findInvalidUtf8(utf8(text)), text).toBeUndefined();
    }
  });

  test('a Windows-1252 umlaut is found with its byte and line', () => {
    const latin1 = Uint8Array.from([...utf8('---\ntitle: "Pr'), 0xfc, ...utf8('fung"\n---\n')]);
    expect(findInvalidUtf8(latin1)).toEqual({ byte: 0xfc, line: 2 });
    expect(asWindows1252(0xfc)).toBe('ü');
    expect(asWindows1252(0x84)).toBe('„');
  });

  test('malformed sequences: lone continuation, overlong, surrogate, beyond U+10FFFF, cut short', () => {
    expect(firstInvalidOffset(bytes(0x41, 0x80))).toBe(1);
    expect(firstInvalidOffset(bytes(0xc0, 0x80))).toBe(0);
    expect(firstInvalidOffset(bytes(0xe0, 0x80, 0x80))).toBe(0);
    expect(firstInvalidOffset(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
    expect(firstInvalidOffset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidOffset(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2);
    expect(firstInvalidOffset(bytes(0xff))).toBe(0);
  });

  test('agrees with a strict decoder on any bytes, and the text before the offset is UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true;
        try {
          strictDecode(input);
        } catch {
          valid = false;
        }
        const found = findInvalidUtf8(input);
        expect(found === undefined).toBe(valid);
        if (found) {
          const offset = firstInvalidOffset(input);
          expect(input[offset]).toBe(found.byte);
          expect(() => strictDecode(input.subarray(0, offset))).not.toThrow();
        }
      }),
      { numRuns: numRuns(2000) },
    );
  });
});

describe('isUtf16', () => {
  const utf16le = (text: string) => Buffer.from(text, 'utf16le');
  test('a byte order mark of either order is UTF-16, whatever follows', () => {
    expect(isUtf16(Buffer.from([0xff, 0xfe]))).toBe(true);
    expect(isUtf16(Buffer.from([0xfe, 0xff, 0x41, 0x42]))).toBe(true);
    expect(isUtf16(Buffer.from([0xff, 0xff]))).toBe(false);
    expect(isUtf16(Buffer.from([0xfe, 0xfe]))).toBe(false);
  });

  test('without one: a zero on the same side of every pair of the start', () => {
    expect(isUtf16(utf16le('---\ntitle: Datenqualität\n'))).toBe(true);
    expect(isUtf16(utf16le('---\ntitle: x\n').swap16())).toBe(true);
    // An odd byte at the end is left out of the pairs.
    expect(isUtf16(Buffer.concat([utf16le('abcd'), Buffer.from([0x41])]))).toBe(true);
    // Four characters at least.
    expect(isUtf16(utf16le('abc'))).toBe(false);
    expect(isUtf16(Buffer.concat([utf16le('abc'), Buffer.from([0x41])]))).toBe(false);
    // Only the first 64 bytes count.
    expect(isUtf16(Buffer.concat([utf16le('a'.repeat(32)), Buffer.from('bcd')]))).toBe(true);
    expect(isUtf16(Buffer.concat([utf16le('a'.repeat(31)), Buffer.from('bcd')]))).toBe(false);
  });

  test('UTF-8 text, binary data and too little are not', () => {
    expect(isUtf16(Buffer.from('---\ntitle: Datenqualität\n'))).toBe(false);
    expect(isUtf16(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]))).toBe(false);
    // Zeros on both sides, or one pair without any.
    expect(isUtf16(Buffer.concat([utf16le('abc'), Buffer.from([0x00, 0x42])]))).toBe(false);
    expect(isUtf16(Buffer.concat([utf16le('abc'), Buffer.from([0x42, 0x43])]))).toBe(false);
    expect(isUtf16(Buffer.concat([utf16le('abc'), Buffer.from([0x00, 0x00])]))).toBe(false);
    expect(isUtf16(Buffer.concat([utf16le('abc').swap16(), Buffer.from([0x00, 0x00])]))).toBe(false);
    expect(isUtf16(Buffer.from([0x00, 0x01, 0x02]))).toBe(false);
    expect(isUtf16(Buffer.from([0x41]))).toBe(false);
    expect(isUtf16(Buffer.from([]))).toBe(false);
  });
});
