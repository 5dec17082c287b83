/**
 * All shortest paths between two entities, relations walked in either direction.
 * graphology-shortest-path finds one shortest path (bidirectional) or walks the
 * whole component (brandes); neither stops at a length bound or lists every
 * shortest path, so this is a bounded breadth-first search that keeps every
 * predecessor on a shortest route, then unwinds them into paths.
 */
import type { PathsResponse } from '../../../schema/api.ts';
import type { PathOptions } from '../types.ts';
import type { EntityGraph } from './state.ts';
import { subgraph } from './views.ts';

/** Each predecessor on a shortest route from the start, per reached entity. */
function shortestRoutes(graph: EntityGraph, from: string, to: string, maxLength: number): Map<string, string[]> | undefined {
  const distance = new Map([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length > 0 && !distance.has(to); d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of graph.neighbors(node)) {
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, d);
          predecessors.set(other, [node]);
          next.push(other);
        } else if (known === d) {
          predecessors.get(other)?.push(node);
        }
      }
    }
    frontier = next;
  }
  return distance.has(to) ? predecessors : undefined;
}

/** Unwinds predecessor lists into up to `cap` node sequences from `from` to `to`. */
function unwind(predecessors: Map<string, string[]>, from: string, to: string, cap: number): string[][] {
  const paths: string[][] = [];
  const walk = (node: string, suffix: string[]): void => {
    if (paths.length >= cap) return;
    if (node === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const previous of predecessors.get(node) ?? []) walk(previous, [node, ...suffix]);
  };
  walk(to, []);
  return paths;
}

/** The relation drawn for one hop: of the relations between the two entities (either way), the first by key. */
function hopEdge(graph: EntityGraph, a: string, b: string): string {
  const keys = [...graph.edges(a, b), ...graph.edges(b, a)].sort();
  return keys[0] as string;
}

/** Up to `limit` shortest paths of at most `maxLength` relations; `graph.truncated` when more exist. */
export function shortestPaths(graph: EntityGraph, from: string, to: string, options: PathOptions): PathsResponse {
  const predecessors = from === to ? new Map<string, string[]>() : shortestRoutes(graph, from, to, options.maxLength);
  if (!predecessors) return { paths: [], graph: { nodes: [], edges: [], truncated: false } };
  const sequences = unwind(predecessors, from, to, options.limit + 1);
  const kept = sequences.slice(0, options.limit);
  const paths = kept.map((nodes) => ({
    nodes,
    edges: nodes.slice(1).map((node, i) => hopEdge(graph, nodes[i] as string, node)),
  }));
  const nodes = new Set(paths.flatMap((p) => p.nodes));
  const edges = new Set(paths.flatMap((p) => p.edges));
  return { paths, graph: subgraph(graph, nodes, edges, sequences.length > options.limit) };
}
