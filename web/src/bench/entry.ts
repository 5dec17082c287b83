/**
 * The benchmark page's script: the real explorer (same controllers, panels and
 * sigma settings) over an API that answers nothing, plus `window.__bench` to
 * load a generated graph and to time a fixed camera animation. Only bench.html
 * loads this; the explorer itself never does.
 */
import type { Api } from '../api.ts';
import { startExplorer, type Explorer } from '../app.ts';
import { overviewLoaded } from '../state/graph.ts';
import { stopLayout } from '../state/layout.ts';
import { generateGraph, type GraphSpec } from './generate.ts';
import { runCameraAnimation, type FrameReport } from './frames.ts';

export interface LoadReport {
  readonly nodes: number;
  readonly edges: number;
  /** From handing the graph to the store to the end of the first frame sigma draws with it. */
  readonly firstRenderMs: number;
  /** The synchronous part: pipeline (filter, sync, metrics, appearance) and panels. */
  readonly pipelineMs: number;
  readonly generateMs: number;
}

export interface Bench {
  load(spec: GraphSpec): Promise<LoadReport>;
  animate(durationPerStepMs: number): Promise<FrameReport>;
  renderer(): string;
  /** Changes one sigma setting (to compare settings in the same page). */
  setting(name: string, value: unknown): void;
}

declare global {
  interface Window {
    __bench?: Bench;
  }
}

const silentApi: Api = {
  overview: async () => ({ nodes: [], edges: [], truncated: false }),
  search: async () => ({ results: [] }),
  entity: () => Promise.reject(new Error('the benchmark page has no server')),
  neighbours: async () => ({ nodes: [], edges: [], truncated: false }),
  paths: async () => ({ paths: [], graph: { nodes: [], edges: [], truncated: false } }),
  sources: async () => ({ sources: [] }),
  source: () => Promise.reject(new Error('the benchmark page has no server')),
  health: async () => ({ status: 'ok', store: 'embedded' }),
  cypher: () => Promise.reject(new Error('the benchmark page has no server')),
};

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

async function load(explorer: Explorer, spec: GraphSpec): Promise<LoadReport> {
  const generatedAt = performance.now();
  const subgraph = generateGraph(spec);
  const start = performance.now();
  let rendered = false;
  explorer.sigma.once('afterRender', () => void (rendered = true));
  // The layout would move every node on every iteration: the benchmark measures drawing, so it stays off.
  explorer.store.update((state) => stopLayout()(overviewLoaded(subgraph)(state)));
  const pipelineMs = performance.now() - start;
  // Sigma may draw inside the update (a refresh) or on the next frame; either way the picture is on screen one frame after it.
  while (!rendered) await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  return { nodes: subgraph.nodes.length, edges: subgraph.edges.length, firstRenderMs, pipelineMs, generateMs: start - generatedAt };
}

function renderer(explorer: Explorer): string {
  const canvas = explorer.sigma.getCanvases()['nodes'];
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  if (!gl) return 'no WebGL';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

const explorer = startExplorer(silentApi, { locale: 'zh' });
window.__bench = {
  load: (spec) => load(explorer, spec),
  animate: (duration) => runCameraAnimation(explorer.sigma, duration),
  renderer: () => renderer(explorer),
  setting: (name, value) => explorer.sigma.setSetting(name as 'hideEdgesOnMove', value as boolean),
};
