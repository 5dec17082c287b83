/**
 * Read-only probes for the end-to-end tests, exposed on `window.__policygraph`
 * only when the page URL carries `?test-hooks`. Nothing in the app reads them.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './graph/types.ts';
import type { Store } from './state/store.ts';
import type { AppState } from './state/types.ts';

export interface TestHooks {
  /** Nodes and edges in the graph sigma draws. */
  graphOrder(): number;
  graphSize(): number;
  /** Ids of the nodes on the graph. */
  nodeIds(): string[];
  layoutRunning(): boolean;
  /** Renders now and counts non-transparent pixels on the WebGL node layer. */
  drawnNodePixels(): number;
  /** Where a node is on screen (CSS pixels within the graph container), for clicking it. */
  nodeViewportPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __policygraph?: TestHooks;
  }
}

/** Exposes the hooks when `search` (the page's query string) asks for them. */
export function installTestHooks(search: string, store: Store<AppState>, sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  if (!new URLSearchParams(search).has('test-hooks')) return;
  window.__policygraph = {
    graphOrder: () => sigma.getGraph().order,
    graphSize: () => sigma.getGraph().size,
    nodeIds: () => sigma.getGraph().nodes(),
    layoutRunning: () => store.get().layout.running,
    drawnNodePixels: () => countNodePixels(sigma),
    nodeViewportPosition: (id) => {
      const data = sigma.getNodeDisplayData(id);
      return data === undefined ? null : sigma.framedGraphToViewport(data);
    },
  };
}

function countNodePixels(sigma: Sigma<NodeAttributes, EdgeAttributes>): number {
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
