/**
 * Intents that load entities: the overview, the source list, selecting or
 * focusing an entity, expanding a node (by relation type and direction, with
 * "show more" for hubs) and collapsing it again.
 */
import type { EntityDetail } from '../../../schema/api.ts';
import type { Api } from '../api.ts';
import { mergeEntityDetail } from '../state/dataset.ts';
import { collapse, expandFailed, expandRequested, neighboursLoaded, overviewFailed, overviewLoaded, overviewRequested } from '../state/graph.ts';
import { restartLayoutIfGrown } from '../state/layout.ts';
import { detailFailed, detailLoaded, detailPageLoaded, requestCamera, selectNode } from '../state/selection.ts';
import type { Store } from '../state/store.ts';
import type { AppState, ExpandOptions, Producer } from '../state/types.ts';
import { showNotice, sourcesLoaded } from '../state/ui.ts';
import { attempt } from './attempt.ts';

export interface GraphLimits {
  readonly overview: number;
  /** Neighbours fetched by a first expansion; "show more" doubles it up to `maxNeighbours`. */
  readonly neighbours: number;
  readonly maxNeighbours: number;
}

export const DEFAULT_GRAPH_LIMITS: GraphLimits = { overview: 300, neighbours: 50, maxNeighbours: 500 };

/** Adds an entity opened on its own (a link) without selecting it. */
const focusedLoaded = (detail: EntityDetail): Producer => (state) => {
  const id = detail.entity.id;
  return restartLayoutIfGrown(state, {
    ...state,
    dataset: mergeEntityDetail(state.dataset, detail, `focus:${id}`),
    focused: state.focused.includes(id) ? state.focused : [...state.focused, id],
  });
};

/** Creates the graph-loading intents over `store` and `api`. */
export function graphActions(store: Store<AppState>, api: Api, limits: GraphLimits) {
  const selectAndLoad = async (id: string): Promise<boolean> => {
    store.update(selectNode(id));
    const outcome = await attempt(api.entity(id));
    if (!outcome.ok) {
      store.update(detailFailed(id, outcome.notice));
      return false;
    }
    store.update(detailLoaded(outcome.value));
    return store.get().detail.entityId === id;
  };
  const expand = async (id: string, options: ExpandOptions): Promise<void> => {
    store.update(expandRequested(id, options));
    const outcome = await attempt(api.neighbours(id, { depth: 1, ...options }));
    store.update(outcome.ok ? neighboursLoaded(id, options, outcome.value) : expandFailed(id, outcome.notice));
  };
  return {
    async loadOverview(): Promise<void> {
      store.update(overviewRequested());
      const outcome = await attempt(api.overview(limits.overview));
      store.update(outcome.ok ? overviewLoaded(outcome.value) : overviewFailed(outcome.notice));
    },
    async loadSources(): Promise<void> {
      const outcome = await attempt(api.sources());
      store.update(outcome.ok ? sourcesLoaded(outcome.value.sources) : showNotice(outcome.notice));
    },
    async select(id: string): Promise<void> {
      await selectAndLoad(id);
    },
    async focus(id: string): Promise<void> {
      if (await selectAndLoad(id)) store.update(requestCamera(id));
    },
    /** Adds an entity to the graph without selecting it (replaying a link). */
    async addFocused(id: string): Promise<void> {
      const outcome = await attempt(api.entity(id));
      store.update(outcome.ok ? focusedLoaded(outcome.value) : showNotice(outcome.notice));
    },
    expand(id: string, options: Partial<ExpandOptions> = {}): Promise<void> {
      return expand(id, { type: options.type ?? null, direction: options.direction ?? 'both', limit: options.limit ?? limits.neighbours });
    },
    /** Asks a hub for more neighbours: twice as many, up to the API's cap. */
    showMore(id: string): Promise<void> {
      const current = store.get().expansions.get(id);
      if (current === undefined || current.limit >= limits.maxNeighbours) return Promise.resolve();
      return expand(id, { type: current.type, direction: current.direction, limit: Math.min(current.limit * 2, limits.maxNeighbours) });
    },
    /** Appends the next page of the selected entity's relations to its panel. */
    async moreRelations(id: string): Promise<void> {
      const offset = store.get().detail.data?.nextOffset;
      if (store.get().detail.entityId !== id || offset === undefined) return;
      const outcome = await attempt(api.entity(id, undefined, offset));
      store.update(outcome.ok ? detailPageLoaded(outcome.value, offset) : showNotice(outcome.notice));
    },
    collapse(id: string): void {
      store.update(collapse(id));
    },
  };
}
