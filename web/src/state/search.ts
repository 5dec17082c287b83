/**
 * Producers for the search box: the query and type filter, results as they
 * arrive (stale answers dropped), and keyboard movement through the results.
 */

import type { EntityType } from '../../../schema/model.ts';
import type { AppState, Notice, Producer, SearchResult, SearchState } from './types.ts';

const setSearch = (state: AppState, search: SearchState): AppState => ({ ...state, search });

/** The text in the search box changed; an empty query closes the results. */
export const queryChanged = (query: string): Producer => (state) => {
  const trimmed = query.trim();
  return setSearch(state, {
    ...state.search,
    query,
    status: trimmed === '' ? 'idle' : 'loading',
    results: trimmed === '' ? [] : state.search.results,
    active: -1,
    open: trimmed !== '',
  });
};

/** The entity type filter changed (`null`: all types). */
export const typeChanged = (type: EntityType | null): Producer => (state) =>
  setSearch(state, { ...state.search, type, status: state.search.query.trim() === '' ? 'idle' : 'loading', active: -1 });

/** Results for `query` and `type` arrived; answers to an older query are dropped. */
export const searchLoaded =
  (query: string, type: EntityType | null, results: readonly SearchResult[]): Producer =>
  (state) =>
    state.search.query !== query || state.search.type !== type
      ? state
      : setSearch(state, { ...state.search, status: 'ready', results, active: results.length > 0 ? 0 : -1, open: true });

/** The search failed; the notice says why. */
export const searchFailed = (query: string, notice: Notice): Producer => (state) =>
  state.search.query !== query ? state : { ...setSearch(state, { ...state.search, status: 'error' }), notice };

/** Moves the keyboard highlight by `delta`, wrapping around the results. */
export const moveActive = (delta: number): Producer => (state) => {
  const count = state.search.results.length;
  if (count === 0) return state;
  const from = state.search.active < 0 ? (delta > 0 ? -1 : 0) : state.search.active;
  const active = (((from + delta) % count) + count) % count;
  return setSearch(state, { ...state.search, active, open: true });
};

/** Closes the results list, keeping the query. */
export const closeResults = (): Producer => (state) =>
  state.search.open ? setSearch(state, { ...state.search, open: false }) : state;
