/**
 * Search by pinyin and initials with keyboard navigation; expanding a hub by
 * relation type and direction, "show more", and collapse.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
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

describe('search', () => {
  it('finds 唐大军 by full pinyin and by initials, with arrow keys moving through the results', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    const input = page.getByRole('combobox', { name: '查找实体' });
    const options = page.locator('#search-results [role="option"]');

    await input.fill('tdj');
    await options.first().waitFor();
    expect(await options.first().locator('.option-name').textContent()).toBe('唐大军');
    expect(await options.first().locator('.option-pinyin').textContent()).toBe('拼音');
    expect(await options.first().locator('.option-type').textContent()).toBe('人物');

    await input.fill('tang');
    await options.filter({ hasText: '唐琴' }).waitFor();
    const names = await options.locator('.option-name').allTextContents();
    // Names spelled from their first syllable come first, shorter ones before longer.
    expect(names.slice(0, 2)).toEqual(['唐琴', '唐大军']);
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-1');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    await screenshot(page, 'search-pinyin-tang');

    await searchAndOpen(page, 'tangdajun', '唐大军');
    expect(await page.locator('#detail h2').first().textContent()).toBe('唐大军');
    expect(page.url()).toContain(`node=${encodeURIComponent('person:唐大军')}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('expand and collapse', () => {
  it('expands 重庆市 by outgoing IMPLEMENTS, shows more past the cap, and collapses back', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors, 'lang=zh&top=5');
    const before = new Set(await probe(page, 'loadedIds'));
    await searchAndOpen(page, 'chongqingshi', '重庆市');
    const hub = 'place:重庆市';
    const focused = new Set(await probe(page, 'loadedIds'));

    await page.getByLabel('关系类型', { exact: true }).selectOption('IMPLEMENTS');
    await page.getByLabel('方向', { exact: true }).selectOption('out');
    await page.getByRole('button', { name: '展开邻居' }).click();
    await page.getByRole('button', { name: /显示更多/ }).waitFor();
    const firstIds = (await probe(page, 'loadedIds')).filter((id) => !focused.has(id));
    expect(firstIds.length).toBe(50);
    // Only targets of IMPLEMENTS relations from the hub came in.
    const edges = await probe(page, 'edgeIds');
    for (const id of firstIds) expect(edges.some((edge) => edge.startsWith(`IMPLEMENTS|${hub}|${id}`))).toBe(true);
    expect(await page.locator('#detail .expand-block [role="status"]').textContent()).toContain('50');

    await page.getByRole('button', { name: /显示更多/ }).click();
    await page.waitForFunction((n) => (globalThis as { __policygraph?: { loadedIds(): string[] } }).__policygraph!.loadedIds().length > n, focused.size + 50);
    const more = (await probe(page, 'loadedIds')).filter((id) => !focused.has(id));
    expect(more.length).toBeGreaterThan(50);
    expect(more).toEqual(expect.arrayContaining(firstIds));
    await waitForLayoutToSettle(page);
    await screenshot(page, 'expand-hub-implements');

    await page.getByRole('button', { name: '收起' }).click();
    await page.waitForFunction((n) => (globalThis as { __policygraph?: { loadedIds(): string[] } }).__policygraph!.loadedIds().length === n, focused.size);
    expect(new Set(await probe(page, 'loadedIds'))).toEqual(focused);
    expect(await probe(page, 'expansions')).toEqual([]);
    for (const id of before) expect(focused.has(id)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
