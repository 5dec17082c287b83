/**
 * Highlighting through sigma reducers: the hovered node's neighbourhood, else
 * the shortest paths on show, else the selected node's neighbourhood.
 * `computeHighlight` builds the node and edge sets once per change of hover,
 * selection, paths or graph; the reducers then only look names up in them and
 * never touch the graph data.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ExplorerGraph } from '../graph/types.ts';
import { EDGE_HIGHLIGHT_COLOR, FADED_NODE_COLOR, PATH_EDGE_COLOR } from './palette.ts';

export interface Highlight {
  /** What is highlighted: a node's neighbourhood, the paths, or nothing. */
  readonly mode: 'none' | 'neighbourhood' | 'path';
  /** The node whose neighbourhood is shown (hovered, else selected). */
  readonly focus: string | null;
  readonly selected: string | null;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { mode: 'none', focus: null, selected: null, nodes: new Set(), edges: new Set() };

/** Nodes and relations of the paths on show. */
export interface PathSets {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** What to highlight: the hovered node's neighbourhood, else the paths, else the selected node's neighbourhood. */
export function computeHighlight(
  graph: ExplorerGraph,
  hovered: string | null,
  selected: string | null,
  paths: PathSets | null = null,
): Highlight {
  const known = selected !== null && graph.hasNode(selected) ? selected : null;
  const hover = hovered !== null && graph.hasNode(hovered) ? hovered : null;
  if (hover === null && paths !== null && paths.nodes.size > 0) {
    return { mode: 'path', focus: null, selected: known, nodes: paths.nodes, edges: paths.edges };
  }
  const focus = hover ?? known;
  if (focus === null) return { ...NO_HIGHLIGHT, selected: known };
  const nodes = new Set<string>([focus, ...graph.neighbors(focus)]);
  const edges = new Set<string>(graph.edges(focus));
  return { mode: 'neighbourhood', focus, selected: known, nodes, edges };
}

/** Node reducer: the highlighted nodes stand out with their labels, the rest fades; `shown`, while set, hides every other node. */
export function reduceNode(
  highlight: Highlight,
  node: string,
  data: Partial<NodeDisplayData>,
  shown: ReadonlySet<string> | null = null,
): Partial<NodeDisplayData> {
  if (shown !== null && !shown.has(node) && !highlight.nodes.has(node)) return { ...data, hidden: true };
  const isSelected = node === highlight.selected;
  if (highlight.mode === 'none') return isSelected ? { ...data, highlighted: true, zIndex: 2 } : data;
  if (!highlight.nodes.has(node)) return { ...data, color: FADED_NODE_COLOR, label: null, zIndex: 0 };
  return { ...data, highlighted: isSelected || node === highlight.focus, forceLabel: true, zIndex: isSelected ? 2 : 1 };
}

/** Edge reducer: highlighted edges darken (paths in the accent colour), the others hide. */
export function reduceEdge(highlight: Highlight, edge: string, data: Partial<EdgeDisplayData>): Partial<EdgeDisplayData> {
  if (highlight.mode === 'none') return data;
  if (!highlight.edges.has(edge)) return { ...data, hidden: true };
  const color = highlight.mode === 'path' ? PATH_EDGE_COLOR : EDGE_HIGHLIGHT_COLOR;
  return { ...data, color, size: (data.size ?? 1) * (highlight.mode === 'path' ? 3 : 2), zIndex: 1 };
}
