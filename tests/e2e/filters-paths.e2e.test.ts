/** Filters with counts (entity type, relation type, confidence, source, date) and shortest paths with their evidence. */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openExplorer, probe, screenshot, searchAndOpen, waitForLayoutToSettle } from './explorerPage.ts';
import { launchChromium, OUTPUT_DIR } from './harness.ts';

const base = inject('serverUrl');
let browser: Browser;

interface Relation {
  key: string;
  type: string;
  confidence: number;
  evidence: Array<{ source: string; date?: string }>;
}

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** The relations the page was given (the overview), from the API. */
async function overviewRelations(): Promise<Map<string, Relation>> {
  const answer = (await (await fetch(`${base}/api/overview?limit=300`)).json()) as { edges: Relation[] };
  return new Map(answer.edges.map((edge) => [edge.key, edge]));
}

const count = async (label: string | undefined | null): Promise<[number, number]> => {
  const match = /(\d+)\/(\d+)/.exec(label ?? '');
  return [Number(match?.[1]), Number(match?.[2])];
};

describe('filters', () => {
  it('hides entity and relation types, low confidence, a source and evidence outside a date range, with counts', async () => {
    const errors: string[] = [];
    const relations = await overviewRelations();
    const page = await openExplorer(browser, base, errors);
    const initiatives = page.locator('label[for="filter-Initiative"]');
    const [shownBefore, total] = await count(await initiatives.textContent());
    expect(shownBefore).toBe(total);
    expect(total).toBeGreaterThan(0);

    await page.getByLabel(/^举措/).uncheck();
    await page.waitForFunction(() => !(globalThis as { __policygraph?: { nodeIds(): string[] } }).__policygraph!.nodeIds().some((id) => id.startsWith('initiative:')));
    expect(await count(await initiatives.textContent())).toEqual([0, total]);
    expect(page.url()).toContain('hide=Initiative');
    await page.getByLabel(/^举措/).check();

    await page.getByLabel(/^任职/).uncheck();
    await page.waitForFunction(() => !(globalThis as { __policygraph?: { edgeIds(): string[] } }).__policygraph!.edgeIds().some((id) => id.startsWith('HOLDS_POSITION|')));
    await page.getByLabel(/^任职/).check();

    const slider = page.getByLabel('关系的最低置信度');
    await slider.fill('0.8');
    await slider.dispatchEvent('change');
    await expect.poll(() => page.locator('#filter-confidence-value').textContent()).toBe('0.80');
    await page.waitForFunction(
      (n) => (globalThis as { __policygraph?: { graphSize(): number } }).__policygraph!.graphSize() === n,
      [...relations.values()].filter((r) => r.confidence >= 0.8).length,
    );
    for (const id of await probe(page, 'edgeIds')) expect(relations.get(id)?.confidence).toBeGreaterThanOrEqual(0.8);
    await screenshot(page, 'filters-confidence');
    await page.getByRole('button', { name: '清除全部筛选' }).click();

    const source = 'source:000_7424df761f98a704.txt';
    const sourceBox = page.locator('#filters li', { hasText: '000_7424df761f98a704.txt' }).getByRole('checkbox');
    await sourceBox.uncheck();
    const onlyThatSource = [...relations.values()].filter((r) => r.evidence.every((e) => e.source === source)).length;
    await page.waitForFunction((n) => (globalThis as { __policygraph?: { graphSize(): number } }).__policygraph!.graphSize() === n, relations.size - onlyThatSource);
    await sourceBox.check();

    await page.getByLabel('起', { exact: true }).fill('2025-01-20');
    await page.getByLabel('止', { exact: true }).fill('2025-01-20');
    const dated = [...relations.values()].filter((r) => r.evidence.some((e) => e.date === '2025-01-20')).length;
    await page.waitForFunction((n) => (globalThis as { __policygraph?: { graphSize(): number } }).__policygraph!.graphSize() === n, dated);
    expect(dated).toBeGreaterThan(0);
    expect(await page.locator('#filters .count-line').last().textContent()).toContain(`${dated}`);
    await screenshot(page, 'filters-date');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('paths', () => {
  it('highlights the shortest paths from 唐大军 to 文天平 and lists each relation with its evidence', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await searchAndOpen(page, '唐大军', '唐大军');
    await page.getByRole('button', { name: '设为路径起点' }).click();
    await searchAndOpen(page, 'wentianping', '文天平');
    await page.getByRole('button', { name: '设为路径终点' }).click();
    const paths = page.locator('#paths li.path');
    await paths.first().waitFor();
    expect(await paths.count()).toBe(2);
    expect(await page.locator('#paths [role="status"]').textContent()).toBe('找到最短路径：2 条');
    const steps = await paths.first().locator('.path-node').allTextContents();
    expect(steps[0]).toBe('唐大军');
    expect(steps.at(-1)).toBe('文天平');
    expect(await paths.first().locator('.path-relation blockquote').count()).toBeGreaterThanOrEqual(2);

    const highlighted = await probe(page, 'highlighted');
    expect(highlighted.nodes).toEqual(expect.arrayContaining(['person:唐大军', 'person:文天平', 'org:重庆市人大', 'event:重报圆桌会']));
    expect(highlighted.edges).toHaveLength(4);
    await paths.first().getByRole('button', { name: '只显示路径 1' }).click();
    await page.waitForFunction(() => (globalThis as { __policygraph?: { highlighted(): { edges: string[] } } }).__policygraph!.highlighted().edges.length === 2);
    expect(page.url()).toContain(`pt=${encodeURIComponent('person:文天平')}`);
    await waitForLayoutToSettle(page);
    await screenshot(page, 'paths-tangdajun-wentianping');
    expect(errors).toEqual([]);
    await page.close();
  });
});
