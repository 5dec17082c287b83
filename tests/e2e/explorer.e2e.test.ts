/**
 * The explorer end to end: the real server over the sample corpus, the built
 * web app, Debian Chromium. Screenshots go to tests/output/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, OUTPUT_DIR, startServer, type RunningServer } from './harness.ts';

/** The probes web/src/testHooks.ts puts on `window` when the URL has `?test-hooks`. */
interface Probe {
  graphOrder(): number;
  graphSize(): number;
  nodeIds(): string[];
  layoutRunning(): boolean;
  drawnNodePixels(): number;
  nodeViewportPosition(id: string): { x: number; y: number } | null;
}
type ProbeWindow = { __policygraph?: Probe };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  await mkdir(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the explorer in Chinese and waits until the overview is on the graph. */
async function openExplorer(errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/?test-hooks&lang=zh`);
  await page.waitForFunction(() => ((globalThis as ProbeWindow).__policygraph?.graphOrder() ?? 0) > 0);
  return page;
}

/** Types a name in the search box and picks the first result with Enter. */
async function searchAndOpen(page: Page, name: string): Promise<void> {
  const input = page.getByRole('combobox', { name: '查找实体' });
  await input.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().waitFor();
  await input.press('Enter');
  await page.locator('#detail h2', { hasText: name }).waitFor();
}

const waitForLayoutToSettle = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => (globalThis as ProbeWindow).__policygraph?.layoutRunning() === false, null, {
    timeout: 60_000,
  });

describe('explorer', () => {
  it('finds 唐大军 and shows HOLDS_POSITION 书记 → 江津区委 with its evidence sentence', async () => {
    const errors: string[] = [];
    const page = await openExplorer(errors);
    await waitForLayoutToSettle(page);
    await page.screenshot({ path: join(OUTPUT_DIR, 'explorer-overview.png') });
    await searchAndOpen(page, '唐大军');

    const panel = page.locator('#detail');
    const relation = panel
      .locator('section[data-relation-type="HOLDS_POSITION"][data-direction="out"] li.relation')
      .filter({ has: page.getByRole('button', { name: '江津区委', exact: true }) })
      .filter({ has: page.locator('.qualifier', { hasText: /^书记$/ }) });
    await relation.first().waitFor();
    const sentences = await relation.first().locator('blockquote').allTextContents();
    expect(sentences.some((sentence) => sentence.includes('江津区委书记'))).toBe(true);
    expect(await relation.first().locator('.source').first().textContent()).toMatch(/来源：\S+\.txt/);

    await waitForLayoutToSettle(page);
    const drawn = await page.evaluate(() => {
      const probe = (globalThis as ProbeWindow).__policygraph;
      return probe ? { order: probe.graphOrder(), size: probe.graphSize(), pixels: probe.drawnNodePixels() } : null;
    });
    expect(drawn?.order).toBeGreaterThan(1);
    expect(drawn?.size).toBeGreaterThan(0);
    expect(drawn?.pixels).toBeGreaterThan(100);
    expect(await page.locator('#legend li[data-type="Person"]').count()).toBe(1);

    await page.screenshot({ path: join(OUTPUT_DIR, 'explorer-search-tangdajun.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focuses a related entity from the panel, expands it, and switches the interface to English', async () => {
    const errors: string[] = [];
    const page = await openExplorer(errors);
    await searchAndOpen(page, '唐大军');

    await page.locator('#detail').getByRole('button', { name: '江津区委', exact: true }).first().click();
    await page.locator('#detail h2', { hasText: /^江津区委$/ }).waitFor();
    const holders = page.locator('#detail section[data-relation-type="HOLDS_POSITION"][data-direction="in"]');
    await expect(holders.getByRole('button', { name: '唐大军', exact: true }).count()).resolves.toBeGreaterThan(0);

    const found = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('江津区委')}`)).json()) as {
      results: Array<{ id: string; name: string }>;
    };
    const orgId = found.results.find((hit) => hit.name === '江津区委')?.id ?? '';
    const neighbours = (await (
      await fetch(`${server.url}/api/entities/${encodeURIComponent(orgId)}/neighbors?depth=1&limit=50`)
    ).json()) as { nodes: Array<{ id: string }> };
    expect(neighbours.nodes.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: '展开邻居' }).click();
    await page.locator('#detail button.expand:not([aria-disabled])').waitFor();
    const onGraph = new Set(await page.evaluate(() => (globalThis as ProbeWindow).__policygraph?.nodeIds() ?? []));
    expect(neighbours.nodes.map((node) => node.id).filter((id) => !onGraph.has(id))).toEqual([]);

    await page.getByRole('button', { name: '将界面切换为英文' }).click();
    await page.locator('#detail h3', { hasText: 'Relations' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Find an entity' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await waitForLayoutToSettle(page);
    // The camera follows the focused node until the layout stops: it ends in the middle of the view.
    const box = await page.locator('#graph').boundingBox();
    await page.waitForFunction(
      ({ id, width, height }) => {
        const where = (globalThis as ProbeWindow).__policygraph?.nodeViewportPosition(id);
        if (where === null || where === undefined) return false;
        return Math.abs(where.x - width / 2) < width / 4 && Math.abs(where.y - height / 2) < height / 4;
      },
      { id: orgId, width: box?.width ?? 0, height: box?.height ?? 0 },
      { timeout: 10_000 },
    );
    await page.screenshot({ path: join(OUTPUT_DIR, 'explorer-focus-expand-en.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
