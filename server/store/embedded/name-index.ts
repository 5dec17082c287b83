/**
 * An n-gram inverted index over entity names and aliases, so search answers
 * "which names contain this text" without scanning every entity. Chinese users
 * type part of a name (江津 for 江津区委), so every name is indexed by its single
 * characters and its character pairs; a query's pairs are intersected and the
 * few candidates left are checked and ranked: exact, then prefix, then substring.
 */

/** How a name matches a query; lower ranks first. */
export const MatchTier = { Exact: 0, Prefix: 1, Substring: 2 } as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

/** Search text and names compare after NFKC, lower case and without white space (黄 伟 = 黄伟). */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** The best tier at which any of `names` matches the normalised query, or undefined. */
export function matchTier(query: string, names: string[]): MatchTier | undefined {
  return tierOfNormalised(query, names.map(normaliseName));
}

function tierOfNormalised(query: string, names: readonly string[]): MatchTier | undefined {
  let best: MatchTier | undefined;
  for (const n of names) {
    const tier =
      n === query
        ? MatchTier.Exact
        : n.startsWith(query)
          ? MatchTier.Prefix
          : n.includes(query)
            ? MatchTier.Substring
            : undefined;
    if (tier !== undefined && (best === undefined || tier < best)) best = tier;
  }
  return best;
}

function gramsOf(term: string): Set<string> {
  const chars = Array.from(term);
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

function queryGrams(query: string): string[] {
  const chars = Array.from(query);
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

export class NameIndex {
  private readonly postings = new Map<string, Set<string>>();
  /** Each id's names, normalised once here rather than for every query that finds them. */
  private readonly normalised = new Map<string, string[]>();

  /** Indexes `id` under every gram of `names`. */
  add(id: string, names: string[]): void {
    this.normalised.set(id, [...new Set(names.map(normaliseName))]);
    for (const gram of this.gramsOfAll(names)) {
      let ids = this.postings.get(gram);
      if (!ids) this.postings.set(gram, (ids = new Set()));
      ids.add(id);
    }
  }

  /** Removes `id` from every gram of `names` (the names it was added with). */
  remove(id: string, names: string[]): void {
    this.normalised.delete(id);
    for (const gram of this.gramsOfAll(names)) {
      const ids = this.postings.get(gram);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) this.postings.delete(gram);
    }
  }

  /**
   * Ids whose names may contain the normalised query: every gram of the query is
   * among their grams. Callers confirm with matchTier (gram order is not checked here).
   */
  candidates(query: string): string[] {
    const grams = queryGrams(query);
    if (grams.length === 0) return [];
    const lists: Set<string>[] = [];
    for (const gram of grams) {
      const ids = this.postings.get(gram);
      if (!ids) return [];
      lists.push(ids);
    }
    lists.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = lists;
    return [...(smallest ?? [])].filter((id) => rest.every((ids) => ids.has(id)));
  }

  /** The best tier at which the names `id` was added with match the normalised query, or undefined. */
  tier(query: string, id: string): MatchTier | undefined {
    const names = this.normalised.get(id);
    return names ? tierOfNormalised(query, names) : undefined;
  }

  private gramsOfAll(names: string[]): Set<string> {
    const all = new Set<string>();
    for (const name of names) for (const gram of gramsOf(normaliseName(name))) all.add(gram);
    return all;
  }
}
