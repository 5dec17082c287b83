/**
 * Trust details and the Cypher console on the embedded store, end to end: the
 * API carries what the panels show (attributes, rule, confidence, evidence
 * dates); the entity panel shows type, confidence, rule and "as reported on"
 * for offices, a division's code, level and parent, and the homonym warning
 * for a name seen in unrelated bodies (two uploaded documents, removed again);
 * the console says Cypher needs Neo4j, with the server's instruction, and
 * still shows its examples. Screenshots go to tests/output/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EntityPageSchema, StatsSchema } from '../../schema/api.ts';
import { openExplorer, screenshot, searchAndOpen } from './explorerPage.ts';
import { E2E_API_KEY, launchChromium, OUTPUT_DIR } from './harness.ts';

const base = inject('serverUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(OUTPUT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const entityUrl = (id: string): string => `${base}/api/entities/${encodeURIComponent(id)}`;

async function entityDetail(id: string) {
  const response = await fetch(entityUrl(id));
  expect(response.status).toBe(200);
  return EntityPageSchema.parse(await response.json());
}

/** The panel's HOLDS_POSITION relation to `org` with title `title`. */
function office(page: Page, org: string, title: string) {
  return page
    .locator('#detail section[data-relation-type="HOLDS_POSITION"][data-direction="out"] li.relation')
    .filter({ has: page.getByRole('button', { name: org, exact: true }) })
    .filter({ has: page.locator('.qualifier', { hasText: new RegExp(`^${title}$`) }) })
    .first();
}

describe('trust details', () => {
  it('the API gives rule, confidence and evidence dates of relations, and attributes of places', async () => {
    const tang = await entityDetail('person:唐琴');
    const reporter = tang.relations.find((relation) => relation.type === 'HOLDS_POSITION' && relation.title === '记者');
    expect(reporter).toMatchObject({ rule: expect.any(String), confidence: expect.any(Number) });
    expect(reporter?.evidence.every((entry) => typeof entry.rule === 'string' && typeof entry.confidence === 'number')).toBe(true);
    expect(reporter?.evidence.map((entry) => entry.date)).toContain('2025-01-20');
    const district = await entityDetail('place:江津区');
    expect(district.entity.attributes).toMatchObject({ code: '500116', level: 'district', parent: '500000' });
  });

  it('the panel of a person shows the relation type, confidence, rule, and "as reported on" with the date', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await searchAndOpen(page, '唐琴', '唐琴');
    const relation = office(page, '重庆日报', '记者');
    await relation.waitFor();
    const { rule, confidence } = (await entityDetail('person:唐琴')).relations.find((r) => r.title === '记者') ?? { rule: '', confidence: 0 };
    expect(await relation.locator('.relation-code').textContent()).toBe('HOLDS_POSITION');
    expect(await relation.locator('.relation-head .confidence').textContent()).toBe(`置信度 ${confidence.toFixed(2)}`);
    expect(await relation.locator('.relation-head .rule').textContent()).toBe(`规则 ${rule}`);
    const dates = await relation.locator('.evidence-date').allTextContents();
    expect(dates).toContain('报道日期：2025-01-20');
    expect(await relation.locator('.evidence-rule').first().textContent()).toMatch(/^由规则 \S+ 抽取，置信度 \d\.\d\d$/);
    await page.locator('#detail').screenshot({ path: `${OUTPUT_DIR}/trust-person-panel.png` });

    await page.getByRole('button', { name: '将界面切换为英文' }).click();
    await relation.locator('.evidence-date', { hasText: 'as reported on 2025-01-20' }).first().waitFor();
    expect(await relation.locator('.relation-head .rule').textContent()).toBe(`rule ${rule}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the panel says how many of a hub's relations and evidence sentences it leaves out, and fetches the next page", async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    const whole = await entityDetail('person:唐大军');
    expect(whole.relations.length).toBeGreaterThan(1);
    // The sample corpus has no hub larger than one page, so the first answer is cut to one relation (with 5 more
    // sentences than it carries, as a hub's would); the next page comes from the server as asked, from offset 1.
    await page.route(/\/api\/entities\/[^/?]+$/, async (route) => {
      const response = await route.fetch();
      const detail = EntityPageSchema.parse(await response.json());
      const first = detail.relations[0]!;
      const relations = [{ ...first, evidenceTotal: first.evidence.length + 5 }];
      await route.fulfill({ response, json: { ...detail, relations, nextOffset: 1 } });
    });
    await searchAndOpen(page, '唐大军', '唐大军');
    const total = whole.relationsTotal;
    expect(await page.locator('#detail .relations-cut').textContent()).toBe(`共 ${total} 条关系，此处列出前 1 条；展开该实体可在图中查看其邻居。`);
    expect(await page.locator('#detail .evidence-cut').textContent()).toMatch(/^共 \d+ 条证据句，此处列出前 \d+ 条。$/);
    await page.locator('#detail .relations').screenshot({ path: `${OUTPUT_DIR}/hub-page-panel.png` });
    await page.getByRole('button', { name: '显示更多关系' }).click();
    await page.locator('#detail .relations-cut').waitFor({ state: 'detached' });
    const keys = await page.locator('#detail li.relation').evaluateAll((items) => items.map((item) => item.getAttribute('data-key')));
    expect(keys.sort()).toEqual(whole.relations.map((r) => r.key).sort());
    expect(await page.getByRole('button', { name: '显示更多关系' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the panel of a district shows its division code, level and the division it lies in', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await searchAndOpen(page, '江津区', '江津区');
    const facts = page.locator('#detail .facts');
    await facts.waitFor();
    expect(await facts.locator('dt[data-attribute="code"] + dd').textContent()).toBe('500116');
    expect(await facts.locator('dt[data-attribute="level"] + dd').textContent()).toContain('县级');
    await facts.locator('dt[data-attribute="parent"] + dd').getByRole('button', { name: '重庆市' }).click();
    await page.locator('#detail h2', { hasText: /^重庆市$/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns that a name may refer to different people, naming the groups', async () => {
    const before = StatsSchema.parse(await (await fetch(`${base}/api/stats`)).json());
    const form = new FormData();
    form.append('files', new Blob(['江津区委书记王伟出席会议。\n'], { type: 'text/plain' }), 'e2e_homonym_jiangjin.txt');
    form.append('files', new Blob(['成都市委副书记王伟出席会议。\n'], { type: 'text/plain' }), 'e2e_homonym_chengdu.txt');
    const upload = await fetch(`${base}/api/sources`, { method: 'POST', body: form, headers: { authorization: `Bearer ${E2E_API_KEY}` } });
    expect(upload.status).toBeLessThan(300);
    try {
      const wang = await entityDetail('person:王伟');
      expect(wang.entity.attributes).toMatchObject({ possible_homonym: true, homonym_groups: expect.stringContaining(' ; ') });

      const errors: string[] = [];
      const page = await openExplorer(browser, base, errors);
      await searchAndOpen(page, '王伟', '王伟');
      const warning = page.locator('#detail .homonym-warning');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('此姓名可能指不同的人');
      const groups = await warning.locator('li.homonym-group').allTextContents();
      expect(groups).toHaveLength(2);
      expect(groups.some((group) => group.includes('江津区委') && group.includes('重庆市'))).toBe(true);
      expect(groups.some((group) => group.includes('成都市委'))).toBe(true);
      await page.locator('#detail').screenshot({ path: `${OUTPUT_DIR}/trust-homonym-warning.png` });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      for (const name of ['e2e_homonym_jiangjin.txt', 'e2e_homonym_chengdu.txt']) {
        await fetch(`${base}/api/sources/${encodeURIComponent(`source:${name}`)}`, { method: 'DELETE', headers: { authorization: `Bearer ${E2E_API_KEY}` } });
      }
    }
    // The other e2e files see the sample corpus as it was.
    const after = StatsSchema.parse(await (await fetch(`${base}/api/stats`)).json());
    expect(after).toEqual(before);
  });
});

describe('Cypher console on the embedded store', () => {
  it('says Cypher needs Neo4j, with the server’s instruction, and still shows the examples', async () => {
    const errors: string[] = [];
    const page = await openExplorer(browser, base, errors);
    await page.getByRole('button', { name: 'Cypher 查询', exact: true }).click();
    const box = page.locator('#console .cypher-unavailable');
    await box.waitFor();
    expect(await box.locator('h3').textContent()).toBe('Cypher 查询需要 Neo4j');
    const problem = (await (await fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"RETURN 1"}' })).json()) as { detail: string };
    expect(await box.locator('.server-detail').textContent()).toBe(problem.detail);
    expect(problem.detail).toContain('NEO4J_URI');

    const examples = page.locator('#console .example');
    expect(await examples.count()).toBeGreaterThanOrEqual(5);
    expect(await examples.first().locator('pre').textContent()).toContain('HOLDS_POSITION');
    // The editor is focused on opening; running a query says the same thing, not a generic failure.
    await page.keyboard.type('MATCH (n) RETURN n LIMIT 5');
    await page.keyboard.press('Control+Enter');
    await page.locator('#console[data-status="error"]').waitFor();
    expect(await page.locator('#console .cypher-unavailable').count()).toBe(1);
    expect(await page.locator('#console .cypher-error').count()).toBe(0);
    expect(await page.locator('#console .history-entry').first().textContent()).toBe('MATCH (n) RETURN n LIMIT 5');
    expect(await page.evaluate(`document.querySelector('#controls').inert`)).toBe(true);
    await screenshot(page, 'console-embedded-needs-neo4j');

    await page.getByRole('button', { name: '将界面切换为英文' }).click();
    await page.locator('#console .cypher-unavailable h3', { hasText: 'Cypher needs Neo4j' }).waitFor();
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    expect(await page.locator('#console').isHidden()).toBe(true);
    expect(await page.evaluate(`document.querySelector('#controls').inert`)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
