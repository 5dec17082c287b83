/**
 * The pipeline's appearance step, pure: node colour (by entity type or by
 * community) and size (by degree or PageRank) from metric values, and the
 * legend that explains the colours. `applyLooks` writes them onto the sigma graph.
 */
import type { EntityType } from '../../../schema/model.ts';
import type { ExplorerGraph } from '../graph/types.ts';
import type { AppearanceState } from '../state/types.ts';
import { COMMUNITY_COLORS, EDGE_COLOR, ENTITY_COLORS, ENTITY_TYPE_ORDER, OTHER_COMMUNITY_COLOR } from './palette.ts';

export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

/** Node sizes in pixels at the default zoom, for graphs up to SIZES_FULL_UNTIL nodes. */
export const NODE_SIZES: SizeRange = { min: 4, max: 18 };
export const EDGE_SIZE = 1;
const SIZES_FULL_UNTIL = 1000;

/**
 * Node sizes for a graph of `order` nodes: smaller as the graph grows (by the
 * square root of the count, down to 15%), so that large graphs do not
 * pile into a solid disc — and so that software-rendered WebGL, which pays
 * for every pixel covered, keeps its frame rate. Never below one pixel.
 */
export function nodeSizeRange(order: number): SizeRange {
  const factor = Math.min(1, Math.max(0.15, Math.sqrt(SIZES_FULL_UNTIL / Math.max(order, 1))));
  return { min: Math.max(1, NODE_SIZES.min * factor), max: Math.max(2, NODE_SIZES.max * factor) };
}

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

export type LegendEntry =
  | { readonly kind: 'type'; readonly type: EntityType; readonly color: string; readonly count: number }
  | { readonly kind: 'community'; readonly rank: number; readonly color: string; readonly count: number }
  | { readonly kind: 'otherCommunities'; readonly communities: number; readonly color: string; readonly count: number };

export interface Looks {
  readonly colors: ReadonlyMap<string, string>;
  readonly sizes: ReadonlyMap<string, number>;
  readonly legend: readonly LegendEntry[];
}

/** What the appearance step reads: each node's type and the metrics the choice needs. */
export interface AppearanceInput {
  readonly types: ReadonlyMap<string, EntityType>;
  readonly size: ReadonlyMap<string, number>;
  /** Community of each node; required when colouring by community. */
  readonly communities?: ReadonlyMap<string, number>;
  /** Size range in pixels (default: nodeSizeRange of the node count). */
  readonly sizes?: SizeRange;
}

/** Colours, sizes and legend for `choice`. */
export function computeLooks(choice: AppearanceState, input: AppearanceInput): Looks {
  const colouring = choice.color === 'community' && input.communities ? byCommunity(input.communities) : byType(input.types);
  let min = Infinity;
  let max = -Infinity;
  for (const value of input.size.values()) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const range = input.sizes ?? nodeSizeRange(input.size.size);
  const sizes = new Map<string, number>();
  for (const [node, value] of input.size) sizes.set(node, scaleSize(value, { min, max }, range));
  return { ...colouring, sizes };
}

function byType(types: ReadonlyMap<string, EntityType>): Pick<Looks, 'colors' | 'legend'> {
  const colors = new Map<string, string>();
  const counts = new Map<EntityType, number>();
  for (const [node, type] of types) {
    colors.set(node, nodeColor(type));
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const legend = ENTITY_TYPE_ORDER.filter((type) => counts.has(type)).map(
    (type): LegendEntry => ({ kind: 'type', type, color: nodeColor(type), count: counts.get(type) ?? 0 }),
  );
  return { colors, legend };
}

/** Communities ranked by size (ties: the smallest member id), the largest ones with their own colour. */
function byCommunity(communities: ReadonlyMap<string, number>): Pick<Looks, 'colors' | 'legend'> {
  const members = new Map<number, string[]>();
  for (const [node, community] of communities) members.set(community, [...(members.get(community) ?? []), node]);
  const ranked = [...members.values()]
    .map((nodes) => nodes.sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let others = 0;
  let otherNodes = 0;
  ranked.forEach((nodes, rank) => {
    const color = COMMUNITY_COLORS[rank] ?? OTHER_COMMUNITY_COLOR;
    for (const node of nodes) colors.set(node, color);
    if (rank < COMMUNITY_COLORS.length) legend.push({ kind: 'community', rank, color, count: nodes.length });
    else {
      others += 1;
      otherNodes += nodes.length;
    }
  });
  if (others > 0) legend.push({ kind: 'otherCommunities', communities: others, color: OTHER_COMMUNITY_COLOR, count: otherNodes });
  return { colors, legend };
}

/** Writes colours and sizes on the graph's nodes. */
export function applyLooks(graph: ExplorerGraph, looks: Looks): void {
  // No update hints: with hints sigma repaints without re-indexing, which fails
  // for nodes added in the same tick.
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    color: looks.colors.get(node) ?? attributes.color,
    size: looks.sizes.get(node) ?? attributes.size,
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
