/**
 * Exporters as descriptors: each one turns the current view into a file.
 * The export panel lists them from here.
 */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { BACKGROUND_COLOR } from '../appearance/palette.ts';
import type { Visible } from '../filters/apply.ts';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/types.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeJson } from './json.ts';
import { exportModel } from './model.ts';

export interface ExportContext {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  readonly graph: ExplorerGraph;
  readonly visible: Visible;
}

export type ExporterId = 'png' | 'gexf' | 'graphml' | 'json';

export interface Exporter {
  readonly id: ExporterId;
  readonly extension: string;
  readonly mime: string;
  run(context: ExportContext): Promise<Blob>;
}

const text = (content: string, mime: string): Blob => new Blob([content], { type: mime });

export const EXPORTERS: readonly Exporter[] = [
  {
    id: 'png',
    extension: 'png',
    mime: 'image/png',
    // Sigma's layers (edges, nodes, labels, hovers) composited on a white background.
    // The helper is typed for untyped attributes; it only reads the graph and settings.
    run: ({ sigma }) => toBlob(sigma as unknown as Sigma, { format: 'png', backgroundColor: BACKGROUND_COLOR }),
  },
  {
    id: 'gexf',
    extension: 'gexf',
    mime: 'application/gexf+xml',
    run: async ({ graph, visible }) => text(writeGexf(exportModel(graph, visible)), 'application/gexf+xml'),
  },
  {
    id: 'graphml',
    extension: 'graphml',
    mime: 'application/graphml+xml',
    run: async ({ graph, visible }) => text(writeGraphml(exportModel(graph, visible)), 'application/graphml+xml'),
  },
  {
    id: 'json',
    extension: 'json',
    mime: 'application/json',
    run: async ({ graph, visible }) => text(writeJson(graph, visible), 'application/json'),
  },
];

/** Saves `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
