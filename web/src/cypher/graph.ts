/**
 * A Cypher answer as a graph to draw, pure: the nodes and relationships of
 * its `graph` part, nodes coloured by their type label and sized by how many
 * of the drawn relationships touch them, relationships coloured by type; and
 * the legend of what is drawn. Relationships whose ends are missing are left out.
 */
import type { CypherResponse } from '../../../schema/api.ts';
import { labelColor, nodeView, relationshipColor, relationshipView, type NodeView, type RelationshipView } from './values.ts';

export interface ConsoleNode extends NodeView {
  readonly size: number;
}

export interface ConsoleEdge extends RelationshipView {
  readonly source: string;
  readonly target: string;
}

/** One line of the legend: a type label or relationship type, its colour and how many are drawn. */
export interface ConsoleLegendEntry {
  readonly name: string;
  readonly color: string;
  readonly count: number;
}

export interface ConsoleGraph {
  readonly nodes: readonly ConsoleNode[];
  readonly edges: readonly ConsoleEdge[];
  readonly nodeTypes: readonly ConsoleLegendEntry[];
  readonly edgeTypes: readonly ConsoleLegendEntry[];
}

const MIN_SIZE = 5;
const MAX_SIZE = 16;

/** A node's drawn size from its degree among the drawn relationships. */
export function nodeSize(degree: number): number {
  return Math.min(MIN_SIZE + 2 * Math.sqrt(degree), MAX_SIZE);
}

function legend(names: readonly string[], colorOf: (name: string) => string): ConsoleLegendEntry[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, color: colorOf(name), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The answer's graph part, ready to draw. */
export function resultToGraph(response: Pick<CypherResponse, 'graph'>): ConsoleGraph {
  const ids = new Set(response.graph.nodes.map((node) => node.id));
  const edges: ConsoleEdge[] = response.graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => ({ ...relationshipView(edge), source: edge.source, target: edge.target }));
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = response.graph.nodes.map((node) => ({ ...nodeView(node), size: nodeSize(degree.get(node.id) ?? 0) }));
  return {
    nodes,
    edges,
    nodeTypes: legend(
      nodes.map((node) => node.typeLabel),
      labelColor,
    ),
    edgeTypes: legend(
      edges.map((edge) => edge.type),
      relationshipColor,
    ),
  };
}
