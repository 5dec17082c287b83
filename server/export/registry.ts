/**
 * Exporters as descriptors in one registry: each turns the whole graph (or a
 * subgraph) into one file format, as chunks of text so large graphs stream.
 * `policygraph export --format …` (and later the API) lists and runs them.
 */
import type { Subgraph } from '../../schema/api.ts';
import { jsonExporter } from './json.ts';

export interface Exporter {
  /** The --format value. */
  id: string;
  description: string;
  mediaType: string;
  extension: string;
  /** The file's text, in chunks. */
  write(graph: Subgraph): Iterable<string>;
}

export const EXPORTERS: readonly Exporter[] = [jsonExporter];

/** The exporter for a --format value, or undefined. */
export function findExporter(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
