/**
 * Exporters as descriptors in one registry: each turns the whole graph (or a
 * subgraph) into the files of one format, as chunks of text so large graphs
 * stream. `policygraph export --format …` and GET /api/export run the same ones.
 */
import type { Subgraph } from '../../schema/api.ts';
import { csvExporter } from './csv.ts';
import { cypherExporter } from './cypher.ts';
import { gexfExporter } from './gexf.ts';
import { graphmlExporter } from './graphml.ts';
import { jsonExporter } from './json.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file of an export. */
export interface ExportFile {
  /** File name, e.g. nodes.csv. */
  name: string;
  mediaType: string;
  chunks: Iterable<string>;
}

export interface Exporter {
  /** The --format value. */
  id: ExportFormat;
  description: string;
  /** Names of the files it writes, in order (one for most formats). */
  fileNames: string[];
  /** Media type of its single file, or of the archive when it writes several. */
  mediaType: string;
  /** The export's files for `graph`. */
  files(graph: Subgraph): ExportFile[];
}

export const EXPORTERS: readonly Exporter[] = [jsonExporter, gexfExporter, graphmlExporter, csvExporter, cypherExporter];

/** The exporter for a --format value, or undefined. */
export function findExporter(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
