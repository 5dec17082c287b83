/**
 * Keeps the sigma graph in step with the dataset (the pipeline's last step).
 * Renders nothing.
 */
import { syncGraph } from '../graph/sync.ts';
import type { ExplorerGraph } from '../graph/types.ts';
import { watch, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** Syncs `graph` now and on every dataset change; returns the unsubscribe function. */
export function startGraphController(store: Store<AppState>, graph: ExplorerGraph, seed: number): () => void {
  return watch(store, (state) => state.dataset, (dataset) => syncGraph(graph, dataset, seed), { immediate: true });
}
