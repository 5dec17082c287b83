/**
 * User intents that need the server: each one dispatches a producer, calls the
 * API, and dispatches the outcome. Panels and controllers call these; only
 * api.ts fetches.
 */
import { ApiError, isAbort, type Api } from './api.ts';
import type { EntityType } from '../../schema/model.ts';
import { expandFailed, expandRequested, neighboursLoaded, overviewFailed, overviewLoaded, overviewRequested } from './state/graph.ts';
import { queryChanged, searchFailed, searchLoaded, typeChanged } from './state/search.ts';
import { detailFailed, detailLoaded, requestCamera, selectNode } from './state/selection.ts';
import type { Store } from './state/store.ts';
import type { AppState, Notice } from './state/types.ts';

export interface ActionLimits {
  readonly overview: number;
  readonly search: number;
  readonly neighbours: number;
}

export const DEFAULT_LIMITS: ActionLimits = { overview: 300, search: 20, neighbours: 50 };

export interface Actions {
  loadOverview(): Promise<void>;
  /** Sets the query and fetches its results (replacing an older request in flight). */
  search(query: string): Promise<void>;
  setSearchType(type: EntityType | null): Promise<void>;
  /** Selects an entity and opens its panel. */
  select(id: string): Promise<void>;
  /** Selects an entity, adds it to the graph if absent, and moves the camera to it. */
  focus(id: string): Promise<void>;
  /** Adds an entity's neighbours beside it. */
  expand(id: string): Promise<void>;
}

/** The notice to show for a failed call. */
export function noticeOf(error: unknown): Notice {
  return error instanceof ApiError ? error.notice : { kind: 'protocol', status: 0 };
}

/** The outcome of an API call: its value, or the notice saying why it failed. */
type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly notice: Notice; readonly aborted: boolean };

/**
 * Awaits an API call and captures its failure. Only the call is guarded: an
 * error thrown later while applying the answer is a bug and must surface as one.
 */
async function attempt<T>(call: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call };
  } catch (error) {
    return { ok: false, notice: noticeOf(error), aborted: isAbort(error) };
  }
}

/** Searches for the store's current query and type under `request`; answers to aborted requests are dropped. */
async function runSearch(store: Store<AppState>, api: Api, limit: number, request: AbortController): Promise<void> {
  const { query, type } = store.get().search;
  if (query.trim() === '') return;
  const outcome = await attempt(api.search(query.trim(), { type, limit, signal: request.signal }));
  if (outcome.ok) store.update(searchLoaded(query, type, outcome.value.results));
  else if (!outcome.aborted) store.update(searchFailed(query, outcome.notice));
}

/** Selects an entity and loads its detail; true when it is still the selection once loaded. */
async function selectAndLoad(store: Store<AppState>, api: Api, id: string): Promise<boolean> {
  store.update(selectNode(id));
  const outcome = await attempt(api.entity(id));
  if (!outcome.ok) {
    store.update(detailFailed(id, outcome.notice));
    return false;
  }
  store.update(detailLoaded(outcome.value));
  return store.get().detail.entityId === id;
}

/** Creates the actions over a store and an API client. */
export function createActions(store: Store<AppState>, api: Api, limits: ActionLimits = DEFAULT_LIMITS): Actions {
  let searchRequest: AbortController | null = null;
  const search = (): Promise<void> => {
    searchRequest?.abort();
    searchRequest = new AbortController();
    return runSearch(store, api, limits.search, searchRequest);
  };
  return {
    async loadOverview() {
      store.update(overviewRequested());
      const outcome = await attempt(api.overview(limits.overview));
      store.update(outcome.ok ? overviewLoaded(outcome.value) : overviewFailed(outcome.notice));
    },
    search(query) {
      store.update(queryChanged(query));
      return search();
    },
    setSearchType(type) {
      store.update(typeChanged(type));
      return search();
    },
    async select(id) {
      await selectAndLoad(store, api, id);
    },
    async focus(id) {
      if (await selectAndLoad(store, api, id)) store.update(requestCamera(id));
    },
    async expand(id) {
      store.update(expandRequested(id));
      const outcome = await attempt(api.neighbours(id, { depth: 1, limit: limits.neighbours }));
      store.update(outcome.ok ? neighboursLoaded(id, outcome.value) : expandFailed(id, outcome.notice));
    },
  };
}
