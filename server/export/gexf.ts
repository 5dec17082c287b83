/**
 * GEXF 1.2 export for Gephi, written by graphology-gexf: entities as nodes
 * (label = name; type, aliases, mentions, attributes as node attributes),
 * relations as directed edges keyed by relation key (label = type; title, role,
 * about, confidence, rule, source ids and the full evidence as edge attributes).
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { Subgraph } from '../../schema/api.ts';
import { flatEdge, flatNode, xmlSafe, type FlatValues } from './fields.ts';
import type { Exporter } from './registry.ts';

function safeValues(values: FlatValues): FlatValues {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? xmlSafe(v) : v]));
}

/** The subgraph as a graphology graph whose attributes are what the file shows. */
function toGraph(graph: Subgraph): MultiDirectedGraph<FlatValues, FlatValues> {
  const out = new MultiDirectedGraph<FlatValues, FlatValues>();
  out.setAttribute('creator', 'PolicyGraph');
  out.setAttribute('description', 'Entities and relations extracted from Chinese policy and news texts, with evidence');
  for (const entity of graph.nodes) out.addNode(xmlSafe(entity.id), safeValues(flatNode(entity)));
  for (const relation of graph.edges) {
    out.addDirectedEdgeWithKey(xmlSafe(relation.key), xmlSafe(relation.from), xmlSafe(relation.to), safeValues(flatEdge(relation)));
  }
  return out;
}

/** The GEXF document for a subgraph. */
export function writeGexf(graph: Subgraph): string {
  return write(toGraph(graph), {
    version: '1.2',
    pedantic: true,
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), attributes }),
  });
}

export const gexfExporter: Exporter = {
  id: 'gexf',
  description: 'GEXF 1.2 for Gephi: nodes and edges with their attributes, evidence and source ids on each edge',
  fileNames: ['graph.gexf'],
  mediaType: 'application/gexf+xml',
  files: (graph) => [{ name: 'graph.gexf', mediaType: 'application/gexf+xml', chunks: [writeGexf(graph)] }],
};
