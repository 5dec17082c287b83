/**
 * Read-only probes for the end-to-end tests and the benchmark, exposed on
 * `window.__policygraph` only when the page URL carries `?test-hooks`.
 * Nothing in the app reads them.
 */
import type { Explorer } from './app.ts';
import type { EdgeAttributes, NodeAttributes } from './graph/types.ts';
import type Sigma from 'sigma';

export interface TestHooks {
  /** Nodes and edges in the graph sigma draws. */
  graphOrder(): number;
  graphSize(): number;
  /** Ids of the nodes and edges on the graph. */
  nodeIds(): string[];
  edgeIds(): string[];
  layoutRunning(): boolean;
  /** Renders now and counts non-transparent pixels on the WebGL node layer. */
  drawnNodePixels(): number;
  /** Where a node is on screen (CSS pixels within the graph container), for clicking it. */
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  /** A node's drawn colour and size (after the appearance step, before reducers). */
  nodeLook(id: string): { color: string; size: number } | null;
  /** Nodes and edges the highlight currently emphasises (reducer output). */
  highlighted(): { nodes: string[]; edges: string[] };
  /** The camera state. */
  camera(): { x: number; y: number; ratio: number };
  /** Ids the dataset holds, and the expansions. */
  loadedIds(): string[];
  expansions(): string[];
  /** The Cypher console's graph (0 until its graph view was first shown). */
  consoleGraphOrder(): number;
  consoleGraphSize(): number;
  /** The console graph's nodes: element id, entity id ('' for other nodes), label and type label. */
  consoleNodes(): Array<{ id: string; entityId: string; label: string; typeLabel: string }>;
  /** Where a console node is on screen (CSS pixels within the console graph's container). */
  consoleNodeViewportPosition(id: string): { x: number; y: number } | null;
  /** Renders the console graph now and counts non-transparent pixels on its node layer. */
  consoleDrawnNodePixels(): number;
}

declare global {
  interface Window {
    __policygraph?: TestHooks;
  }
}

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

function highlighted(sigma: Renderer): { nodes: string[]; edges: string[] } {
  const graph = sigma.getGraph();
  const nodes = graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.forceLabel === true);
  const edges = graph.filterEdges((edge) => {
    const data = sigma.getEdgeDisplayData(edge);
    return data !== undefined && !data.hidden && data.color !== graph.getEdgeAttribute(edge, 'color');
  });
  return { nodes, edges };
}

/** Exposes the hooks when `search` (the page's query string) asks for them. */
export function installTestHooks(search: string, explorer: Explorer): void {
  if (!new URLSearchParams(search).has('test-hooks')) return;
  const { sigma, store } = explorer;
  const graph = sigma.getGraph();
  window.__policygraph = {
    graphOrder: () => graph.order,
    graphSize: () => graph.size,
    nodeIds: () => graph.nodes(),
    edgeIds: () => graph.edges(),
    layoutRunning: () => store.get().layout.running,
    drawnNodePixels: () => countNodePixels(sigma),
    nodeViewportPosition: (id) => {
      const data = sigma.getNodeDisplayData(id);
      return data === undefined ? null : sigma.framedGraphToViewport(data);
    },
    nodeLook: (id) => (graph.hasNode(id) ? { color: graph.getNodeAttribute(id, 'color'), size: graph.getNodeAttribute(id, 'size') } : null),
    highlighted: () => highlighted(sigma),
    camera: () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
    loadedIds: () => [...store.get().dataset.nodes.keys()],
    expansions: () => [...store.get().expansions.keys()],
    ...consoleHooks(explorer),
  };
}

function consoleHooks(explorer: Explorer): Pick<TestHooks, 'consoleGraphOrder' | 'consoleGraphSize' | 'consoleNodes' | 'consoleNodeViewportPosition' | 'consoleDrawnNodePixels'> {
  const renderer = () => explorer.consoleGraph.renderer();
  return {
    consoleGraphOrder: () => renderer()?.getGraph().order ?? 0,
    consoleGraphSize: () => renderer()?.getGraph().size ?? 0,
    consoleNodes: () => renderer()?.getGraph().mapNodes((id, { entityId, label, typeLabel }) => ({ id, entityId, label, typeLabel })) ?? [],
    consoleNodeViewportPosition: (id) => {
      const data = renderer()?.getNodeDisplayData(id);
      return data === undefined ? null : (renderer()?.framedGraphToViewport(data) ?? null);
    },
    consoleDrawnNodePixels: () => {
      const current = renderer();
      return current === null ? 0 : countNodePixels(current);
    },
  };
}

/** What counting drawn pixels needs of a renderer (the explorer's or the console's). */
interface Drawable {
  getCanvases(): Record<string, HTMLCanvasElement>;
  refresh(): unknown;
}

function countNodePixels(sigma: Drawable): number {
  const canvas = sigma.getCanvases()['nodes'];
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  if (!canvas || !gl) return 0;
  // The drawing buffer is not preserved: read it in the same task as the render.
  sigma.refresh();
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  const pixels = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
  gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  let drawn = 0;
  for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) drawn += 1;
  return drawn;
}
