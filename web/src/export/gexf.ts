/**
 * GEXF through graphology-gexf's writer: the model is put in a graphology
 * graph and written with the label and viz (colour, size, position) Gephi
 * shows, and every other field as a GEXF attribute.
 */
import { MultiDirectedGraph } from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { AttributeValue, ExportModel } from './model.ts';

type Attributes = Record<string, AttributeValue>;

/** The model as a GEXF 1.3 document. */
export function writeGexf(model: ExportModel): string {
  const graph = new MultiDirectedGraph<Attributes, Attributes>();
  for (const node of model.nodes) graph.addNode(node.id, { ...node.attributes });
  for (const edge of model.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { ...edge.attributes });
  return write(graph, {
    formatNode: (_key, { label, x, y, size, color, ...rest }) => ({
      label: String(label ?? ''),
      viz: { x: Number(x ?? 0), y: Number(y ?? 0), size: Number(size ?? 1), color: String(color ?? '#999999') },
      attributes: rest,
    }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes['relationType'] ?? ''),
      weight: Number(attributes['confidence'] ?? 1),
      attributes,
    }),
  });
}
