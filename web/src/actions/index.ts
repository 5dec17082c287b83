/**
 * User intents that need the server: each one dispatches a producer, calls the
 * API, and dispatches the outcome. Panels and controllers call these; only
 * api.ts fetches.
 */
import type { Evidence, EntityType } from '../../../schema/model.ts';
import type { Api } from '../api.ts';
import { loadToSyllables } from '../search/pinyinLoader.ts';
import type { ToSyllables } from '../search/pinyin.ts';
import { queryChanged, typeChanged } from '../state/search.ts';
import type { Store } from '../state/store.ts';
import type { AppState, ExpandOptions } from '../state/types.ts';
import type { UrlState } from '../url/codec.ts';
import { cypherActions } from './cypher.ts';
import { DEFAULT_GRAPH_LIMITS, graphActions, type GraphLimits } from './graph.ts';
import { pathActions } from './paths.ts';
import { readerActions } from './reader.ts';
import { createPinyinSearch, runSearch } from './search.ts';
import { urlActions, type Settle } from './url.ts';

export { noticeOf } from './attempt.ts';

export interface ActionLimits extends GraphLimits {
  readonly search: number;
}

export const DEFAULT_LIMITS: ActionLimits = { ...DEFAULT_GRAPH_LIMITS, search: 20 };

export interface Actions {
  loadOverview(): Promise<void>;
  loadSources(): Promise<void>;
  /** Sets the query and fetches its results (replacing an older request in flight). */
  search(query: string): Promise<void>;
  setSearchType(type: EntityType | null): Promise<void>;
  /** Selects an entity and opens its panel. */
  select(id: string): Promise<void>;
  /** Selects an entity, adds it to the graph if absent, and moves the camera to it. */
  focus(id: string): Promise<void>;
  /** Adds an entity's neighbours beside it (all relations both ways unless `options` narrow them). */
  expand(id: string, options?: Partial<ExpandOptions>): Promise<void>;
  /** Fetches the next page of the selected entity's relations for its panel. */
  moreRelations(id: string): Promise<void>;
  /** Fetches more neighbours of an expanded hub. */
  showMore(id: string): Promise<void>;
  /** Removes what the node's expansion added, unless something else holds it. */
  collapse(id: string): void;
  /** Sets one end of the shortest paths and fetches them once both ends are set. */
  setPathEnd(end: 'from' | 'to', id: string | null): Promise<void>;
  /** Opens the source article of an evidence sentence. */
  openEvidence(evidence: Evidence): Promise<void>;
  /** Replays a view from a URL. */
  applyUrl(url: UrlState): Promise<void>;
  /** Opens or closes the Cypher console (toggles without `open`); the first opening asks whether the server runs Cypher. */
  toggleCypher(open?: boolean): Promise<void>;
  /** Runs the console's query with its parameters. */
  runCypher(): Promise<void>;
}

export interface ActionOptions {
  readonly limits?: ActionLimits;
  /** Gives the pinyin converter (default: pinyin-pro, loaded on first use). */
  readonly loadPinyin?: () => Promise<ToSyllables>;
  /** Resolves once the layout has settled (default: at once; the app waits for the worker). */
  readonly settle?: Settle;
}

/** Creates the actions over a store and an API client. */
export function createActions(store: Store<AppState>, api: Api, options: ActionOptions = {}): Actions {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const pinyin = createPinyinSearch(api, options.loadPinyin ?? loadToSyllables);
  let searchRequest: AbortController | null = null;
  const search = (): Promise<void> => {
    searchRequest?.abort();
    searchRequest = new AbortController();
    return runSearch(store, api, pinyin, limits.search, searchRequest);
  };
  const graph = graphActions(store, api, limits);
  const paths = pathActions(store, api);
  return {
    ...graph,
    ...readerActions(store, api),
    ...cypherActions(store, api),
    setPathEnd: paths.setPathEnd,
    ...urlActions(store, graph, paths, options.settle ?? (() => Promise.resolve())),
    search(query) {
      store.update(queryChanged(query));
      return search();
    },
    setSearchType(type) {
      store.update(typeChanged(type));
      return search();
    },
  };
}
