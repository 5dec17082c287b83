/**
 * Layouts as descriptors (Gephi Lite's shape). ForceAtlas2 runs continuously
 * in a worker until it settles (controllers/layoutController.ts); noverlap runs
 * once to push overlapping nodes apart. Neither uses randomness: with seeded
 * starting positions (graph/placement.ts) the same data gives the same picture.
 */
import noverlap from 'graphology-layout-noverlap';
import { boundingBox, extentOf } from '../graph/geometry.ts';
import type { ExplorerGraph } from '../graph/types.ts';

export type LayoutId = 'forceAtlas2' | 'noverlap';

export interface LayoutDescriptor {
  readonly id: LayoutId;
  /** continuous: started and stopped (worker); oneShot: runs to completion when asked. */
  readonly kind: 'continuous' | 'oneShot';
  /** For one-shot layouts: moves the nodes in place. */
  run?(graph: ExplorerGraph): void;
}

/** The picture is thought of as this many pixels across when turning node sizes (pixels) into graph units. */
export const REFERENCE_VIEWPORT_PX = 900;
export const NOVERLAP_ITERATIONS = 300;

/** Noverlap settings for `graph`: sizes scaled from pixels to graph units by the picture's extent. */
export function noverlapSettings(graph: ExplorerGraph): { ratio: number; margin: number } {
  const box = boundingBox(graph);
  const unit = box === null ? 1 : Math.max(extentOf(box), 1) / REFERENCE_VIEWPORT_PX;
  return { ratio: unit * 1.2, margin: unit * 3 };
}

export const LAYOUTS: readonly LayoutDescriptor[] = [
  { id: 'forceAtlas2', kind: 'continuous' },
  {
    id: 'noverlap',
    kind: 'oneShot',
    run: (graph) => noverlap.assign(graph, { maxIterations: NOVERLAP_ITERATIONS, settings: noverlapSettings(graph) }),
  },
];

/** The descriptor of `id`. */
export function layout(id: string): LayoutDescriptor {
  const found = LAYOUTS.find((descriptor) => descriptor.id === id);
  if (found === undefined) throw new Error(`layout(): no layout "${id}"; known: ${LAYOUTS.map((l) => l.id).join(', ')}`);
  return found;
}
