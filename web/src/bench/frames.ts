/**
 * Frame timing over a fixed camera animation: pans and zooms through the same
 * keyframes every run, recording every requestAnimationFrame timestamp and
 * how long each sigma render took.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';

export interface FrameReport {
  readonly frames: number;
  /** Intervals between consecutive animation frames. */
  readonly medianFrameMs: number;
  readonly p95FrameMs: number;
  readonly maxFrameMs: number;
  /** Time inside sigma's render (beforeRender → afterRender), median. */
  readonly medianRenderMs: number;
}

/** Pan right, zoom in, pan down-left, zoom out, back home. */
export const KEYFRAMES: readonly Omit<CameraState, 'angle'>[] = [
  { x: 0.7, y: 0.5, ratio: 1 },
  { x: 0.7, y: 0.5, ratio: 0.25 },
  { x: 0.35, y: 0.3, ratio: 0.25 },
  { x: 0.35, y: 0.3, ratio: 1.6 },
  { x: 0.5, y: 0.5, ratio: 1 },
];

/** The value at `share` (0–1) of sorted `values`. */
export function quantile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

/** Runs the keyframes, `stepMs` each, and reports frame intervals and render times. */
export async function runCameraAnimation(sigma: Sigma<NodeAttributes, EdgeAttributes>, stepMs: number): Promise<FrameReport> {
  const camera = sigma.getCamera();
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const stamps: number[] = [];
  const renders: number[] = [];
  let renderStart = 0;
  const before = (): void => void (renderStart = performance.now());
  const after = (): void => void renders.push(performance.now() - renderStart);
  sigma.on('beforeRender', before);
  sigma.on('afterRender', after);
  let running = true;
  const tick = (time: number): void => {
    stamps.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  for (const frame of KEYFRAMES) await camera.animate(frame, { duration: stepMs, easing: 'linear' });
  running = false;
  sigma.off('beforeRender', before);
  sigma.off('afterRender', after);
  const intervals = stamps.slice(1).map((time, i) => time - (stamps[i] ?? time));
  return {
    frames: intervals.length,
    medianFrameMs: quantile(intervals, 0.5),
    p95FrameMs: quantile(intervals, 0.95),
    maxFrameMs: Math.max(0, ...intervals),
    medianRenderMs: quantile(renders, 0.5),
  };
}
