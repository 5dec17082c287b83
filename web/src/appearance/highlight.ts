/**
 * Neighbourhood highlighting through sigma reducers. `computeHighlight` builds
 * the neighbour sets once per hover or selection change; the reducers then only
 * look names up in them, and never touch the graph data.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ExplorerGraph } from '../graph/types.ts';
import { EDGE_HIGHLIGHT_COLOR, FADED_NODE_COLOR } from './palette.ts';

export interface Highlight {
  /** The node whose neighbourhood is shown (hovered, else selected); null: nothing highlighted. */
  readonly focus: string | null;
  readonly selected: string | null;
  /** The focus and its neighbours. */
  readonly nodes: ReadonlySet<string>;
  /** Edges touching the focus. */
  readonly edges: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { focus: null, selected: null, nodes: new Set(), edges: new Set() };

/** The neighbourhood to highlight: of the hovered node, else of the selected one. */
export function computeHighlight(graph: ExplorerGraph, hovered: string | null, selected: string | null): Highlight {
  const candidate = hovered ?? selected;
  const focus = candidate !== null && graph.hasNode(candidate) ? candidate : null;
  const known = selected !== null && graph.hasNode(selected) ? selected : null;
  if (focus === null) return { ...NO_HIGHLIGHT, selected: known };
  const nodes = new Set<string>([focus, ...graph.neighbors(focus)]);
  const edges = new Set<string>(graph.edges(focus));
  return { focus, selected: known, nodes, edges };
}

/** Node reducer: the neighbourhood stands out with its labels, the rest fades. */
export function reduceNode(highlight: Highlight, node: string, data: Partial<NodeDisplayData>): Partial<NodeDisplayData> {
  const isSelected = node === highlight.selected;
  if (highlight.focus === null) return isSelected ? { ...data, highlighted: true, zIndex: 2 } : data;
  if (!highlight.nodes.has(node)) return { ...data, color: FADED_NODE_COLOR, label: null, zIndex: 0 };
  return { ...data, highlighted: isSelected || node === highlight.focus, forceLabel: true, zIndex: isSelected ? 2 : 1 };
}

/** Edge reducer: edges of the neighbourhood darken, the others hide. */
export function reduceEdge(highlight: Highlight, edge: string, data: Partial<EdgeDisplayData>): Partial<EdgeDisplayData> {
  if (highlight.focus === null) return data;
  if (!highlight.edges.has(edge)) return { ...data, hidden: true };
  return { ...data, color: EDGE_HIGHLIGHT_COLOR, size: (data.size ?? 1) * 2, zIndex: 1 };
}
