/**
 * Where a node first appears before the layout moves it. Positions depend only
 * on the seed and the node id, never on load order or time, so the same data
 * gives the same picture.
 */
import { keyedRandom } from './random.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A point spread uniformly over a disc of `radius` around `centre`, chosen by seed and id. */
export function pointInDisc(centre: Point, radius: number, seed: number, id: string): Point {
  const random = keyedRandom(seed, id);
  const angle = 2 * Math.PI * random();
  const distance = radius * Math.sqrt(random());
  return { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) };
}

/** Radius of the disc the first screen's nodes start in: grows with the node count. */
export function initialRadius(order: number): number {
  return 10 * Math.sqrt(Math.max(order, 1));
}

/**
 * Radius of the disc around an anchor that its new neighbours start in: a small
 * share of the current picture, so they appear next to it, not across the graph.
 */
export function neighbourRadius(extent: number, order: number): number {
  return Math.max(extent / (2 * Math.sqrt(Math.max(order, 1))), 1);
}
