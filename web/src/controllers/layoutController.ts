/**
 * Runs ForceAtlas2 in a web worker while `layout.running` is set, and stops it
 * once positions settle (see layout/convergence.ts). Each run gets a fresh
 * supervisor with settings inferred from the graph's size. One-shot layouts
 * (noverlap) run when `layout.oneShot` asks. Renders nothing.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph, NodeAttributes } from '../graph/types.ts';
import {
  DEFAULT_CONVERGENCE,
  hasSettled,
  relativeDisplacement,
  snapshotPositions,
  type ConvergenceOptions,
  type Positions,
} from '../layout/convergence.ts';
import { forceAtlas2Settings } from '../layout/forceAtlas2.ts';
import { layout as layoutDescriptor } from '../layout/registry.ts';
import { stopLayout } from '../state/layout.ts';
import { watch, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';

interface Run {
  supervisor: FA2LayoutSupervisor | null;
  iterations: number;
  /** Nodes written so far in the iteration being applied. */
  written: number;
  checkpoint: Positions;
}

/** Starts following `layout` in the store; returns a function that stops the worker and unsubscribes. */
export function startLayoutController(
  store: Store<AppState>,
  graph: ExplorerGraph,
  convergence: ConvergenceOptions = DEFAULT_CONVERGENCE,
): () => void {
  let run: Run | null = null;

  const halt = (): void => {
    run?.supervisor?.kill();
    run = null;
  };

  const onIteration = (current: Run): void => {
    current.iterations += 1;
    if (current.iterations % convergence.checkEvery !== 0) return;
    const moved = relativeDisplacement(current.checkpoint, graph);
    current.checkpoint = snapshotPositions(graph);
    if (!hasSettled(current.iterations, moved, convergence)) return;
    // Stop at once so no later iteration lands (the stop iteration depends only on
    // positions: reproducible); the store update, which kills the worker, waits
    // until the supervisor has finished handling this message.
    current.supervisor?.stop();
    queueMicrotask(() => {
      if (run === current) store.update(stopLayout());
    });
  };

  const begin = (): void => {
    const current: Run = { supervisor: null, iterations: 0, written: 0, checkpoint: snapshotPositions(graph) };
    // The supervisor passes every node through this reducer once per iteration,
    // after writing its position: the last node closes an iteration.
    const outputReducer = (_node: string, attributes: NodeAttributes): NodeAttributes => {
      current.written += 1;
      if (current.written === graph.order) {
        current.written = 0;
        onIteration(current);
      }
      return attributes;
    };
    current.supervisor = new FA2LayoutSupervisor(graph, { settings: forceAtlas2Settings(graph.order), outputReducer });
    run = current;
    current.supervisor.start();
  };

  const unwatch = watch(
    store,
    (state) => state.layout.running ? state.layout.runs : -1,
    (runs) => {
      halt();
      if (runs < 0) return;
      if (graph.order > 0) begin();
      // Nothing to lay out (everything filtered out): the run is over at once.
      else queueMicrotask(() => store.update(stopLayout()));
    },
    { immediate: true },
  );
  const unwatchOneShot = watch(
    store,
    (state) => state.layout.oneShot,
    (request) => {
      if (request === null) return;
      halt();
      layoutDescriptor(request.id).run?.(graph);
    },
  );

  return () => {
    unwatch();
    unwatchOneShot();
    halt();
  };
}
