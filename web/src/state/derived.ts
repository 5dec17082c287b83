/**
 * Derived state of the pipeline, published by the graph controller for the
 * panels: what the filters let through, the counts beside each filter, and
 * the legend of the current colouring. Never stored in AppState: it is a
 * function of it.
 */
import type { LegendEntry } from '../appearance/nodes.ts';
import type { FilterCounts } from '../filters/counts.ts';
import type { Visible } from '../filters/apply.ts';
import { createStore, type Store } from './store.ts';

export interface Derived {
  readonly visible: Visible;
  readonly counts: FilterCounts | null;
  readonly legend: readonly LegendEntry[];
}

export type DerivedStore = Store<Derived>;

/** A store for derived state, empty until the graph controller first runs. */
export function createDerivedStore(): DerivedStore {
  return createStore<Derived>({ visible: { nodes: new Map(), edges: new Map() }, counts: null, legend: [] });
}
