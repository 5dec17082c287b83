/**
 * The order both stores give ids, keys and titles: Neo4j's, by Unicode code
 * point. JavaScript's `<` compares UTF-16 code units, which puts a character
 * beyond U+FFFF (a surrogate pair, 0xD800–0xDFFF) before one in
 * U+E000–U+FFFF such as fullwidth `（`; code point order puts it after. Where
 * the Neo4j store orders in Cypher and the embedded store in JavaScript, both
 * must agree, so every such comparison in JavaScript goes through here.
 */

/** Code units from 0xD800 on, moved so that they compare in code point order. */
function codePointRank(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` in code point order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === shorter) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  // Below 0xD800 code units already compare as code points do.
  return x >= 0xd800 && y >= 0xd800 ? codePointRank(x) - codePointRank(y) : x - y;
}
