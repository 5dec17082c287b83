/**
 * The explorer end to end: the real server over the sample corpus (started
 * once by globalSetup), the built web app, Debian Chromium. Screenshots go to
 * tests/output/. This file: first screen, entity panel with evidence, focus,
 * language switch, and accessible controls.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openExplorer, probe, screenshot, searchAndOpen, waitForLayoutToSettle, type ProbeWindow } from './explorerPage.ts';
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

describe('explorer', () => {
  it('finds 唐大军 and shows HOLDS_POSITION 书记 → 江津区委 with its evidence sentence', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await waitForLayoutToSettle(page);
    await screenshot(page, 'explorer-overview');
    await searchAndOpen(page, '唐大军', '唐大军');

    const relation = page
      .locator('#detail section[data-relation-type="HOLDS_POSITION"][data-direction="out"] li.relation')
      .filter({ has: page.getByRole('button', { name: '江津区委', exact: true }) })
      .filter({ has: page.locator('.qualifier', { hasText: /^书记$/ }) });
    await relation.first().waitFor();
    const sentences = await relation.first().locator('blockquote').allTextContents();
    expect(sentences.some((sentence) => sentence.includes('江津区委书记'))).toBe(true);
    expect(await relation.first().locator('.source').first().textContent()).toMatch(/来源：\S+\.txt/);

    await waitForLayoutToSettle(page);
    expect(await probe(page, 'graphOrder')).toBeGreaterThan(1);
    expect(await probe(page, 'graphSize')).toBeGreaterThan(0);
    expect(await probe(page, 'drawnNodePixels')).toBeGreaterThan(100);
    expect(await page.locator('#legend li[data-type="Person"]').count()).toBe(1);
    // Colours are set from script: the server's Content Security Policy refuses inline style attributes.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('#legend li[data-type="Person"] .dot')).backgroundColor`)).toBe('rgb(209, 52, 59)');
    await screenshot(page, 'explorer-search-tangdajun');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focuses a related entity from the panel and switches the interface to English', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await searchAndOpen(page, '唐大军', '唐大军');
    await page.locator('#detail').getByRole('button', { name: '江津区委', exact: true }).first().click();
    await page.locator('#detail h2', { hasText: /^江津区委$/ }).waitFor();
    const holders = page.locator('#detail section[data-relation-type="HOLDS_POSITION"][data-direction="in"]');
    await expect(holders.getByRole('button', { name: '唐大军', exact: true }).count()).resolves.toBeGreaterThan(0);

    await page.getByRole('button', { name: '将界面切换为英文' }).click();
    await page.locator('#detail h3', { hasText: 'Relations' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Find an entity' }).count()).toBe(1);
    expect(await page.locator('#filters summary').textContent()).toBe('Filters');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');

    await waitForLayoutToSettle(page);
    // The camera follows the focused node until the layout stops: it ends in the middle of the view.
    const box = await page.locator('#graph').boundingBox();
    await page.waitForFunction(
      ({ id, width, height }) => {
        const where = (globalThis as ProbeWindow).__policygraph?.nodeViewportPosition(id);
        if (where === null || where === undefined) return false;
        return Math.abs(where.x - width / 2) < width / 4 && Math.abs(where.y - height / 2) < height / 4;
      },
      { id: 'org:江津区委', width: box?.width ?? 0, height: box?.height ?? 0 },
      { timeout: 10_000 },
    );
    await screenshot(page, 'explorer-focus-en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives every control a name and tabs from the search through the toolbar to the filters', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await searchAndOpen(page, '唐大军', '唐大军');
    // Runs in the page (a string: this file is type-checked without the DOM library).
    const unnamed = await page.evaluate(`
      [...document.querySelectorAll('button, input, select, summary')]
        .filter((element) => {
          const labelled = (element.labels?.length ?? 0) > 0;
          return !labelled && !element.getAttribute('aria-label') && (element.textContent ?? '').trim() === '';
        })
        .map((element) => element.outerHTML.slice(0, 80))
    `);
    expect(unnamed).toEqual([]);

    await page.getByRole('combobox', { name: '查找实体' }).focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(`document.activeElement?.id || document.activeElement?.textContent?.trim() || ''`));
    }
    expect(order).toEqual(['search-type', 'layout-forceAtlas2', 'layout-noverlap', 'cypher-toggle', 'locale-toggle', '筛选']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
