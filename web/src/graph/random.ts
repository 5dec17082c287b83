/**
 * Seeded randomness for reproducible pictures: a string hash and a small PRNG.
 * Nothing in the explorer uses Math.random for layout.
 */

/** A PRNG returning numbers in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a fast 32-bit PRNG; the same seed gives the same sequence. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded by `seed` and `key` together, so each key has its own stream. */
export function keyedRandom(seed: number, key: string): Random {
  return mulberry32(hashString(`${seed}:${key}`));
}
