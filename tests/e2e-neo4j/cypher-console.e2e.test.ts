/**
 * The Cypher console against a real Neo4j holding the sample corpus (started by
 * globalSetup), driven through the UI in Debian Chromium: every example query
 * runs, fills the table with readable rows and draws its graph; clicking an
 * entity in the graph opens its panel; the history recalls queries and survives
 * a reload; `CREATE (n) RETURN n` is refused with the server's reason shown;
 * an answer cut at the row limit says so.
 * Screenshots go to tests/output/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../web/src/cypher/examples.ts';
import { openExplorer, probe, screenshot } from '../e2e/explorerPage.ts';
import { launchChromium, OUTPUT_DIR } from '../e2e/harness.ts';

const base = inject('serverUrl');
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const health = (await (await fetch(`${base}/api/health`)).json()) as { store: string };
  expect(health.store).toBe('neo4j');
  browser = await launchChromium();
  await mkdir(OUTPUT_DIR, { recursive: true });
  page = await openExplorer(browser, base, errors);
  await page.getByRole('button', { name: 'Cypher 查询', exact: true }).click();
  await page.locator('#console .cypher-available').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for the run started by `start` to finish. */
async function run(start: () => Promise<void>): Promise<void> {
  await start();
  await page.locator('#console:is([data-status="ready"], [data-status="error"])').waitFor({ timeout: 30_000 });
}

async function showView(view: 'table' | 'graph'): Promise<void> {
  await page.locator(`#cypher-tab-${view}`).click();
  await page.locator(`#cypher-tab-${view}[aria-selected="true"]`).waitFor();
}

describe('Cypher console on Neo4j', () => {
  for (const example of CYPHER_EXAMPLES) {
    it(`runs the example "${example.id}": rows in the table, nodes in the graph`, async () => {
      await showView('table');
      await run(() => page.locator(`#console .example[data-example="${example.id}"] .run-example`).click());
      expect(await page.locator('#console .cypher-error').count()).toBe(0);
      expect(await page.locator('#console').getAttribute('data-status')).toBe('ready');
      const rows = page.locator('#cypher-table-panel tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      const text = (await page.locator('#cypher-table-panel').textContent()) ?? '';
      expect(text).not.toContain('[object Object]');
      expect(await page.locator('#cypher-table-panel .node-chip').count()).toBeGreaterThan(0);
      expect(await page.locator('#console .row-count').textContent()).toBe(`${await rows.count()} 行`);
      if (example.id === 'positions') await screenshot(page, 'console-neo4j-table-positions');

      await showView('graph');
      expect(await probe(page, 'consoleGraphOrder')).toBeGreaterThan(0);
      expect(await probe(page, 'consoleDrawnNodePixels')).toBeGreaterThan(50);
      expect(await page.locator('#console .console-legend li[data-label]').count()).toBeGreaterThan(0);
      if (example.id === 'attended' || example.id === 'path') {
        await page.locator('#console .cypher-results').screenshot({ path: `${OUTPUT_DIR}/console-neo4j-graph-${example.id}.png` });
      }
    });
  }

  it('shows a relationship’s confidence and rule, and opens an entity from the table and from the graph', async () => {
    await showView('table');
    await run(() => page.locator('#console .example[data-example="positions"] .run-example').click());
    const chip = page.locator('#cypher-table-panel .relationship-chip[data-type="HOLDS_POSITION"]').first();
    expect(await chip.getAttribute('title')).toMatch(/^HOLDS_POSITION：置信度 \d\.\d\d，规则 \S+$/);

    await page.locator('#cypher-table-panel button.node-chip[data-entity="org:重庆市委"]').first().click();
    await page.locator('#detail h2', { hasText: /^重庆市委$/ }).waitFor();

    await showView('graph');
    const box = await page.locator('#cypher-graph').boundingBox();
    const legend = await page.locator('#console .console-legend').boundingBox();
    // A person node that the legend drawn over the graph does not cover.
    let target: { label: string; x: number; y: number } | undefined;
    for (const node of await probe(page, 'consoleNodes')) {
      const where = await probe(page, 'consoleNodeViewportPosition', node.id);
      if (node.typeLabel !== 'Person' || node.entityId === '' || where === null || box === null || legend === null) continue;
      const x = box.x + where.x;
      const y = box.y + where.y;
      const underLegend = x >= legend.x - 10 && x <= legend.x + legend.width + 10 && y >= legend.y - 10 && y <= legend.y + legend.height + 10;
      if (!underLegend) target = { label: node.label, x, y };
    }
    expect(target).toBeDefined();
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    const person = { label: target?.label ?? '' };
    await page.locator('#detail h2', { hasText: new RegExp(`^${person?.label ?? ''}$`) }).waitFor();
    expect(await page.locator('#detail .relation-code').first().textContent()).toMatch(/^[A-Z_]+$/);
    await screenshot(page, 'console-neo4j-graph-click-entity');
  });

  it('refuses CREATE (n) RETURN n and shows the server’s reason', async () => {
    await showView('table');
    const editor = page.locator('#cypher-query');
    await editor.fill('CREATE (n) RETURN n');
    await page.locator('#cypher-params').fill('');
    await run(() => editor.press('Control+Enter'));
    const refusal = page.locator('#console .cypher-error[data-kind="refused"]');
    await refusal.waitFor();
    expect(await refusal.locator('strong').textContent()).toBe('服务器拒绝了该查询');
    expect(await refusal.locator('.server-detail').textContent()).toMatch(/CREATE/);
    expect(await page.locator('#cypher-table-panel tbody tr').count()).toBe(0);
    await screenshot(page, 'console-neo4j-refused-create');
  });

  it('recalls earlier queries with Alt+↑ and keeps the history across a reload', async () => {
    const editor = page.locator('#cypher-query');
    await editor.fill('MATCH (n:Place) RETURN n LIMIT 3');
    await run(() => editor.press('Control+Enter'));
    expect(await page.locator('#console .history-entry').first().textContent()).toBe('MATCH (n:Place) RETURN n LIMIT 3');
    await editor.press('Alt+ArrowUp');
    await editor.press('Alt+ArrowUp');
    expect(await editor.inputValue()).toBe('CREATE (n) RETURN n');
    await editor.press('Alt+ArrowDown');
    expect(await editor.inputValue()).toBe('MATCH (n:Place) RETURN n LIMIT 3');

    await page.reload();
    await page.waitForFunction(() => ((globalThis as { __policygraph?: { graphOrder(): number } }).__policygraph?.graphOrder() ?? 0) > 0);
    await page.getByRole('button', { name: 'Cypher 查询', exact: true }).click();
    const entries = page.locator('#console .history-entry');
    expect(await entries.count()).toBe(CYPHER_EXAMPLES.length + 2);
    await entries.nth(1).click();
    expect(await page.locator('#cypher-query').inputValue()).toBe('CREATE (n) RETURN n');
  });

  it('says so when the server cut the answer at its row limit', async () => {
    const editor = page.locator('#cypher-query');
    await editor.fill('UNWIND range(1, 5000) AS i RETURN i');
    await run(() => editor.press('Control+Enter'));
    await showView('table');
    const rows = await page.locator('#cypher-table-panel tbody tr').count();
    expect(rows).toBeLessThan(5000);
    const note = page.locator('#console .truncated-warning');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(`只显示前 ${rows} 行`);
    expect(errors).toEqual([]);
  });
});
