/**
 * Evidence first (sentence → source article with the sentence highlighted),
 * the view in the URL (a link reproduces it; back and forward work), and the
 * exports (PNG, GEXF, GraphML, JSON) parsed back.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import { parse as parseGraphml } from 'graphology-graphml/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openExplorer, probe, screenshot, searchAndOpen, waitForLayoutToSettle } from './explorerPage.ts';
import { launchChromium, OUTPUT_DIR } from './harness.ts';

const base = inject('serverUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

interface Evidence {
  text: string;
  source: string;
  start: number;
  end: number;
  article?: string;
  date?: string;
}

/** An entity with a dated evidence sentence, and that sentence, from the API. */
async function datedEvidence(): Promise<{ name: string; evidence: Evidence }> {
  const answer = (await (await fetch(`${base}/api/overview?limit=300`)).json()) as {
    nodes: Array<{ id: string; name: string }>;
    edges: Array<{ from: string; evidence: Evidence[] }>;
  };
  const edge = answer.edges.find((candidate) => candidate.evidence.some((e) => e.date !== undefined && e.article !== undefined));
  const evidence = edge?.evidence.find((e) => e.date !== undefined);
  const name = answer.nodes.find((node) => node.id === edge?.from)?.name;
  if (evidence === undefined || name === undefined) throw new Error('the sample corpus has no dated evidence; the test needs one');
  return { name, evidence };
}

describe('evidence first', () => {
  it('opens the source article at the sentence, with title, byline and date', async () => {
    const errors: string[] = [];
    const { name, evidence } = await datedEvidence();
    const source = (await (await fetch(`${base}/api/sources/${encodeURIComponent(evidence.source)}`)).json()) as {
      articles: Array<{ id: string; title: string; byline?: string; date?: string }>;
    };
    const article = source.articles.find((candidate) => candidate.id === evidence.article);
    const page = await openExplorer(browser, base, errors);
    await searchAndOpen(page, name, name);
    await page.locator('#detail button.evidence-sentence', { hasText: evidence.text.slice(0, 12) }).first().click();

    const dialog = page.getByRole('dialog');
    await dialog.locator('mark#reader-evidence').waitFor();
    expect(await dialog.locator('mark#reader-evidence').textContent()).toBe(evidence.text);
    expect(await dialog.locator('h2').textContent()).toBe(article?.title);
    expect(await dialog.locator('.article-date').textContent()).toContain(evidence.date ?? '');
    if (article?.byline) expect(await dialog.locator('.byline').textContent()).toBe(article.byline);
    const mark = await dialog.locator('mark#reader-evidence').boundingBox();
    const box = await dialog.locator('.article-text').boundingBox();
    expect(mark && box && mark.y >= box.y && mark.y + mark.height <= box.y + box.height).toBe(true);
    await screenshot(page, 'evidence-article');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A parameter of the page's current URL (pushState included). */
const urlParam = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

/** What a view shows, for comparing two pages. */
async function viewOf(page: Page) {
  return {
    nodes: (await probe(page, 'nodeIds')).sort(),
    edges: (await probe(page, 'edgeIds')).sort(),
    selected: await page.locator('#detail h2').first().textContent(),
    community: await page.locator('#color-by-community').isChecked(),
    pagerank: await page.locator('#size-by-pagerank').isChecked(),
    hidden: await page.locator('#filter-Event').isChecked(),
    expansions: await probe(page, 'expansions'),
  };
}

describe('the view in the URL', () => {
  it('reproduces a view from its link, and steps through it with back and forward', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors, 'lang=zh&top=40');
    // As a user would, each step lets the layout settle: the replay does the same, so positions match.
    await waitForLayoutToSettle(page);
    await searchAndOpen(page, 'tangdajun', '唐大军');
    await waitForLayoutToSettle(page);
    await page.getByRole('button', { name: '展开邻居' }).click();
    await page.getByRole('button', { name: '收起' }).waitFor();
    await waitForLayoutToSettle(page);
    await page.locator('#filter-Event').uncheck();
    await page.locator('#color-by-community').check();
    await page.locator('#size-by-pagerank').check();
    await waitForLayoutToSettle(page);
    const beforeWheel = await probe(page, 'camera');
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, -300);
    // The URL keeps the camera once it has stopped moving (rounded to 4 decimals). On a busy machine the
    // wheel's zoom may not have begun yet, and the URL still matches the camera from before it: wait for the zoom.
    await expect
      .poll(async () => {
        const cam = urlParam(page, 'cam');
        const now = await probe(page, 'camera');
        const [x, y, ratio] = (cam ?? '').split(',').map(Number);
        const zoomed = now.ratio < beforeWheel.ratio - 1e-3;
        return zoomed && cam !== null && Math.abs((x ?? 0) - now.x) < 1e-4 && Math.abs((y ?? 0) - now.y) < 1e-4 && Math.abs((ratio ?? 0) - now.ratio) < 1e-4;
      })
      .toBe(true);
    const link = page.url();
    for (const part of ['node=', 'exp=', 'hide=Event', 'color=community', 'size=pagerank', 'cam=']) expect(link).toContain(part);
    const original = await viewOf(page);
    const camera = await probe(page, 'camera');
    const tang = await probe(page, 'nodeLook', 'person:唐大军');
    // Coloured by community now, not by type (people are #d1343b), with the legend saying so.
    expect(tang?.color).not.toBe('#d1343b');
    expect(await page.locator('#legend h2').textContent()).toBe('社区（Louvain）');
    const where = await probe(page, 'nodeViewportPosition', 'person:唐大军');
    await screenshot(page, 'url-original');

    const copy = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    copy.on('pageerror', (error) => errors.push(error.message));
    await copy.goto(link);
    await copy.locator('#detail h2', { hasText: '唐大军' }).waitFor();
    await waitForLayoutToSettle(copy);
    // The replay lets the layout settle after each load before the camera is restored: slow on a busy machine.
    await copy.waitForFunction(
      (ratio) => Math.abs((globalThis as { __policygraph?: { camera(): { ratio: number } } }).__policygraph!.camera().ratio - ratio) < 1e-3,
      camera.ratio,
      { timeout: 120_000 },
    );
    expect(await viewOf(copy)).toEqual(original);
    expect(await probe(copy, 'nodeLook', 'person:唐大军')).toEqual(tang);
    const restored = await probe(copy, 'camera');
    expect(restored.x).toBeCloseTo(camera.x, 3);
    expect(restored.y).toBeCloseTo(camera.y, 3);
    // Same positions and camera: the node is drawn at the same place on screen.
    const again = await probe(copy, 'nodeViewportPosition', 'person:唐大军');
    expect(Math.abs((again?.x ?? 0) - (where?.x ?? 0))).toBeLessThan(2);
    expect(Math.abs((again?.y ?? 0) - (where?.y ?? 0))).toBeLessThan(2);
    await screenshot(copy, 'url-reproduced');
    await copy.close();

    await page.goBack();
    await expect.poll(() => urlParam(page, 'size')).toBeNull();
    expect(await page.locator('#size-by-degree').isChecked()).toBe(true);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => urlParam(page, 'hide')).toBeNull();
    await page.locator('#filter-Event').isChecked().then((checked) => expect(checked).toBe(true));
    await page.goBack();
    await expect.poll(() => urlParam(page, 'exp')).toBeNull();
    expect(await probe(page, 'expansions')).toEqual([]);
    await page.goForward();
    await expect.poll(() => urlParam(page, 'exp')).not.toBeNull();
    await page.waitForFunction(() => (globalThis as { __policygraph?: { expansions(): string[] } }).__policygraph!.expansions().length === 1, null, {
      timeout: 120_000,
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 360_000);
});

async function download(page: Page, id: string, file: string): Promise<Buffer> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${id}`).click()]);
  const path = join(OUTPUT_DIR, file);
  await saved.saveAs(path);
  return readFile(path);
}

describe('export', () => {
  it('saves a PNG of the view and GEXF, GraphML and JSON of the visible graph that parse back', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await page.getByLabel(/^举措/).uncheck();
    await waitForLayoutToSettle(page);
    const order = await probe(page, 'graphOrder');
    const size = await probe(page, 'graphSize');

    const png = await download(page, 'png', 'export-view.png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);
    expect(png.length).toBeGreaterThan(20_000);

    const gexf = parseGexf(MultiDirectedGraph, (await download(page, 'gexf', 'export-visible.gexf')).toString('utf8'));
    const graphml = parseGraphml(MultiDirectedGraph, (await download(page, 'graphml', 'export-visible.graphml')).toString('utf8'));
    for (const graph of [gexf, graphml]) {
      expect(graph.order).toBe(order);
      expect(graph.size).toBe(size);
      expect(graph.filterNodes((_node, attributes) => attributes['entityType'] === 'Initiative')).toEqual([]);
      const edge = graph.edges()[0] ?? '';
      expect(String(graph.getEdgeAttribute(edge, 'sources'))).toMatch(/^source:/);
      expect(JSON.parse(String(graph.getEdgeAttribute(edge, 'evidence')))[0]).toHaveProperty('text');
    }
    const json = JSON.parse((await download(page, 'json', 'export-visible.json')).toString('utf8')) as { nodes: unknown[]; edges: Array<{ evidence: unknown[] }> };
    expect(json.nodes).toHaveLength(order);
    expect(json.edges).toHaveLength(size);
    expect(json.edges[0]?.evidence.length).toBeGreaterThan(0);
    await screenshot(page, 'export-filtered-view');
    expect(errors).toEqual([]);
    await page.close();
  });
});
