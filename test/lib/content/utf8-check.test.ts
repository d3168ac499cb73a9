import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asWindows1252, findInvalidUtf8, firstInvalidOffset } from '../../../src/lib/content/utf8-check.ts';
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
