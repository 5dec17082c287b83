/**
 * Running an export, shared by GET /api/export and `policygraph export`: the
 * graph to write (whole, or around seed entities), and the zip archive that
 * carries a format's files over HTTP when it writes more than one.
 */
import { strToU8, zipSync } from 'fflate';
import type { Subgraph } from '../../schema/api.ts';
import type { GraphStore, SubgraphScope } from '../store/types.ts';
import type { ExportFile } from './registry.ts';

/** The whole graph, or the subgraph around `scope.seeds` when seeds are given. */
export function graphToExport(store: GraphStore, scope: SubgraphScope | undefined): Promise<Subgraph> {
  return scope && scope.seeds.length > 0 ? store.exportSubgraph(scope) : store.exportGraph();
}

/** A file's whole text. */
export function fileText(file: ExportFile): string {
  return [...file.chunks].join('');
}

/** The files in one zip archive, each under its own name. */
export function zipFiles(files: ExportFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(fileText(file))])), { level: 6 });
}
