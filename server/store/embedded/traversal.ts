/**
 * Neighbourhoods and the overview over the embedded graph: breadth-first, level
 * by level, nearer entities before farther ones and, within a level, the most
 * connected first, so a limit keeps what matters most to a reader.
 */
import type { Subgraph } from '../../../schema/api.ts';
import type { NeighborOptions } from '../types.ts';
import { compareStrings } from '../string-order.ts';
import type { EntityGraph } from './state.ts';
import { subgraph } from './views.ts';

interface Step {
  edge: string;
  other: string;
}

function stepsFrom(graph: EntityGraph, node: string, options: NeighborOptions): Step[] {
  const types = options.relationTypes?.length ? new Set<string>(options.relationTypes) : undefined;
  const steps: Step[] = [];
  const visit = (edge: string, attributes: { relation: { type: string } }, source: string, target: string) => {
    if (!types || types.has(attributes.relation.type)) steps.push({ edge, other: source === node ? target : source });
  };
  const direction = options.direction ?? 'both';
  if (direction === 'out') graph.forEachOutEdge(node, visit);
  else if (direction === 'in') graph.forEachInEdge(node, visit);
  else graph.forEachEdge(node, visit);
  return steps;
}

/**
 * An entity's relations, a self-loop counted once as Neo4j counts it
 * (graphology's `degree` counts it as an in- and an out-edge).
 */
function relationCount(graph: EntityGraph, node: string): number {
  return (graph.degree(node) + graph.degreeWithoutSelfLoops(node)) / 2;
}

/** `nodes`, most connected first, ties by id (each node's count read once, not at every comparison). */
function byDegree(graph: EntityGraph, nodes: Iterable<string>): string[] {
  const counted = Array.from(nodes, (id) => ({ id, count: relationCount(graph, id) }));
  counted.sort((a, b) => b.count - a.count || compareStrings(a.id, b.id));
  return counted.map((entry) => entry.id);
}

/**
 * The start entity and up to `limit` others within `depth` hops, with the
 * relations walked to reach them (those between kept entities).
 */
export function neighborhood(graph: EntityGraph, start: string, options: NeighborOptions): Subgraph {
  const kept = new Set([start]);
  const walked: Step[] = [];
  let frontier = [start];
  let truncated = false;
  for (let level = 0; level < options.depth && frontier.length > 0; level++) {
    const fresh = new Set<string>();
    for (const node of frontier) {
      for (const step of stepsFrom(graph, node, options)) {
        walked.push(step);
        if (!kept.has(step.other)) fresh.add(step.other);
      }
    }
    const ranked = byDegree(graph, fresh);
    const room = options.limit - (kept.size - 1);
    if (ranked.length > room) truncated = true;
    frontier = ranked.slice(0, Math.max(room, 0));
    for (const node of frontier) kept.add(node);
  }
  const edges = new Set(walked.filter((s) => kept.has(s.other)).map((s) => s.edge));
  return subgraph(graph, kept, edges, truncated);
}

/** The `limit` most connected entities (ties by id) and the relations among them. */
export function overview(ranking: readonly string[], graph: EntityGraph, limit: number): Subgraph {
  const top = ranking.slice(0, limit);
  const kept = new Set(top);
  const edges: string[] = [];
  for (const node of top) {
    graph.forEachOutEdge(node, (edge, _attributes, _source, target) => {
      if (kept.has(target)) edges.push(edge);
    });
  }
  return subgraph(graph, top, edges, ranking.length > limit);
}

/** Every entity, most connected first (ties by id): the overview's index, rebuilt after writes. */
export function rankByDegree(graph: EntityGraph): string[] {
  return byDegree(graph, graph.nodes());
}
