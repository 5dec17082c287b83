/**
 * Page helpers shared by the e2e files: the probes on `window.__policygraph`,
 * opening the explorer, searching, waiting for the layout, and screenshots.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OUTPUT_DIR } from './harness.ts';

/** The probes web/src/testHooks.ts puts on `window` when the URL has `?test-hooks`. */
export interface Probe {
  graphOrder(): number;
  graphSize(): number;
  nodeIds(): string[];
  edgeIds(): string[];
  layoutRunning(): boolean;
  drawnNodePixels(): number;
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  nodeLook(id: string): { color: string; size: number } | null;
  highlighted(): { nodes: string[]; edges: string[] };
  camera(): { x: number; y: number; ratio: number };
  loadedIds(): string[];
  expansions(): string[];
  consoleGraphOrder(): number;
  consoleGraphSize(): number;
  consoleNodes(): Array<{ id: string; entityId: string; label: string; typeLabel: string }>;
  consoleNodeViewportPosition(id: string): { x: number; y: number } | null;
  consoleDrawnNodePixels(): number;
}
export type ProbeWindow = { __policygraph?: Probe };

/** Calls one probe in the page. */
export async function probe<K extends keyof Probe>(page: Page, name: K, ...args: Parameters<Probe[K]>): Promise<ReturnType<Probe[K]>> {
  return page.evaluate(
    ({ name, args }) => {
      const hooks = (globalThis as ProbeWindow).__policygraph as unknown as Record<string, (...a: unknown[]) => unknown>;
      return hooks[name]?.(...args);
    },
    { name, args: args as unknown[] },
  ) as Promise<ReturnType<Probe[K]>>;
}

/** Opens the explorer at `query` (test hooks added) and waits until the overview is on the graph. */
export async function openExplorer(browser: Browser, base: string, errors: string[], query = 'lang=zh'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/?test-hooks&${query}`);
  await page.waitForFunction(() => ((globalThis as ProbeWindow).__policygraph?.graphOrder() ?? 0) > 0);
  return page;
}

export const waitForLayoutToSettle = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => (globalThis as ProbeWindow).__policygraph?.layoutRunning() === false, null, { timeout: 60_000 });

/** Types `text` in the search box (Chinese label) and opens the first result whose name matches `name`. */
export async function searchAndOpen(page: Page, text: string, name: string, label = '查找实体'): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(text);
  await page.locator('#search-results [role="option"]', { hasText: name }).first().waitFor();
  await input.press('Enter');
  await page.locator('#detail h2', { hasText: name }).waitFor();
}

/** Saves a screenshot of the page to tests/output/NAME.png. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
}
