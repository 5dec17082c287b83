/**
 * GraphML export (yEd, Gephi, networkx, igraph): a streaming writer, one node or
 * edge per chunk. GraphML ids must be XML name tokens, which entity ids and
 * relation keys are not (`|`, quotes), so nodes are n0, n1… and edges e0, e1…,
 * with the real id and key as data; the fields are those of GEXF.
 */
import type { Subgraph } from '../../schema/api.ts';
import { EDGE_FIELDS, NODE_FIELDS, flatEdge, flatNode, xmlSafe, type FieldSpec, type FlatValues } from './fields.ts';
import type { Exporter } from './registry.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for an attribute value or element content (tab/newline kept as character references). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

function keyLines(prefix: string, target: 'node' | 'edge', fields: readonly FieldSpec[]): string {
  return fields
    .map(({ name, type }) => `  <key id="${prefix}_${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`)
    .join('');
}

function dataLines(prefix: string, values: FlatValues): string {
  return Object.entries(values)
    .map(([name, value]) => `      <data key="${prefix}_${name}">${escapeXml(String(value))}</data>\n`)
    .join('');
}

function* chunks(graph: Subgraph): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="n_id" for="node" attr.name="id" attr.type="string"/>\n';
  yield keyLines('n', 'node', NODE_FIELDS);
  yield keyLines('e', 'edge', EDGE_FIELDS);
  yield '  <graph id="policygraph" edgedefault="directed">\n';
  const index = new Map<string, string>();
  for (const [i, entity] of graph.nodes.entries()) {
    const id = `n${i}`;
    index.set(entity.id, id);
    yield `    <node id="${id}">\n${dataLines('n', { id: entity.id, ...flatNode(entity) })}    </node>\n`;
  }
  for (const [i, relation] of graph.edges.entries()) {
    const source = index.get(relation.from);
    const target = index.get(relation.to);
    if (source === undefined || target === undefined) continue;
    yield `    <edge id="e${i}" source="${source}" target="${target}">\n${dataLines('e', flatEdge(relation))}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

export const graphmlExporter: Exporter = {
  id: 'graphml',
  description: 'GraphML for yEd, Gephi, networkx and igraph: the same attributes as GEXF, evidence and source ids on each edge',
  fileNames: ['graph.graphml'],
  mediaType: 'application/graphml+xml',
  files: (graph) => [{ name: 'graph.graphml', mediaType: 'application/graphml+xml', chunks: chunks(graph) }],
};
