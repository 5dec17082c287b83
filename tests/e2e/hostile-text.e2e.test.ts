/**
 * Hostile text in the explorer: entity names, a relation title, an article
 * title, evidence and source text that hold HTML (an <img onerror>, a
 * <script>, an inline handler) are shown as the characters they are, never
 * parsed or run — in search results, the detail panel and the source reader —
 * and the explorer works under the server's Content Security Policy (no
 * violation reported).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded.ts';
import { buildDocument } from '../fixtures/documents/build.ts';
import { openExplorer, screenshot, searchAndOpen } from './explorerPage.ts';
import { freePort, launchChromium, OUTPUT_DIR, ROOT } from './harness.ts';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const PERSON = `恶意${IMG}`;
const ORG = `江津区委${SCRIPT}`;
const SENTENCE = `${PERSON}是${ORG}书记。`;

const HOSTILE = buildDocument({
  file: 'hostile.txt',
  articles: [{ title: '<b onmouseover="window.__xss=3">标题</b>', date: '2025-01-20', sentences: [SENTENCE] }],
  entities: [
    ['Person', PERSON],
    ['Organization', ORG],
  ],
  relations: [{ type: 'HOLDS_POSITION', from: ['Person', PERSON], to: ['Organization', ORG], title: '书记<i>', sentence: SENTENCE }],
});

let dataDir: string;
let server: ChildProcess;
let base: string;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'policygraph-hostile-'));
  const store = new EmbeddedStore({ dataDir });
  await store.open();
  await store.upsertDocument(HOSTILE);
  await store.close();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['bin/policygraph.mjs', 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, POLICYGRAPH_DATA: dataDir, LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
  browser = await launchChromium();
  await mkdir(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
});

describe('hostile text in the explorer', () => {
  it('shows markup as text everywhere and runs none of it, under the Content Security Policy', async () => {
    const errors: string[] = [];
    const violations: string[] = [];
    const page = await openExplorer(browser, base, errors);
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await searchAndOpen(page, '恶意', PERSON);
    const detail = page.locator('#detail');
    expect(await detail.locator('h2').first().textContent()).toBe(PERSON);
    await detail.locator('button.evidence-sentence').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('mark#reader-evidence').waitFor();
    expect(await dialog.locator('mark#reader-evidence').textContent()).toBe(SENTENCE);
    expect(await dialog.textContent()).toContain('<b onmouseover="window.__xss=3">标题</b>');
    await screenshot(page, 'hostile-text-reader');

    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('[onerror], [onmouseover]').count()).toBe(0);
    expect(await page.locator('script', { hasText: '__xss' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await detail.textContent()).toContain('书记<i>');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
