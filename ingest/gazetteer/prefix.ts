/**
 * A filter of two-character name prefixes: the gazetteers mark the first two
 * characters of every name in a bit table, so ruling a word out costs two
 * charCodeAt calls and one bit test, and builds no string. Like a Bloom filter
 * it may answer "maybe" for a prefix no name has (the look-up that follows
 * decides), never "no" for one that a name has.
 */

/** 64 Ki bits (8 KB): small enough to stay in the L1 cache, with few false "maybe"s for some thousand names. */
const BITS = 1 << 16;

export class PrefixFilter {
  private readonly bits = new Uint8Array(BITS >> 3);

  /** Marks the prefix of `name`. */
  add(name: string): void {
    const h = slot(name.charCodeAt(0), name.charCodeAt(1) || 0);
    this.bits[h >> 3] = (this.bits[h >> 3] as number) | (1 << (h & 7));
  }

  /** Whether a name may start like `word` (+ `next` when `word` is one character). */
  mayStart(word: string, next = ''): boolean {
    const second = word.length >= 2 ? word.charCodeAt(1) : next.charCodeAt(0) || 0;
    const h = slot(word.charCodeAt(0), second);
    return ((this.bits[h >> 3] as number) & (1 << (h & 7))) !== 0;
  }
}

/** A small-integer hash of two UTF-16 code units into the table. */
function slot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 16;
}
