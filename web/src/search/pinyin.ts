/**
 * Pinyin matching, pure: a name is a list of syllables (重庆 → chong qing) and
 * a Latin query matches when it spells consecutive syllables, each by its full
 * pinyin or any prefix of it, so `tangdajun`, `tdj` and `tangdj` all find 唐大军.
 * The converter (pinyin-pro) is injected: this module has no dictionary.
 */

/** Turns a name into lowercase syllables, one per character (Latin letters and digits stay as they are). */
export type ToSyllables = (text: string) => string[];

/** A query typed in Latin letters (spaces and apostrophes allowed: `xi'an`, `tang da jun`). */
export function isPinyinQuery(query: string): boolean {
  return /^[a-zA-Z0-9\s'üÜ]*[a-zA-Z][a-zA-Z0-9\s'üÜ]*$/.test(query.trim());
}

/** The query as matched: lower case, ü as v, without spaces and apostrophes. */
export function normalisePinyinQuery(query: string): string {
  return query.toLowerCase().replace(/ü/g, 'v').replace(/[\s']/g, '');
}

/** Syllables of a name for matching: lower case, punctuation dropped. */
export function cleanSyllables(raw: readonly string[]): string[] {
  return raw.map((syllable) => syllable.toLowerCase().replace(/ü/g, 'v')).filter((syllable) => /^[a-z0-9]+$/.test(syllable));
}

/** Whether `query` from `at` spells syllables from `index` on, each by a non-empty prefix. */
function spells(query: string, at: number, syllables: readonly string[], index: number, memo: Map<number, boolean>): boolean {
  if (at === query.length) return true;
  if (index === syllables.length) return false;
  const key = at * 1024 + index;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const syllable = syllables[index] ?? '';
  let found = false;
  for (let length = Math.min(syllable.length, query.length - at); length >= 1 && !found; length -= 1) {
    found = query.startsWith(syllable.slice(0, length), at) && spells(query, at + length, syllables, index + 1, memo);
  }
  memo.set(key, found);
  return found;
}

/**
 * How well a normalised query matches a name's syllables: 0 when it spells
 * the name from its first syllable, 1 from a later one, null when it does not.
 */
export function pinyinRank(query: string, syllables: readonly string[]): 0 | 1 | null {
  if (query === '') return null;
  const memo = new Map<number, boolean>();
  for (let start = 0; start < syllables.length; start += 1) {
    if (spells(query, 0, syllables, start, memo)) return start === 0 ? 0 : 1;
  }
  return null;
}
