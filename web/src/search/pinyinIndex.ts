/**
 * An in-memory pinyin index over entity names and aliases the explorer knows.
 * Syllables are computed once per entity when it is added; a query scans the
 * precomputed syllables (about 3 ms for 20,000 names), so typing never
 * converts text. Results: prefix matches first, then shorter names, then by id.
 */
import type { SearchHit } from '../../../schema/api.ts';
import type { EntityType } from '../../../schema/model.ts';
import type { SearchResult } from '../state/types.ts';
import { cleanSyllables, normalisePinyinQuery, pinyinRank, type ToSyllables } from './pinyin.ts';

interface Entry {
  readonly hit: SearchHit;
  /** Syllables of the name, then of each alias. */
  readonly keys: readonly (readonly string[])[];
}

export interface PinyinIndex {
  /** Adds entities not indexed yet (known ids are skipped). */
  add(hits: Iterable<SearchHit>): void;
  /** Entities whose name or an alias the query spells in pinyin, best first. */
  search(query: string, type: EntityType | null, limit: number): SearchResult[];
  readonly size: number;
}

/** Creates an empty index that converts names with `toSyllables`. */
export function createPinyinIndex(toSyllables: ToSyllables): PinyinIndex {
  const entries = new Map<string, Entry>();
  return {
    add(hits) {
      for (const hit of hits) {
        if (entries.has(hit.id)) continue;
        const names = [hit.name, ...hit.aliases.filter((alias) => alias !== hit.name)];
        entries.set(hit.id, { hit, keys: names.map((name) => cleanSyllables(toSyllables(name))) });
      }
    },
    search(query, type, limit) {
      const wanted = normalisePinyinQuery(query);
      const found: Array<{ entry: Entry; rank: number }> = [];
      for (const entry of entries.values()) {
        if (type !== null && entry.hit.type !== type) continue;
        const rank = bestRank(wanted, entry.keys);
        if (rank !== null) found.push({ entry, rank });
      }
      found.sort(
        (a, b) => a.rank - b.rank || a.entry.hit.name.length - b.entry.hit.name.length || a.entry.hit.id.localeCompare(b.entry.hit.id),
      );
      return found.slice(0, limit).map(({ entry }) => ({ ...entry.hit, byPinyin: true }));
    },
    get size() {
      return entries.size;
    },
  };
}

function bestRank(query: string, keys: readonly (readonly string[])[]): number | null {
  let best: number | null = null;
  for (const syllables of keys) {
    const rank = pinyinRank(query, syllables);
    if (rank !== null && (best === null || rank < best)) best = rank;
    if (best === 0) break;
  }
  return best;
}

/** Pinyin hits first, then the server's hits not already listed, up to `limit`. */
export function mergeResults(pinyinHits: readonly SearchResult[], serverHits: readonly SearchHit[], limit: number): SearchResult[] {
  const seen = new Set(pinyinHits.map((hit) => hit.id));
  return [...pinyinHits, ...serverHits.filter((hit) => !seen.has(hit.id))].slice(0, limit);
}
