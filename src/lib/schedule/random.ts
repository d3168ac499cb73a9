/**
 * Seeded pseudo-random numbers, identical on every machine: a 32-bit FNV-1a hash of the seed
 * text feeds sfc32, which uses only 32-bit integer arithmetic.
 */
export type Random = () => number;

function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function seededRandom(seedText: string): Random {
  let a = hashSeed(seedText);
  let b = hashSeed(`${seedText}#b`);
  let c = hashSeed(`${seedText}#c`);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // mix the initial state
  return next;
}
