/**
 * `seededRandom`: the same numbers on every machine for the same seed text. The oracle is the
 * published algorithms, written out again here: FNV-1a (32 bit) for the seed text, checked against
 * the test vectors of its authors (Fowler, Noll, Vo: "a" → 0xe40c292c, "foobar" → 0xbf9cf968), and
 * sfc32 (Chris Doty-Humphrey's small fast counting generator from PractRand) fed with the hashes
 * of the text, of text + "#b" and of text + "#c" and a counter of 1, its first 12 outputs skipped.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/lib/schedule/random.ts';

function fnv1a(text: string): number {
  let hash = 2166136261;
  for (const char of text) {
    hash = (hash ^ char.charCodeAt(0)) >>> 0;
    // Multiplying by the FNV prime 16777619 = 2^24 + 403, modulo 2^32, in exact steps.
    hash = (((hash * 403) >>> 0) + ((hash << 24) >>> 0)) >>> 0;
  }
  return hash;
}

function sfc32(seedA: number, seedB: number, seedC: number): () => number {
  let [a, b, c, counter] = [seedA, seedB, seedC, 1];
  return () => {
    const t = (a + b + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + c * 8) >>> 0;
    c = (((c << 21) | (c >>> 11)) + t) >>> 0;
    return t / 2 ** 32;
  };
}

function expected(seed: string, count: number): number[] {
  const next = sfc32(fnv1a(seed), fnv1a(`${seed}#b`), fnv1a(`${seed}#c`));
  for (let i = 0; i < 12; i++) next();
  return Array.from({ length: count }, next);
}

describe('seededRandom', () => {
  it('the oracle’s FNV-1a gives the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives sfc32’s numbers for the FNV-1a hashes of the seed text', () => {
    for (const seed of ['kleiner-start', 'a', '', 'plan-with-a-long-id-0123456789']) {
      const random = seededRandom(seed);
      expect(Array.from({ length: 20 }, random), seed).toEqual(expected(seed, 20));
    }
  });

  it('gives numbers in [0, 1)', () => {
    const random = seededRandom('range');
    const values = Array.from({ length: 10_000 }, random);
    expect(values.filter((value) => !(value >= 0 && value < 1))).toEqual([]);
  });
});
