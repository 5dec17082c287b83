/**
 * `policygraph export`: the whole graph (or the subgraph around --seed ids) in
 * one of the registry's formats, to stdout or to --out (a file, or a folder for
 * formats that write several files, such as csv). The API's GET /api/export runs
 * the same exporters over the same store reads.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { ValidationError } from '../../schema/errors.ts';
import { findExporter, EXPORTERS, type ExportFile } from '../export/registry.ts';
import { graphToExport } from '../export/run.ts';
import type { GraphStore } from '../store/types.ts';

export interface ExportOptions {
  format: string;
  /** A file, or a folder (existing, ending in /, or needed because the format writes several files). */
  out?: string;
  seed?: string[];
  depth: number;
}

async function isFolder(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ?? false;
}

/** Writes a file's chunks to `path`, waiting when the stream is full. */
async function writeFileChunks(path: string, file: ExportFile): Promise<void> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  try {
    for (const chunk of file.chunks) if (!stream.write(chunk)) await once(stream, 'drain');
  } finally {
    stream.end();
    await once(stream, 'close');
  }
}

/** Runs the export; `stdout` writes to standard output; `written` reports each file written to disk. */
export async function runExport(
  store: GraphStore,
  options: ExportOptions,
  io: { stdout: (chunks: Iterable<string>) => Promise<void>; written: (path: string) => void },
): Promise<void> {
  const exporter = findExporter(options.format);
  if (!exporter) throw new ValidationError(`No format ${options.format}; choose one of ${EXPORTERS.map((e) => e.id).join(', ')}`, 'format');
  if (!Number.isInteger(options.depth) || options.depth < 0 || options.depth > 3) {
    throw new ValidationError(`--depth ${options.depth} is not valid; give an integer from 0 to 3`, 'depth');
  }
  const several = exporter.fileNames.length > 1;
  if (several && !options.out) {
    throw new ValidationError(`--format ${exporter.id} writes ${exporter.fileNames.join(', ')}; give --out FOLDER`, 'out');
  }
  const graph = await graphToExport(store, { seeds: options.seed ?? [], depth: options.depth });
  const files = exporter.files(graph);
  if (!options.out) {
    for (const file of files) await io.stdout(file.chunks);
    return;
  }
  const intoFolder = several || options.out.endsWith('/') || (await isFolder(options.out));
  if (intoFolder) await mkdir(options.out, { recursive: true });
  for (const file of files) {
    const path = intoFolder ? join(options.out, file.name) : options.out;
    await writeFileChunks(path, file);
    io.written(path);
  }
}
