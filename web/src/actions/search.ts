/**
 * The search intent: the server's search over names and aliases, and for a
 * query typed in Latin letters also the pinyin index over the names the
 * explorer knows (the loaded graph, earlier results, and a name list fetched
 * once from the overview). Newer searches abort older ones.
 */
import type { SearchHit } from '../../../schema/api.ts';
import type { Api } from '../api.ts';
import { createPinyinIndex, mergeResults, type PinyinIndex } from '../search/pinyinIndex.ts';
import { isPinyinQuery, type ToSyllables } from '../search/pinyin.ts';
import { searchFailed, searchLoaded } from '../state/search.ts';
import type { Store } from '../state/store.ts';
import type { AppState, SearchResult } from '../state/types.ts';
import { attempt } from './attempt.ts';

/** Most entities the name list for pinyin holds (the API's overview cap). */
export const PINYIN_NAME_LIMIT = 2000;

export interface PinyinSearch {
  /** Pinyin hits for `query` among known names (loading the dictionary and name list on first use). */
  search(query: string, state: AppState, limit: number): Promise<SearchResult[]>;
  /** Remembers entities seen in answers, so later pinyin queries find them. */
  remember(hits: readonly SearchHit[]): void;
}

/** Creates the pinyin side of search; `load` gives the converter (pinyin-pro, loaded lazily). */
export function createPinyinSearch(api: Api, load: () => Promise<ToSyllables>): PinyinSearch {
  let index: Promise<PinyinIndex> | null = null;
  const seen: SearchHit[] = [];
  const ready = (): Promise<PinyinIndex> => {
    index ??= load().then(async (toSyllables) => {
      const created = createPinyinIndex(toSyllables);
      const names = await attempt(api.overview(PINYIN_NAME_LIMIT));
      if (names.ok) created.add(names.value.nodes);
      return created;
    });
    return index;
  };
  return {
    async search(query, state, limit) {
      const built = await ready();
      built.add(state.dataset.nodes.values());
      built.add(seen.splice(0));
      return built.search(query, state.search.type, limit);
    },
    remember(hits) {
      seen.push(...hits);
    },
  };
}

/** Searches for the store's current query and type under `request`; answers to aborted requests are dropped. */
export async function runSearch(
  store: Store<AppState>,
  api: Api,
  pinyin: PinyinSearch,
  limit: number,
  request: AbortController,
): Promise<void> {
  const state = store.get();
  const { query, type } = state.search;
  const text = query.trim();
  if (text === '') return;
  const local = isPinyinQuery(text) ? pinyin.search(text, state, limit) : Promise.resolve([]);
  const [outcome, byPinyin] = await Promise.all([attempt(api.search(text, { type, limit, signal: request.signal })), local]);
  if (request.signal.aborted) return;
  if (outcome.ok) pinyin.remember(outcome.value.results);
  if (outcome.ok || byPinyin.length > 0) {
    store.update(searchLoaded(query, type, mergeResults(byPinyin, outcome.ok ? outcome.value.results : [], limit)));
  } else if (!outcome.aborted) {
    store.update(searchFailed(query, outcome.notice));
  }
}
