/** The visible graph as JSON: entities with position and look, relations with their (filtered) evidence. */
import type { Visible } from '../filters/apply.ts';
import type { ExplorerGraph } from '../graph/types.ts';

export const JSON_EXPORT_FORMAT = 'policygraph-view';

/** The JSON document of the visible graph. */
export function writeJson(graph: ExplorerGraph, visible: Visible): string {
  const nodes = [...visible.nodes.values()]
    .filter((entity) => graph.hasNode(entity.id))
    .map((entity) => {
      const { x, y, size, color } = graph.getNodeAttributes(entity.id);
      return { ...entity, x, y, size, color };
    });
  const edges = [...visible.edges.values()].filter((relation) => graph.hasEdge(relation.key));
  return `${JSON.stringify({ format: JSON_EXPORT_FORMAT, version: 1, nodes, edges }, null, 2)}\n`;
}
