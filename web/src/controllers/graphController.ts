/**
 * Runs the pipeline dataset → filtered → appearance → sigma graph whenever
 * the dataset, the filters, the pinned nodes or the appearance choice change,
 * and publishes the derived state (visible items, filter counts, legend).
 * Metrics are computed only when the graph's structure changed or a choice
 * needs one not computed yet. Renders nothing.
 */
import { computeLooks, applyLooks } from '../appearance/nodes.ts';
import { filterCounts } from '../filters/counts.ts';
import { filterDataset } from '../filters/apply.ts';
import { syncGraph } from '../graph/sync.ts';
import type { Point } from '../graph/placement.ts';
import type { ExplorerGraph } from '../graph/types.ts';
import { metric, type MetricId } from '../metrics/registry.ts';
import type { DerivedStore } from '../state/derived.ts';
import { pinnedNodes } from '../state/graph.ts';
import type { Store } from '../state/store.ts';
import type { AppState, AppearanceState } from '../state/types.ts';

const pinnedKey = (state: AppState): string => [...pinnedNodes(state)].sort().join('\n');

/** Syncs `graph` now and on every relevant change; returns the unsubscribe function. */
export function startGraphController(store: Store<AppState>, derived: DerivedStore, graph: ExplorerGraph, seed: number): () => void {
  const metrics = new Map<MetricId, ReadonlyMap<string, number>>();
  const metricOf = (id: MetricId): ReadonlyMap<string, number> => {
    let values = metrics.get(id);
    if (values === undefined) {
      values = metric(id).run(graph, seed);
      metrics.set(id, values);
    }
    return values;
  };
  let appliedAppearance: AppearanceState | null = null;
  const positions = new Map<string, Point>();

  const run = (state: AppState): void => {
    const visible = filterDataset(state.dataset, state.filters, pinnedNodes(state));
    const changes = syncGraph(graph, { ...visible, anchors: state.dataset.anchors }, seed, positions);
    const structureChanged = changes.addedNodes + changes.droppedNodes + changes.addedEdges + changes.droppedEdges > 0;
    if (structureChanged) metrics.clear();
    let legend = derived.get().legend;
    if (structureChanged || appliedAppearance !== state.appearance) {
      const types = new Map(graph.mapNodes((node, attributes) => [node, attributes.entityType] as const));
      const looks = computeLooks(state.appearance, {
        types,
        size: metricOf(state.appearance.size),
        ...(state.appearance.color === 'community' ? { communities: metricOf('louvain') } : {}),
      });
      applyLooks(graph, looks);
      appliedAppearance = state.appearance;
      legend = looks.legend;
    }
    derived.update(() => ({ visible, counts: filterCounts(state.dataset, visible), legend }));
  };

  run(store.get());
  return store.subscribe((state, previous) => {
    if (
      state.dataset !== previous.dataset ||
      state.filters !== previous.filters ||
      state.appearance !== previous.appearance ||
      pinnedKey(state) !== pinnedKey(previous)
    ) {
      run(state);
    }
  });
}
