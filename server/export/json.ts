/**
 * JSON export: the Subgraph wire shape (nodes, edges with their evidence,
 * truncated), written one node or edge per chunk so memory stays flat.
 */
import type { Subgraph } from '../../schema/api.ts';
import type { Exporter } from './registry.ts';

function* chunks(graph: Subgraph): Iterable<string> {
  yield '{"nodes":[';
  for (const [i, node] of graph.nodes.entries()) yield `${i ? ',' : ''}\n${JSON.stringify(node)}`;
  yield '\n],"edges":[';
  for (const [i, edge] of graph.edges.entries()) yield `${i ? ',' : ''}\n${JSON.stringify(edge)}`;
  yield `\n],"truncated":${graph.truncated}}\n`;
}

export const jsonExporter: Exporter = {
  id: 'json',
  description: 'Nodes and relations with their evidence, as the API’s Subgraph JSON',
  fileNames: ['graph.json'],
  mediaType: 'application/json',
  files: (graph) => [{ name: 'graph.json', mediaType: 'application/json', chunks: chunks(graph) }],
};
