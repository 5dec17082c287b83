/** GET /api/export: the whole graph or a subgraph as JSON, GEXF, GraphML, CSV (neo4j-admin import) or Cypher. */
import { z } from 'zod';
import { SubgraphSchema } from '../../schema/api.ts';
import { ValidationError } from '../../schema/errors.ts';
import { EXPORT_FORMATS, findExporter, type Exporter } from '../export/registry.ts';
import { graphToExport, zipFiles } from '../export/run.ts';
import { integerParam } from './params.ts';
import { defineRawRoute, type RawAnswer } from './route.ts';
import type { Subgraph } from '../../schema/api.ts';

const ExportQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .default('json')
    .describe(`One of ${EXPORT_FORMATS.join(', ')} (default json). csv answers a zip of nodes.csv, relationships.csv and import.txt.`),
  seed: z
    .preprocess((raw) => (raw === undefined ? undefined : Array.isArray(raw) ? raw : [raw]), z.array(z.string().min(1).max(500)).max(100))
    .optional()
    .describe('Entity ids to export around (repeat the parameter for several); without it, the whole graph.'),
  depth: integerParam(0, 3, 1).describe('With seed: how many relations away from a seed to include, 0 to 3 (default 1).'),
  file: z
    .string()
    .max(100)
    .optional()
    .describe('For a format of several files (csv): just this one, e.g. nodes.csv, instead of a zip.'),
});

/** The answer for `exporter` over `graph`: its single file, the requested one, or all in a zip. */
function answer(exporter: Exporter, graph: Subgraph, file: string | undefined, stem: string): RawAnswer {
  const files = exporter.files(graph);
  if (file !== undefined) {
    const chosen = files.find((f) => f.name === file);
    if (!chosen) {
      throw new ValidationError(`Format ${exporter.id} has no file ${file}; choose one of ${exporter.fileNames.join(', ')}`, 'file');
    }
    return { mediaType: chosen.mediaType, fileName: `${stem}-${chosen.name}`, body: chosen.chunks };
  }
  const [only] = files;
  if (files.length === 1 && only) {
    return { mediaType: only.mediaType, fileName: `${stem}.${only.name.split('.').pop()}`, body: only.chunks };
  }
  return { mediaType: 'application/zip', fileName: `${stem}-${exporter.id}.zip`, body: zipFiles(files) };
}

export const exportRoutes = [
  defineRawRoute({
    id: 'exportGraph',
    method: 'get',
    path: '/api/export',
    summary: 'The whole graph, or the subgraph around seed entities, as a file for Gephi, yEd, networkx or Neo4j.',
    description:
      'json: the Subgraph shape. gexf (Gephi) and graphml: nodes and edges with attributes; each edge carries its ' +
      'evidence (sentence, source id, offsets) as JSON and its source ids. csv: nodes.csv and relationships.csv with ' +
      'neo4j-admin database import headers, and import.txt with the command. cypher: a parameter-free, idempotent ' +
      'MERGE script. The same exporters as `policygraph export`.',
    tags: ['export'],
    query: ExportQuery,
    response: SubgraphSchema,
    produces: ['application/json', 'application/gexf+xml', 'application/graphml+xml', 'text/plain', 'text/csv', 'application/zip'],
    problems: [400, 404],
    handler: async ({ query }, { store }) => {
      const exporter = findExporter(query.format);
      if (!exporter) throw new ValidationError(`No exporter ${query.format}`, 'format');
      if (query.file !== undefined && !exporter.fileNames.includes(query.file)) {
        throw new ValidationError(`Format ${exporter.id} has no file ${query.file}; choose one of ${exporter.fileNames.join(', ')}`, 'file');
      }
      const seeds = query.seed ?? [];
      const graph = await graphToExport(store, { seeds, depth: query.depth });
      return answer(exporter, graph, query.file, seeds.length > 0 ? 'policygraph-subgraph' : 'policygraph');
    },
  }),
];
