/**
 * Producers for layouts: the ForceAtlas2 run (the layout controller starts or
 * stops the worker to match `layout.running`, and stops it itself once
 * positions settle) and one-shot layouts such as noverlap.
 */
import type { AppState, Producer } from './types.ts';

/** Starts a new layout run (also after new nodes arrive). */
export const startLayout = (): Producer => (state) => ({
  ...state,
  layout: { ...state.layout, running: true, runs: state.layout.runs + 1 },
});

/** Stops the layout run, whether the user asked or the positions settled. */
export const stopLayout = (): Producer => (state) =>
  state.layout.running ? { ...state, layout: { ...state.layout, running: false } } : state;

/** Asks for one run of the one-shot layout `id` (it stops a running ForceAtlas2 first). */
export const runLayoutOnce = (id: string): Producer => (state) => ({
  ...state,
  layout: { ...state.layout, running: false, oneShot: { id, seq: (state.layout.oneShot?.seq ?? 0) + 1 } },
});

/** Starts a run when nodes were added between `previous` and `state` (a new edge or a removal does not). */
export function restartLayoutIfGrown(previous: AppState, state: AppState): AppState {
  const before = previous.dataset.nodes;
  const after = state.dataset.nodes;
  if (after === before) return state;
  for (const id of after.keys()) if (!before.has(id)) return startLayout()(state);
  return state;
}
