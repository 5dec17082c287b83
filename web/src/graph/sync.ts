/**
 * The pipeline's last step: makes the sigma graph match what the filters let
 * through. Existing nodes keep their positions (the layout owns them); new
 * nodes get a seeded starting position, next to their anchor when they have
 * one. Edges use the relation key as graph key, so there is no second id map
 * to keep in step. Appearance is applied afterwards (controllers/graphController.ts).
 */
import type { Entity } from '../../../schema/model.ts';
import { edgeAppearance } from '../appearance/nodes.ts';
import type { Visible } from '../filters/apply.ts';
import { boundingBox, extentOf } from './geometry.ts';
import { initialRadius, neighbourRadius, pointInDisc, type Point } from './placement.ts';
import type { ExplorerGraph } from './types.ts';

export interface SyncResult {
  readonly addedNodes: number;
  readonly droppedNodes: number;
  readonly addedEdges: number;
  readonly droppedEdges: number;
}

/** What to draw: the visible nodes and edges, and where new nodes first appear. */
export interface SyncInput extends Visible {
  readonly anchors: ReadonlyMap<string, string>;
}

/**
 * Updates `graph` in place to show `dataset`; `seed` fixes the starting
 * positions. Nodes leaving the graph (filtered out, collapsed) leave their
 * position in `memory`, and take it back when they return, so hiding and
 * showing something does not scatter it.
 */
export function syncGraph(graph: ExplorerGraph, dataset: SyncInput, seed: number, memory: Map<string, Point> = new Map()): SyncResult {
  const droppedEdges = graph.filterEdges((edge) => !dataset.edges.has(edge));
  const droppedNodes = graph.filterNodes((node) => !dataset.nodes.has(node));
  for (const edge of droppedEdges) graph.dropEdge(edge);
  for (const node of droppedNodes) {
    const { x, y } = graph.getNodeAttributes(node);
    memory.set(node, { x, y });
    graph.dropNode(node);
  }

  const addedNodes = addNodes(graph, dataset, seed, memory);
  let addedEdges = 0;
  for (const relation of dataset.edges.values()) {
    if (graph.hasEdge(relation.key) || !graph.hasNode(relation.from) || !graph.hasNode(relation.to)) continue;
    graph.addDirectedEdgeWithKey(relation.key, relation.from, relation.to, {
      relationType: relation.type,
      ...edgeAppearance(),
    });
    addedEdges += 1;
  }
  return { addedNodes, droppedNodes: droppedNodes.length, addedEdges, droppedEdges: droppedEdges.length };
}

function addNodes(graph: ExplorerGraph, dataset: SyncInput, seed: number, memory: Map<string, Point>): number {
  const fresh = [...dataset.nodes.values()].filter((entity) => !graph.hasNode(entity.id));
  if (fresh.length === 0) return 0;
  const box = boundingBox(graph);
  const extent = box === null ? 0 : extentOf(box);
  const centre: Point = box === null ? { x: 0, y: 0 } : { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
  const looseRadius = box === null ? initialRadius(fresh.length) : Math.max(extent / 2, initialRadius(1));
  const nearRadius = neighbourRadius(extent, graph.order + fresh.length);
  for (const entity of fresh) {
    const anchor = dataset.anchors.get(entity.id);
    const remembered = memory.get(entity.id);
    memory.delete(entity.id);
    const position =
      remembered !== undefined
        ? remembered
        : anchor !== undefined && graph.hasNode(anchor)
        ? pointInDisc(graph.getNodeAttributes(anchor), nearRadius, seed, entity.id)
        : pointInDisc(centre, looseRadius, seed, entity.id);
    addEntityNode(graph, entity, position);
  }
  return fresh.length;
}

function addEntityNode(graph: ExplorerGraph, entity: Entity, position: Point): void {
  graph.addNode(entity.id, {
    x: position.x,
    y: position.y,
    label: entity.name,
    entityType: entity.type,
    color: '',
    size: 0,
  });
}
