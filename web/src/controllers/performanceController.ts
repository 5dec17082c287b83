/**
 * Sigma settings that depend on how much is drawn. Large graphs (thousands of
 * entities or relations loaded) draw nodes as points and edges as thin lines with
 * plain draw calls (graph/programs.ts), and hide edges and labels while the camera moves:
 * without a GPU (software WebGL) that decides whether panning stays fluid.
 * Started before the graph controller, so that a switch happens while sigma
 * still indexes the smaller graph (a switch re-indexes everything). Renders nothing.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

/** Entities or relations above which the large-graph settings apply. */
export const LARGE_GRAPH = { nodes: 3_000, edges: 5_000 } as const;

export interface PerformanceSettings {
  readonly hideEdgesOnMove: boolean;
  readonly hideLabelsOnMove: boolean;
  readonly defaultNodeType: 'circle' | 'point';
  readonly defaultEdgeType: 'arrow' | 'thin';
}

/** The settings for a graph of `nodes` entities and `edges` relations. */
export function performanceSettings(nodes: number, edges: number): PerformanceSettings {
  const large = nodes > LARGE_GRAPH.nodes || edges > LARGE_GRAPH.edges;
  return {
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    defaultNodeType: large ? 'point' : 'circle',
    defaultEdgeType: large ? 'thin' : 'arrow',
  };
}

/** Keeps the settings in step with what is loaded; returns the unsubscribe function. */
export function startPerformanceController(store: Store<AppState>, sigma: Sigma<NodeAttributes, EdgeAttributes>): () => void {
  let large: boolean | null = null;
  const apply = (state: AppState): void => {
    const settings = performanceSettings(state.dataset.nodes.size, state.dataset.edges.size);
    if (settings.hideEdgesOnMove === large) return;
    large = settings.hideEdgesOnMove;
    // One call: each settings change re-indexes the whole graph.
    sigma.setSettings(settings);
  };
  apply(store.get());
  return store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) apply(state);
  });
}
