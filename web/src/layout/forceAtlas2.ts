/**
 * ForceAtlas2 settings for the explorer: graphology's inferred settings for the
 * graph's size, plus size adjustment on graphs small enough to run without
 * Barnes-Hut, so that nodes (and the labels beside them) do not pile up.
 */
import { inferSettings, type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Settings for a graph of `order` nodes. */
export function forceAtlas2Settings(order: number): ForceAtlas2Settings {
  const inferred = inferSettings(order);
  return { ...inferred, adjustSizes: inferred.barnesHutOptimize !== true };
}
