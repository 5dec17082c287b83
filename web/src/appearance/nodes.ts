/**
 * Node and edge appearance as pure functions (colour by entity type, size by
 * degree), and `applyAppearance`, which writes them onto the sigma graph's nodes.
 */
import type { Entity, EntityType } from '../../../schema/model.ts';
import type { ExplorerGraph } from '../graph/types.ts';
import { EDGE_COLOR, ENTITY_COLORS, ENTITY_TYPE_ORDER } from './palette.ts';

export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

/** Node sizes in pixels at the default zoom. */
export const NODE_SIZES: SizeRange = { min: 4, max: 18 };
export const EDGE_SIZE = 1;

/** The colour of an entity type. */
export function nodeColor(type: EntityType): string {
  return ENTITY_COLORS[type];
}

/**
 * Maps a value within `domain` onto `sizes` by square root, so that area (not
 * radius) grows with the value; a flat domain gives the middle size.
 */
export function scaleSize(value: number, domain: SizeRange, sizes: SizeRange = NODE_SIZES): number {
  if (domain.max <= domain.min) return (sizes.min + sizes.max) / 2;
  const share = Math.min(Math.max((value - domain.min) / (domain.max - domain.min), 0), 1);
  return sizes.min + Math.sqrt(share) * (sizes.max - sizes.min);
}

/** Writes colour (by type) and size (by degree) on every node. */
export function applyAppearance(graph: ExplorerGraph): void {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    min = Math.min(min, degree);
    max = Math.max(max, degree);
  });
  const domain = { min, max };
  // No update hints: with hints sigma repaints without re-indexing, which fails
  // for nodes added in the same tick.
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    color: nodeColor(attributes.entityType),
    size: scaleSize(graph.degree(node), domain),
  }));
}

/**
 * Edge styling, set when an edge is added. Edges are never restyled in bulk:
 * sigma 3.0 repaints bulk edge updates without re-indexing, which fails for
 * edges added in the same tick.
 */
export function edgeAppearance(): { color: string; size: number } {
  return { color: EDGE_COLOR, size: EDGE_SIZE };
}

export interface LegendEntry {
  readonly type: EntityType;
  readonly color: string;
  readonly count: number;
}

/** Legend rows: each entity type present among `entities`, in legend order, with its count. */
export function legendEntries(entities: Iterable<Entity>): LegendEntry[] {
  const counts = new Map<EntityType, number>();
  for (const entity of entities) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  return ENTITY_TYPE_ORDER.filter((type) => counts.has(type)).map((type) => ({
    type,
    color: nodeColor(type),
    count: counts.get(type) ?? 0,
  }));
}
